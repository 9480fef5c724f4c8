#include "accounttablemodel.h"

#include "accountpage/healthtrend.h"
#include "health/riskreason.h"
#include "metrics/currency.h"

#include <cmath>

namespace tenure::accounts {

AccountTableModel::AccountTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AccountTableModel::setAccounts(AccountList list)
{
    beginResetModel();
    m_list = std::move(list);
    endResetModel();
}

void AccountTableModel::setHealth(const HealthColumns& columns)
{
    applyHealth(m_list, columns);
    if (!m_list.rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void AccountTableModel::setHealthChanges(const HealthById& changes)
{
    applyHealthChanges(m_list, changes);
    if (!m_list.rows.empty())
        Q_EMIT dataChanged(index(0, Trend), index(rowCount() - 1, Trend));
}

int AccountTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_list.rows.size());
}

int AccountTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccountTableModel::money(std::int64_t minor) const
{
    return metrics::formatMoney(minor, m_list.baseCurrency, m_locale);
}

namespace {

// The change written out with an arrow, so it never relies on colour alone.
QString trendText(double change)
{
    const long points = std::lround(change);
    if (points == 0)
        return AccountTableModel::tr("→ 0");
    return points > 0 ? AccountTableModel::tr("▲ +%1").arg(points)
                      : AccountTableModel::tr("▼ %1").arg(points);
}

constexpr double kNoValue = -1e12; // sorts accounts without health after every real value

} // namespace

QVariant AccountTableModel::display(const AccountRow& row, int column) const
{
    switch (column) {
    case Name:
        return row.name;
    case Health:
        if (!row.health)
            return row.scored ? tr("no data") : QString();
        return row.coverage < 1 ? tr("%1 (%2%)")
                                      .arg(std::lround(*row.health))
                                      .arg(std::lround(row.coverage * 100))
                                : QString::number(std::lround(*row.health));
    case Trend:
        return row.healthChange ? trendText(*row.healthChange) : QString();
    case Quadrant:
        return row.scored ? health::quadrantTitle(row.quadrant) : QString();
    case TopReason:
        return row.topReason.isEmpty() ? QString() : health::reasonTitle(row.topReason);
    case ArrAtRisk:
        return row.arrAtRisk() ? money(std::llround(*row.arrAtRisk())) : QString();
    case Owner:
        return row.owner;
    case Segment:
        return row.segment;
    case Plan:
        return row.plan;
    case Mrr:
        return row.mrrUnknown ? tr("no rate") : money(row.mrrMinor);
    case Arr:
        return row.mrrUnknown ? tr("no rate") : money(row.mrrMinor * 12);
    case Start:
        return m_locale.toString(row.start, QLocale::ShortFormat);
    case Renewal:
        return m_locale.toString(row.renewal, QLocale::ShortFormat);
    case Status:
        return row.status;
    }
    return {};
}

QVariant AccountTableModel::sortValue(const AccountRow& row, int column) const
{
    switch (column) {
    case Name:
        return static_cast<int>(&row - m_list.rows.data()); // the rows are in name order
    case Mrr:
    case Arr:
        return QVariant::fromValue<qlonglong>(row.mrrMinor);
    case Health:
        return row.health.value_or(kNoValue);
    case Trend:
        return row.healthChange.value_or(kNoValue);
    case Quadrant:
        return row.scored ? static_cast<int>(row.quadrant) : std::numeric_limits<int>::max();
    case TopReason:
        return row.topReason;
    case ArrAtRisk:
        return row.arrAtRisk().value_or(kNoValue);
    case Start:
        return row.start.toJulianDay();
    case Renewal:
        return row.renewal.isValid() ? row.renewal.toJulianDay()
                                     : std::numeric_limits<qint64>::max();
    default:
        return display(row, column);
    }
}

QVariant AccountTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountRow& row = m_list.rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case AccountIdRole:
        return QVariant::fromValue<qlonglong>(row.id);
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Mrr:
        case Arr:
        case ArrAtRisk:
        case Health:
        case Trend:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::ToolTipRole: {
        const QString tip = toolTip(row, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    default:
        return {};
    }
}

QString AccountTableModel::toolTip(const AccountRow& row, int column) const
{
    if (row.mrrUnknown && (column == Mrr || column == Arr || column == ArrAtRisk))
        return tr("A subscription is in a currency with no exchange rate on %1; add a rate "
                  "to count it.")
            .arg(m_locale.toString(m_list.asOf, QLocale::ShortFormat));
    if (column == Quadrant && row.scored)
        return health::quadrantExplanation(row.quadrant);
    if (column == Health && row.health && row.coverage < 1)
        return tr("Scored from the inputs with data: %1% of the configured weight; the rest "
                  "had no data and was left out")
            .arg(std::lround(row.coverage * 100));
    if (column == ArrAtRisk && row.arrAtRisk())
        return tr("ARR %1 × (100 − health %2) / 100")
            .arg(money(row.mrrMinor * 12))
            .arg(std::lround(*row.health));
    return {};
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case Health:
            return tr("Health score, 0 to 100, of paying accounts, with the share of its "
                      "weight that had data when some had none");
        case Trend:
            return tr("Change in health over the last %n day(s)", nullptr, account::kTrendDays);
        case ArrAtRisk:
            return tr("Risk × ARR: ARR × (100 − health) / 100");
        default:
            return {};
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Account");
    case Health:
        return tr("Health");
    case Trend:
        return tr("Trend");
    case Quadrant:
        return tr("Quadrant");
    case TopReason:
        return tr("Top reason");
    case ArrAtRisk:
        return tr("Risk × ARR");
    case Owner:
        return tr("Owner");
    case Segment:
        return tr("Segment");
    case Plan:
        return tr("Plan");
    case Mrr:
        return tr("MRR");
    case Arr:
        return tr("ARR");
    case Start:
        return tr("Customer since");
    case Renewal:
        return tr("Renewal");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace tenure::accounts
