#include "effecttablemodel.h"

#include <cmath>

namespace tenure::playbooks {

namespace {

QString percent(int part, int whole)
{
    return whole ? QStringLiteral("%1%").arg(std::lround(100.0 * part / whole))
                 : QStringLiteral("–");
}

QString points(const std::optional<double>& change)
{
    if (!change)
        return QStringLiteral("–");
    return QStringLiteral("%1%2")
        .arg(*change > 0 ? QStringLiteral("+") : QString())
        .arg(*change, 0, 'f', 1);
}

} // namespace

EffectTableModel::EffectTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void EffectTableModel::setEffects(std::vector<PlaybookEffect> effects)
{
    beginResetModel();
    m_effects = std::move(effects);
    endResetModel();
}

int EffectTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_effects.size());
}

int EffectTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EffectTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const PlaybookEffect& effect = m_effects[static_cast<std::size_t>(index.row())];
    const Outcomes& with = effect.withPlay;
    const Outcomes& without = effect.comparable;
    if (role == Qt::TextAlignmentRole && index.column() != Name)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return effect.name;
    case Runs:
        return effect.runs;
    case Followed:
        return with.accounts;
    case Churned:
        return percent(with.churned, with.accounts);
    case Contracted:
        return percent(with.contracted, with.accounts);
    case HealthChange30:
        return points(with.meanHealthChange30);
    case HealthChange90:
        return points(with.meanHealthChange90);
    case ComparableAccounts:
        return without.accounts;
    case ComparableChurned:
        return percent(without.churned, without.accounts);
    case ComparableContracted:
        return percent(without.contracted, without.accounts);
    case ComparableHealthChange90:
        return points(without.meanHealthChange90);
    default:
        return {};
    }
}

QVariant EffectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Playbook");
    case Runs:
        return tr("Runs");
    case Followed:
        return tr("Followed 90 days");
    case Churned:
        return tr("Churned");
    case Contracted:
        return tr("Contracted");
    case HealthChange30:
        return tr("Health +30 d");
    case HealthChange90:
        return tr("Health +90 d");
    case ComparableAccounts:
        return tr("Comparable accounts");
    case ComparableChurned:
        return tr("Their churn");
    case ComparableContracted:
        return tr("Their contraction");
    case ComparableHealthChange90:
        return tr("Their health +90 d");
    default:
        return {};
    }
}

} // namespace tenure::playbooks
