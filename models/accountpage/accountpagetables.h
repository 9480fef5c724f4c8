#pragma once

#include "accountdetail.h"
#include "celltablemodel.h"

#include <QLocale>

namespace tenure::account {

// The account page's tables, formatted for `locale` from one AccountDetail.
// Every table sorts by raw values (dates, numbers) through SortRole.
// Reasons, decomposition and timeline are built in accountpagetables.cpp;
// tickets, surveys, contacts and goals in recordtables.cpp.

// Reason, severity, evidence; KeyRole holds the health::EvidenceSource as int.
CellTable reasonsTable(const AccountDetail& detail, const QLocale& locale);
// Each dimension (a heading row) and its inputs: value, weight, effective weight,
// points contributed and the numbers behind it; a missing input says so.
CellTable decompositionTable(const AccountDetail& detail, const QLocale& locale);
CellTable ticketsTable(const AccountDetail& detail, const QLocale& locale);
CellTable surveysTable(const AccountDetail& detail, const QLocale& locale);
CellTable contactsTable(const AccountDetail& detail, const QLocale& locale);
CellTable goalsTable(const AccountDetail& detail, const QLocale& locale);
CellTable timelineTable(const AccountDetail& detail, const QLocale& locale);

// Translated names of the stored codes.
QString contactRoleName(const QString& role);
QString contactStatusName(ContactStatus status);
QString timelineKindName(TimelineKind kind);

} // namespace tenure::account
