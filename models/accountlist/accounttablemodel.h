#pragma once

#include "accountlist.h"
#include "listhealth.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace tenure::accounts {

// The account list as a table. Display text is formatted for the locale;
// SortRole gives the raw value (numbers and dates sort as such).
class AccountTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Health,
        Trend,
        ArrAtRisk, // risk × ARR: sorting it descending puts the most revenue at risk first
        Quadrant,
        TopReason,
        Owner,
        Segment,
        Plan,
        Mrr,
        Arr,
        Start,
        Renewal,
        Status,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, AccountIdRole };

    explicit AccountTableModel(QObject* parent = nullptr);

    void setAccounts(AccountList list);
    // Fills the health columns of the rows already shown.
    void setHealth(const HealthColumns& columns);
    void setHealthChanges(const HealthById& changes);
    const AccountList& accounts() const { return m_list; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString money(std::int64_t minor) const;
    QVariant display(const AccountRow& row, int column) const;
    QVariant sortValue(const AccountRow& row, int column) const;
    QString toolTip(const AccountRow& row, int column) const;

    AccountList m_list;
    QLocale m_locale;
};

} // namespace tenure::accounts
