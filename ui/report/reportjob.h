#pragma once

#include "core/progress.h"
#include "report/quarterlyreport.h"

#include <QString>

#include <atomic>
#include <memory>

namespace tenure::ui {

// What a worker hands back: the report, or why there is none.
struct ReportResult
{
    std::shared_ptr<const report::QuarterlyReport> report;
    QString error;
};

// What the scope can be narrowed to: the book's segments and owners.
struct ReportChoices
{
    QString bookPath;
    QDate asOf;
    int fiscalYearStartMonth = 1; // the book's: the quarters offered follow it
    QStringList segments;
    QStringList owners;
    QString error;
};

// Cancelled from the GUI thread, read by the worker.
class CancelFlag : public Progress
{
public:
    void report(std::int64_t, std::int64_t, const QString&) override {}
    bool isCancelled() const override { return m_cancelled; }
    void cancel() { m_cancelled = true; }

private:
    std::atomic<bool> m_cancelled = false;
};

// Both run on a worker with their own read-only connection to the book.
ReportChoices loadReportChoices(const QString& bookPath, const QDate& asOf);
ReportResult buildReport(const QString& bookPath, const report::Quarter& quarter,
                         const report::ReportScope& scope, const QDate& asOf,
                         std::shared_ptr<CancelFlag> cancel);

} // namespace tenure::ui
