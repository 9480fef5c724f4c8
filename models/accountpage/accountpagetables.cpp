#include "accountpagetables.h"

#include "cellformat.h"

#include <QCoreApplication>

namespace tenure::account {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::account::AccountTables)
};

QString percent(double share, const QLocale& locale)
{
    return QStringLiteral("%1%").arg(locale.toString(share * 100, 'f', 0));
}

// A missing input says why when it knows (contact history unknown), and
// always where its weight went.
QString missingNote(const health::ScoreInput& input, const QLocale& locale)
{
    const QString shared =
        Messages::tr("No data: weight %1 shared among the rest").arg(percent(input.weight, locale));
    return input.detail.isEmpty() ? shared : input.detail + QStringLiteral(". ") + shared;
}

void addDimension(CellTable& table, const QString& name, const health::Dimension& dimension,
                  double configuredWeight, double dimensionWeight, const QLocale& locale)
{
    QStringList notes;
    if (!dimension.score)
        notes << Messages::tr("no data: its weight goes to the others");
    else if (dimension.redistributed())
        notes << Messages::tr("missing inputs' weight shared among the rest");
    if (dimension.pull > 0) {
        notes << Messages::tr("pulled down %1 points by: %2")
                     .arg(format::number(dimension.pull, 0, locale).text, dimension.pullDetail);
    }
    const QString note = notes.join(QStringLiteral("; "));
    table.rows.push_back(
        {{format::text(name),
          dimension.score ? format::number(*dimension.score, 0, locale)
                          : format::text(Messages::tr("no data")),
          format::text(percent(configuredWeight, locale)),
          format::text(percent(dimensionWeight, locale)),
          dimension.score ? format::number(*dimension.score * dimensionWeight, 1, locale)
                          : format::text({}),
          format::text(note)},
         {},
         true});
    for (const health::ScoreInput& input : dimension.inputs) {
        const bool missing = !input.value;
        table.rows.push_back(
            {{format::text(QStringLiteral("    %1").arg(health::scoreInputLabel(input.key))),
              missing ? format::text(Messages::tr("no data"))
                      : format::number(*input.value, 0, locale),
              format::text(percent(input.weight, locale)),
              format::text(percent(input.effectiveWeight, locale)),
              missing ? format::text({})
                      : format::number(*input.value * input.effectiveWeight, 1, locale),
              format::text(missing ? missingNote(input, locale) : input.detail)},
             QVariant(input.key),
             false});
    }
}

} // namespace

CellTable reasonsTable(const AccountDetail& detail, const QLocale& locale)
{
    CellTable table{
        {Messages::tr("Reason"), Messages::tr("Severity"), Messages::tr("Evidence")}, {1}, {}};
    for (const health::RiskReason& reason : detail.reasons) {
        table.rows.push_back({{format::text(health::reasonTitle(reason.code)),
                               format::number(reason.severity * 100, 0, locale),
                               format::text(reason.evidence, reason.evidence)},
                              static_cast<int>(reason.source),
                              false});
    }
    return table;
}

CellTable decompositionTable(const AccountDetail& detail, const QLocale& locale)
{
    CellTable table{{Messages::tr("Dimension / input"), Messages::tr("Score"),
                     Messages::tr("Weight"), Messages::tr("Effective weight"),
                     Messages::tr("Points"), Messages::tr("Behind the number")},
                    {1, 2, 3, 4},
                    {}};
    if (!detail.paying)
        return table;
    const health::HealthScore& score = detail.score;
    const health::HealthWeights& weights = detail.weights;
    addDimension(table, Messages::tr("Outcome"), score.outcome, weights.outcome,
                 score.outcomeWeight, locale);
    addDimension(table, Messages::tr("Experience"), score.experience, weights.experience,
                 score.experienceWeight, locale);
    addDimension(table, Messages::tr("Relationship"), score.relationship, weights.relationship,
                 score.relationshipWeight, locale);
    return table;
}

QString timelineKindName(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::Action:
        return Messages::tr("Action");
    case TimelineKind::Billing:
        return Messages::tr("Billing");
    case TimelineKind::Ticket:
        return Messages::tr("Ticket");
    case TimelineKind::Survey:
        return Messages::tr("Survey");
    case TimelineKind::Request:
        return Messages::tr("Request");
    case TimelineKind::Event:
        return Messages::tr("Event");
    }
    return {};
}

CellTable timelineTable(const AccountDetail& detail, const QLocale& locale)
{
    CellTable table{
        {Messages::tr("Date"), Messages::tr("Kind"), Messages::tr("What"), Messages::tr("Detail")},
        {},
        {}};
    for (const TimelineEntry& entry : detail.timeline) {
        table.rows.push_back(
            {{format::date(entry.date, locale), format::text(timelineKindName(entry.kind)),
              format::text(entry.title), format::text(entry.detail, entry.detail)},
             static_cast<int>(entry.kind),
             false});
    }
    return table;
}

} // namespace tenure::account
