#pragma once

#include "effectiveness.h"

#include <QAbstractTableModel>

namespace tenure::playbooks {

// "Did it work?" as a table: one row per playbook, its accounts' outcomes
// beside the comparable accounts'.
class EffectTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Runs,
        Followed,
        Churned,
        Contracted,
        HealthChange30,
        HealthChange90,
        ComparableAccounts,
        ComparableChurned,
        ComparableContracted,
        ComparableHealthChange90,
        ColumnCount
    };

    explicit EffectTableModel(QObject* parent = nullptr);
    void setEffects(std::vector<PlaybookEffect> effects);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<PlaybookEffect> m_effects;
};

} // namespace tenure::playbooks
