#include "reportjob.h"

#include "accountlist/accountlist.h"
#include "metrics/conventions.h"

namespace tenure::ui {

ReportChoices loadReportChoices(store::Connection& connection, const QDate& asOf)
{
    ReportChoices choices;
    choices.asOf = asOf;
    const auto list = accounts::loadAccountList(connection, asOf);
    choices.segments = list.segments;
    choices.owners = list.owners;
    choices.fiscalYearStartMonth = metrics::loadConventions(connection).fiscalYearStartMonth;
    return choices;
}

} // namespace tenure::ui
