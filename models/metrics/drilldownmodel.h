#pragma once

#include "mrrhistory.h"

#include <QAbstractTableModel>
#include <QLocale>

#include <memory>

namespace tenure::metrics {

// The accounts behind a number: each with its MRR before and after and what
// happened, so that every figure on screen can be checked by hand.
class DrillDownModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Row
    {
        int account = 0; // index in the history
        std::int64_t before = 0;
        std::int64_t after = 0;
        QString what; // "churn", "age 3: active", ...
    };
    enum Column { Account, Segment, Owner, Plan, Before, After, Change, What, ColumnCount };
    enum Role { AccountIdRole = Qt::UserRole + 1, SortRole };

    DrillDownModel(std::shared_ptr<const MrrHistory> history, std::vector<Row> rows,
                   QString beforeTitle, QString afterTitle, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    std::int64_t totalBefore() const;
    std::int64_t totalAfter() const;

private:
    std::shared_ptr<const MrrHistory> m_history;
    std::vector<Row> m_rows;
    QString m_beforeTitle;
    QString m_afterTitle;
    QLocale m_locale;
};

} // namespace tenure::metrics
