#pragma once

#include <QSortFilterProxyModel>

namespace tenure::accounts {

// Narrows the account list by a quick text filter on the name and by owner
// and segment; sorts by the source's SortRole.
class AccountFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AccountFilterModel(QObject* parent = nullptr);

    void setNameFilter(const QString& text);
    void setOwner(const QString& owner);     // empty: every owner
    void setSegment(const QString& segment); // empty: every segment

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_name;
    QString m_owner;
    QString m_segment;
};

} // namespace tenure::accounts
