#include "reviewmodel.h"

#include <algorithm>

namespace tenure::import {

void ReviewModel::setReviews(std::vector<MatchReview> reviews)
{
    beginResetModel();
    m_reviews = std::move(reviews);
    m_same.assign(m_reviews.size(), false);
    endResetModel();
}

int ReviewModel::sameCount() const
{
    return static_cast<int>(std::count(m_same.begin(), m_same.end(), true));
}

void ReviewModel::setAllSame(bool same)
{
    if (m_same.empty())
        return;
    m_same.assign(m_same.size(), same);
    Q_EMIT dataChanged(index(0, SameColumn), index(rowCount() - 1, SameColumn),
                       {Qt::CheckStateRole, Qt::DisplayRole});
}

QHash<QString, std::int64_t> ReviewModel::confirmedMatches() const
{
    QHash<QString, std::int64_t> matches;
    for (std::size_t i = 0; i < m_reviews.size(); ++i) {
        if (m_same[i])
            matches.insert(m_reviews[i].externalId, m_reviews[i].candidateAccountId);
    }
    return matches;
}

int ReviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_reviews.size());
}

int ReviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const MatchReview& review = m_reviews[row];
    if (index.column() == SameColumn) {
        if (role == Qt::CheckStateRole)
            return m_same[row] ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole)
            return m_same[row] ? tr("Same account") : tr("New account");
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CustomerColumn:
        return QStringLiteral("%1 (%2)").arg(review.name, review.externalId);
    case CandidateColumn:
        return review.candidateName;
    case ReasonColumn:
        return review.reason;
    case WhereColumn:
        return tr("%1, line %2").arg(review.file).arg(review.line);
    default:
        return {};
    }
}

bool ReviewModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != SameColumn ||
        role != Qt::CheckStateRole)
        return false;
    m_same[static_cast<std::size_t>(index.row())] = value.value<Qt::CheckState>() == Qt::Checked;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole, Qt::DisplayRole});
    return true;
}

Qt::ItemFlags ReviewModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == SameColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SameColumn:
        return tr("Decision");
    case CustomerColumn:
        return tr("Customer in the file");
    case CandidateColumn:
        return tr("Looks like account");
    case ReasonColumn:
        return tr("Why");
    case WhereColumn:
        return tr("Where");
    default:
        return {};
    }
}

} // namespace tenure::import
