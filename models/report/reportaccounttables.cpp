#include "tableparts.h"

#include <QCoreApplication>

namespace tenure::report {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::report::ReportTable)
};

// Keeps the first `limit` rows (the lists are sorted most important first) and says so.
void limitRows(ReportTable& table, int limit)
{
    const auto total = table.rows.size();
    if (limit < 0 || total <= limit)
        return;
    table.rows.resize(limit);
    table.note = Messages::tr("The %1 largest of %2 accounts; the CSV export lists them all.")
                     .arg(limit)
                     .arg(total);
}

// How many of an account's actions a printed row lists, newest first.
constexpr int kPrintedActions = 2;

QString orNone(const QStringList& items, const QString& separator)
{
    return items.isEmpty() ? Messages::tr("none recorded") : items.join(separator);
}

ReportTable lostTable(const QString& key, const QString& title,
                      const std::vector<LostAccount>& accounts, const QuarterlyReport& r,
                      const QLocale& locale, int limit)
{
    ReportTable table{key,
                      title,
                      {Messages::tr("Account"), Messages::tr("Segment"), Messages::tr("Owner"),
                       Messages::tr("Month"), Messages::tr("MRR before"), Messages::tr("MRR lost"),
                       Messages::tr("Risk reasons at quarter start"),
                       Messages::tr("Actions taken")},
                      {},
                      {false, false, false, false, true, true, false, false},
                      {}};
    for (const auto& lost : accounts) {
        QStringList actions = lost.actions;
        if (limit >= 0 && actions.size() > kPrintedActions) {
            const auto more = actions.size() - kPrintedActions;
            actions.resize(kPrintedActions);
            actions.append(Messages::tr("and %n earlier action(s)", nullptr, int(more)));
        }
        table.rows.append({lost.name, lost.segment, lost.owner, lost.month.toString(),
                           formatMrr(lost.before, r, locale), formatMrr(lost.lost(), r, locale),
                           orNone(lost.reasons, QStringLiteral("; ")),
                           orNone(actions, QStringLiteral("\n"))});
    }
    if (accounts.empty())
        table.note = Messages::tr("None in this quarter.");
    limitRows(table, limit);
    return table;
}

ReportTable renewalTable(const QuarterlyReport& r, const QLocale& locale, int limit)
{
    ReportTable table{QStringLiteral("at_risk_renewals"),
                      Messages::tr("At-risk renewals in %1").arg(r.quarter.next().label()),
                      {Messages::tr("Account"), Messages::tr("Segment"), Messages::tr("Owner"),
                       Messages::tr("Renews on"), Messages::tr("MRR"), Messages::tr("Health"),
                       Messages::tr("Quadrant"), Messages::tr("Risk reasons")},
                      {},
                      {false, false, false, false, true, true, false, false},
                      {}};
    for (const auto& renewal : r.atRiskRenewals) {
        table.rows.append({renewal.name, renewal.segment, renewal.owner,
                           renewal.renewalOn.toString(Qt::ISODate),
                           formatMrr(renewal.mrr, r, locale),
                           renewal.health ? locale.toString(*renewal.health, 'f', 0) : QString(),
                           health::quadrantTitle(renewal.quadrant),
                           orNone(renewal.reasons, QStringLiteral("; "))});
    }
    if (r.atRiskRenewals.empty())
        table.note = Messages::tr("No renewal next quarter on an account below health %1.")
                         .arg(kAtRiskHealth);
    else
        limitRows(table, limit);
    return table;
}

} // namespace

std::vector<ReportTable> accountTables(const QuarterlyReport& report, const QLocale& locale,
                                       int listLimit)
{
    return {lostTable(QStringLiteral("churned"), Messages::tr("Churned accounts"), report.churned,
                      report, locale, listLimit),
            lostTable(QStringLiteral("contracted"), Messages::tr("Contracted accounts"),
                      report.contracted, report, locale, listLimit),
            renewalTable(report, locale, listLimit)};
}

} // namespace tenure::report
