#include "accountfiltermodel.h"

#include "accounttablemodel.h"

namespace tenure::accounts {

AccountFilterModel::AccountFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AccountTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(false); // locale-aware comparison is several times slower at 100k rows
}

void AccountFilterModel::setNameFilter(const QString& text)
{
    if (text == m_name)
        return;
    m_name = text;
    invalidateRowsFilter();
}

void AccountFilterModel::setOwner(const QString& owner)
{
    if (owner == m_owner)
        return;
    m_owner = owner;
    invalidateRowsFilter();
}

void AccountFilterModel::setSegment(const QString& segment)
{
    if (segment == m_segment)
        return;
    m_segment = segment;
    invalidateRowsFilter();
}

void AccountFilterModel::setReason(const QString& reasonCode)
{
    if (reasonCode == m_reason)
        return;
    m_reason = reasonCode;
    invalidateRowsFilter();
}

void AccountFilterModel::setQuadrant(std::optional<health::Quadrant> quadrant)
{
    if (quadrant == m_quadrant)
        return;
    m_quadrant = quadrant;
    invalidateRowsFilter();
}

bool AccountFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const AccountTableModel*>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    const AccountRow& row = model->accounts().rows[static_cast<std::size_t>(sourceRow)];
    return (m_owner.isEmpty() || row.owner == m_owner) &&
           (m_segment.isEmpty() || row.segment == m_segment) &&
           (m_reason.isEmpty() || row.reasons.contains(m_reason)) &&
           (!m_quadrant || row.quadrant == *m_quadrant) &&
           (m_name.isEmpty() || row.name.contains(m_name, Qt::CaseInsensitive));
}

} // namespace tenure::accounts
