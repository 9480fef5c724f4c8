#include "healthscore.h"

#include "usagestats.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace tenure::health {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::health::HealthScore)
};

double clamp100(double value)
{
    return std::clamp(value, 0.0, 100.0);
}

// The weighted mean of the inputs that have a value; missing inputs' weights
// are shared out in proportion to the others'.
Dimension combine(std::vector<ScoreInput> inputs)
{
    double present = 0;
    for (const ScoreInput& input : inputs)
        present += input.value ? input.weight : 0;
    Dimension dimension;
    if (present > 0) {
        double sum = 0;
        for (ScoreInput& input : inputs) {
            input.effectiveWeight = input.value ? input.weight / present : 0;
            sum += input.value ? *input.value * input.effectiveWeight : 0;
        }
        dimension.score = sum;
    }
    dimension.inputs = std::move(inputs);
    return dimension;
}

// The share of a dimension's configured input weight whose input had data.
double knownShare(const Dimension& dimension)
{
    double known = 0, all = 0;
    for (const ScoreInput& input : dimension.inputs) {
        all += input.weight;
        known += input.value ? input.weight : 0;
    }
    return all > 0 ? known / all : 0;
}

const SurveySignal* latestSurvey(const AccountSignals& account, const QDate& asOf, const char* kind)
{
    const SurveySignal* latest = nullptr;
    for (const SurveySignal& survey : account.surveys) {
        if (survey.kind == QLatin1String(kind) &&
            survey.respondedOn.daysTo(asOf) <= kLatestAnswerDays)
            latest = &survey;
    }
    return latest;
}

Dimension outcomeOf(const AccountSignals& account, const QDate& asOf, const Thresholds& limits,
                    Wording wording)
{
    ScoreInput goals{QStringLiteral("goals"), {}, 0.35, 0, {}};
    int achieved = 0, missed = 0;
    for (const GoalSignal& goal : account.goals) {
        if (!goal.due.isValid() || goal.due >= asOf || goal.due < asOf.addYears(-1))
            continue;
        (goal.achievedOn.isValid() || goal.achieved >= goal.target ? achieved : missed) += 1;
    }
    if (achieved + missed > 0) {
        goals.value = 100.0 * achieved / (achieved + missed);
        if (wording == Wording::Explained)
            goals.detail = Messages::tr("%1 of %2 goals due in the last year achieved")
                               .arg(achieved)
                               .arg(achieved + missed);
    }

    ScoreInput adoption{QStringLiteral("adoption"), {}, 0.4, 0, {}};
    if (const auto used = licenceUtilisation(account, asOf)) {
        adoption.value = clamp100(*used / 0.8 * 100); // 80% of licences in use earns full marks
        if (wording == Wording::Explained)
            adoption.detail = Messages::tr("%1% of %2 licences in use")
                                  .arg(std::lround(*used * 100))
                                  .arg(account.seats);
    }

    ScoreInput trend{QStringLiteral("usage_trend"), {}, 0.25, 0, {}};
    if (const auto change = usageTrend(account, asOf, limits.usageDropWindowDays)) {
        trend.value = clamp100(70 + 1.5 * change->changePercent());
        if (wording == Wording::Explained)
            trend.detail =
                Messages::tr("Weekly active users %1% in %2 days")
                    .arg(change->changePercent() >= 0
                             ? QStringLiteral("+%1").arg(std::lround(change->changePercent()))
                             : QString::number(std::lround(change->changePercent())))
                    .arg(limits.usageDropWindowDays);
    }
    return combine({goals, adoption, trend});
}

Dimension experienceOf(const AccountSignals& account, const QDate& asOf, const Thresholds& limits,
                       Wording wording)
{
    ScoreInput nps{QStringLiteral("nps"), {}, 0.4, 0, {}};
    if (const auto* survey = latestSurvey(account, asOf, "nps")) {
        nps.value = survey->score * 10.0;
        if (wording == Wording::Explained)
            nps.detail = Messages::tr("NPS %1 on %2")
                             .arg(survey->score)
                             .arg(survey->respondedOn.toString(Qt::ISODate));
    }
    ScoreInput csat{QStringLiteral("csat"), {}, 0.2, 0, {}};
    if (const auto* survey = latestSurvey(account, asOf, "csat")) {
        csat.value = (survey->score - 1) * 25.0;
        if (wording == Wording::Explained)
            csat.detail = Messages::tr("CSAT %1 of 5 on %2")
                              .arg(survey->score)
                              .arg(survey->respondedOn.toString(Qt::ISODate));
    }
    ScoreInput support{QStringLiteral("support"), {}, 0.4, 0, {}};
    int old = 0, escalated = 0;
    for (const TicketSignal& ticket : account.tickets) {
        old += !ticket.closed.isValid() && ticket.opened.daysTo(asOf) > limits.oldTicketDays;
        escalated += ticket.escalated && ticket.opened.daysTo(asOf) <= kEscalationWindowDays;
    }
    const double tickets = clamp100(100 - 15.0 * old - 20.0 * escalated);
    // Trouble at the help desk speaks for itself. A quiet one only says the
    // customer does not complain there: it counts beside an answer of its
    // own, never as a good experience alone, and not at all without a ticket ever.
    const bool answered = nps.value || csat.value;
    if (tickets < 100 || (answered && account.hadTicket)) {
        support.value = tickets;
        if (wording == Wording::Explained)
            support.detail =
                Messages::tr("%1 tickets open more than %2 days, %3 escalated in 90 days")
                    .arg(old)
                    .arg(limits.oldTicketDays)
                    .arg(escalated);
    } else if (wording == Wording::Explained) {
        support.detail = account.hadTicket
                             ? Messages::tr("No ticket trouble, and no survey answer to weigh it "
                                            "with: says nothing of the experience")
                             : Messages::tr("No ticket on record: the help desk says nothing yet");
    }
    return combine({nps, csat, support});
}

Dimension relationshipOf(const AccountSignals& account, const QDate& asOf, const Thresholds& limits,
                         Wording wording)
{
    ScoreInput sponsors{QStringLiteral("sponsors"), {}, 0.5, 0, {}};
    int active = 0, known = 0;
    for (const ContactSignal& contact : account.contacts) {
        if (contact.role != QLatin1String("champion") &&
            contact.role != QLatin1String("executive_sponsor"))
            continue;
        ++known;
        active += !contact.leftOn.isValid() && contact.lastActive.isValid() &&
                  contact.lastActive.daysTo(asOf) <= limits.goneDarkDays;
    }
    if (known > 0) {
        sponsors.value = active >= 2 ? 100.0 : active == 1 ? 75.0 : 0.0;
        if (wording == Wording::Explained)
            sponsors.detail = Messages::tr("%1 of %2 sponsors active").arg(active).arg(known);
    }
    ScoreInput touch{QStringLiteral("csm_touch"), {}, 0.5, 0, {}};
    const QDate last = account.lastAction ? account.lastAction->occurredOn : account.createdOn;
    if (!account.contactHistoryKnown) {
        // No data, not a zero nor full marks: its weight goes to the sponsors.
        if (wording == Wording::Explained)
            touch.detail = Messages::tr("Contact history unknown: no activity in the book yet");
    } else if (last.isValid()) {
        const double days = last.daysTo(asOf);
        touch.value = clamp100(100 - std::max(0.0, days - 30) * 0.5);
        if (wording == Wording::Explained)
            touch.detail = Messages::tr("Last CSM contact %1 days ago").arg(static_cast<int>(days));
    }
    return combine({sponsors, touch});
}

} // namespace

QString scoreInputLabel(const QString& key)
{
    if (key == QLatin1String("goals"))
        return Messages::tr("Success-plan goals");
    if (key == QLatin1String("adoption"))
        return Messages::tr("Licence utilisation");
    if (key == QLatin1String("usage_trend"))
        return Messages::tr("Usage trend");
    if (key == QLatin1String("nps"))
        return Messages::tr("NPS");
    if (key == QLatin1String("csat"))
        return Messages::tr("CSAT");
    if (key == QLatin1String("support"))
        return Messages::tr("Support experience");
    if (key == QLatin1String("sponsors"))
        return Messages::tr("Sponsors in place");
    if (key == QLatin1String("csm_touch"))
        return Messages::tr("CSM contact");
    return key;
}

bool Dimension::redistributed() const
{
    return std::any_of(inputs.begin(), inputs.end(), [](const ScoreInput& i) { return !i.value; });
}

bool HealthScore::redistributed() const
{
    return outcome.redistributed() || experience.redistributed() || relationship.redistributed() ||
           !outcome.score || !experience.score || !relationship.score;
}

QJsonObject HealthWeights::toJson() const
{
    return {{QStringLiteral("outcome"), outcome},
            {QStringLiteral("experience"), experience},
            {QStringLiteral("relationship"), relationship}};
}

HealthWeights HealthWeights::fromJson(const QJsonObject& json)
{
    HealthWeights weights;
    weights.outcome = json.value(QStringLiteral("outcome")).toDouble(weights.outcome);
    weights.experience = json.value(QStringLiteral("experience")).toDouble(weights.experience);
    weights.relationship =
        json.value(QStringLiteral("relationship")).toDouble(weights.relationship);
    return weights;
}

HealthScore scoreAccount(const AccountSignals& account, const QDate& asOf,
                         const Thresholds& thresholds, const HealthWeights& weights,
                         Wording wording)
{
    HealthScore score;
    score.outcome = outcomeOf(account, asOf, thresholds, wording);
    score.experience = experienceOf(account, asOf, thresholds, wording);
    score.relationship = relationshipOf(account, asOf, thresholds, wording);
    const double configured = weights.outcome + weights.experience + weights.relationship;
    if (configured > 0) {
        score.coverage = (weights.outcome * knownShare(score.outcome) +
                          weights.experience * knownShare(score.experience) +
                          weights.relationship * knownShare(score.relationship)) /
                         configured;
    }
    const double present = (score.outcome.score ? weights.outcome : 0) +
                           (score.experience.score ? weights.experience : 0) +
                           (score.relationship.score ? weights.relationship : 0);
    if (present <= 0)
        return score;
    score.outcomeWeight = score.outcome.score ? weights.outcome / present : 0;
    score.experienceWeight = score.experience.score ? weights.experience / present : 0;
    score.relationshipWeight = score.relationship.score ? weights.relationship / present : 0;
    score.overall = score.outcome.score.value_or(0) * score.outcomeWeight +
                    score.experience.score.value_or(0) * score.experienceWeight +
                    score.relationship.score.value_or(0) * score.relationshipWeight;
    return score;
}

Quadrant quadrantOf(const HealthScore& score, double minCoverage)
{
    if (!score.outcome.score || !score.experience.score || score.coverage < minCoverage)
        return Quadrant::Unknown;
    const bool outcome = *score.outcome.score >= 50;
    const bool experience = *score.experience.score >= 50;
    if (outcome)
        return experience ? Quadrant::Thriving : Quadrant::Trapped;
    return experience ? Quadrant::SilentRisk : Quadrant::Rescue;
}

QString quadrantCode(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::Thriving:
        return QStringLiteral("thriving");
    case Quadrant::Trapped:
        return QStringLiteral("trapped");
    case Quadrant::SilentRisk:
        return QStringLiteral("silent_risk");
    case Quadrant::Rescue:
        return QStringLiteral("rescue");
    case Quadrant::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString quadrantTitle(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::Thriving:
        return Messages::tr("Thriving");
    case Quadrant::Trapped:
        return Messages::tr("Trapped");
    case Quadrant::SilentRisk:
        return Messages::tr("Silent risk");
    case Quadrant::Rescue:
        return Messages::tr("Rescue");
    case Quadrant::Unknown:
        break;
    }
    return Messages::tr("Not enough data");
}

QString quadrantExplanation(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::Thriving:
        return Messages::tr(
            "Getting the outcome they bought, and liking the experience: the goal.");
    case Quadrant::Trapped:
        return Messages::tr("Getting results but unhappy: rarely churns, but speaks badly of you.");
    case Quadrant::SilentRisk:
        return Messages::tr("Likes you but is not getting results: the dangerous one, it churns "
                            "without warning, defending you on the way out.");
    case Quadrant::Rescue:
        return Messages::tr("Neither results nor a good experience: lost unless rescued.");
    case Quadrant::Unknown:
        break;
    }
    return Messages::tr("Not enough data to place the account: no outcome or no experience "
                        "data, or a health score resting on too little of its weight.");
}

} // namespace tenure::health
