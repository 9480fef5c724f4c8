#include "reportjob.h"

#include "accounts/accountlist.h"
#include "metrics/conventions.h"
#include "metrics/currency.h"
#include "store/book.h"
#include "store/bookerror.h"

#include <QCoreApplication>

namespace tenure::ui {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::ui::ReportView)
};

} // namespace

ReportChoices loadReportChoices(const QString& bookPath, const QDate& asOf)
{
    ReportChoices choices;
    choices.bookPath = bookPath;
    choices.asOf = asOf;
    try {
        auto book = store::Book::open(bookPath, store::Book::Access::ReadOnly);
        const auto list = accounts::loadAccountList(book->connection(), asOf);
        choices.segments = list.segments;
        choices.owners = list.owners;
        choices.fiscalYearStartMonth =
            metrics::loadConventions(book->connection()).fiscalYearStartMonth;
    } catch (const store::BookError& error) {
        choices.error = error.message();
    } catch (const metrics::MissingRate& missing) {
        choices.error = missing.message();
    }
    return choices;
}

ReportResult buildReport(const QString& bookPath, const report::Quarter& quarter,
                         const report::ReportScope& scope, const QDate& asOf,
                         std::shared_ptr<CancelFlag> cancel)
{
    try {
        auto book = store::Book::open(bookPath, store::Book::Access::ReadOnly);
        auto built = std::make_shared<report::QuarterlyReport>(
            report::buildQuarterlyReport(book->connection(), quarter, scope, asOf, *cancel));
        return {std::move(built), {}};
    } catch (const store::BookError& error) {
        return {nullptr, error.message()};
    } catch (const metrics::MissingRate& missing) {
        return {nullptr, missing.message()};
    } catch (const Cancelled&) {
        return {nullptr, Messages::tr("Cancelled.")};
    }
}

} // namespace tenure::ui
