#pragma once

#include "health/healthscore.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace tenure::accounts {

// Narrows the account list by a quick text filter on the name, by owner and
// segment, and by a fired risk reason and quadrant; sorts by the source's SortRole.
class AccountFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AccountFilterModel(QObject* parent = nullptr);

    void setNameFilter(const QString& text);
    void setOwner(const QString& owner);     // empty: every owner
    void setSegment(const QString& segment); // empty: every segment
    // Accounts where this risk reason fired, whether or not it is the top one; empty: any.
    void setReason(const QString& reasonCode);
    void setQuadrant(std::optional<health::Quadrant> quadrant); // none: any

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_name;
    QString m_owner;
    QString m_segment;
    QString m_reason;
    std::optional<health::Quadrant> m_quadrant;
};

} // namespace tenure::accounts
