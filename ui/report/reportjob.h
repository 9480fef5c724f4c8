#pragma once

#include <QDate>
#include <QStringList>

namespace tenure::store {
class Connection;
}

namespace tenure::ui {

// What the scope can be narrowed to: the book's segments and owners.
struct ReportChoices
{
    QDate asOf;
    int fiscalYearStartMonth = 1; // the book's: the quarters offered follow it
    QStringList segments;
    QStringList owners;
};

// Run on a worker, over its own read-only connection to the book.
ReportChoices loadReportChoices(store::Connection& connection, const QDate& asOf);

} // namespace tenure::ui
