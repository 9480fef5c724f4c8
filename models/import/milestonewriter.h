#pragma once

#include "signalrows.h"
#include "writeoutcome.h"

#include <QString>

#include <memory>

namespace tenure::store {
class Connection;
class Statement;
} // namespace tenure::store

namespace tenure::import {

// Writes an account's onboarding milestones (the milestones layout) into its
// own row: the dates the file has a column for, an empty cell clearing the
// date (a newer export that no longer names a go-live has none). A date the
// file has no column for is left as it was. Unchanged dates change nothing.
class MilestoneWriter
{
public:
    // `target` and `live`: whether the file has each column.
    MilestoneWriter(store::Connection& connection, bool target, bool live);
    ~MilestoneWriter();
    // `row.values` are as buildSignal() gives them for Kind::Milestones;
    // `change` describes an update, for the import log.
    WriteOutcome write(std::int64_t accountId, const SignalRow& row, QString* change);

private:
    bool m_target;
    bool m_live;
    std::unique_ptr<store::Statement> m_find;
    std::unique_ptr<store::Statement> m_update;
};

} // namespace tenure::import
