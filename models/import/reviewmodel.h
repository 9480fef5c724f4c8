#pragma once

#include "accountmatcher.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace tenure::import {

// Customers that look like an account already in the book, for the user to
// decide: each stays a new account unless its "Same account" box is checked.
// Nothing is merged that the user did not check.
class ReviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum ColumnId {
        SameColumn,
        CustomerColumn,
        CandidateColumn,
        ReasonColumn,
        WhereColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setReviews(std::vector<MatchReview> reviews);
    int sameCount() const;
    void setAllSame(bool same); // many candidates: tick all, then untick the exceptions
    // The customers the user linked: external id → existing account id.
    QHash<QString, std::int64_t> confirmedMatches() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<MatchReview> m_reviews;
    std::vector<bool> m_same;
};

} // namespace tenure::import
