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

// Something the customer's data says against a dimension: the value of the
// input that says it, and how old it is.
struct Complaint
{
    double value = 0; // the input's value, 0-100
    qint64 ageDays = 0;
    QString what; // in words (Wording::Explained only)
};

double pullWeight(qint64 ageDays)
{
    if (ageDays <= kFullPullDays)
        return 1;
    return std::max(0.0, 1.0 - static_cast<double>(ageDays - kFullPullDays) /
                                   (kLatestAnswerDays - kFullPullDays));
}

// Takes the worst complaint's pull off the dimension's mean: towards
// min(kComplaintCeiling, 3/4 of its input's value), by its age's weight.
void pullDown(Dimension& dimension, const std::vector<Complaint>& complaints)
{
    if (!dimension.score)
        return;
    const Complaint* worst = nullptr;
    for (const Complaint& complaint : complaints) {
        const double to = std::min(kComplaintCeiling, 0.75 * complaint.value);
        const double drop = pullWeight(complaint.ageDays) * std::max(0.0, *dimension.score - to);
        if (drop > dimension.pull) {
            dimension.pull = drop;
            worst = &complaint;
        }
    }
    if (!worst)
        return;
    *dimension.score -= dimension.pull;
    dimension.pullDetail = worst->what;
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
    std::vector<Complaint> complaints;
    ScoreInput goals{QStringLiteral("goals"), {}, 0.35, 0, {}};
    int achieved = 0, missed = 0;
    QDate lastMissed;
    for (const GoalSignal& goal : account.goals) {
        if (!goal.due.isValid() || goal.due >= asOf || goal.due < asOf.addYears(-1))
            continue;
        const bool met = goal.achievedOn.isValid() || goal.achieved >= goal.target;
        (met ? achieved : missed) += 1;
        if (!met)
            lastMissed = std::max(lastMissed, goal.due);
    }
    if (achieved + missed > 0) {
        goals.value = 100.0 * achieved / (achieved + missed);
        if (wording == Wording::Explained)
            goals.detail = Messages::tr("%1 of %2 goals due in the last year achieved")
                               .arg(achieved)
                               .arg(achieved + missed);
        if (missed > 0) {
            complaints.push_back(
                {*goals.value, lastMissed.daysTo(asOf),
                 wording == Wording::Explained
                     ? Messages::tr("%n goal(s) missed, the latest due %1", "", missed)
                           .arg(lastMissed.toString(Qt::ISODate))
                     : QString()});
        }
    }

    ScoreInput adoption{QStringLiteral("adoption"), {}, 0.4, 0, {}};
    if (const auto used = licenceUtilisation(account, asOf)) {
        adoption.value = clamp100(*used / 0.8 * 100); // 80% of licences in use earns full marks
        if (wording == Wording::Explained)
            adoption.detail = Messages::tr("%1% of %2 licences in use")
                                  .arg(std::lround(*used * 100))
                                  .arg(account.seats);
        if (*used < limits.minUtilisation) {
            complaints.push_back(
                {*adoption.value, 0,
                 wording == Wording::Explained
                     ? Messages::tr("%1% of licences in use, under the low-adoption line of %2%")
                           .arg(std::lround(*used * 100))
                           .arg(std::lround(limits.minUtilisation * 100))
                     : QString()});
        }
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
    Dimension outcome = combine({goals, adoption, trend});
    pullDown(outcome, complaints);
    return outcome;
}

Dimension experienceOf(const AccountSignals& account, const QDate& asOf, const Thresholds& limits,
                       Wording wording)
{
    std::vector<Complaint> complaints;
    ScoreInput nps{QStringLiteral("nps"), {}, 0.4, 0, {}};
    if (const auto* survey = latestSurvey(account, asOf, "nps")) {
        nps.value = survey->score * 10.0;
        if (wording == Wording::Explained)
            nps.detail = Messages::tr("NPS %1 on %2")
                             .arg(survey->score)
                             .arg(survey->respondedOn.toString(Qt::ISODate));
        if (survey->score <= limits.detractorMaxNps)
            complaints.push_back({*nps.value, survey->respondedOn.daysTo(asOf), nps.detail});
    }
    ScoreInput csat{QStringLiteral("csat"), {}, 0.2, 0, {}};
    if (const auto* survey = latestSurvey(account, asOf, "csat")) {
        csat.value = (survey->score - 1) * 25.0;
        if (wording == Wording::Explained)
            csat.detail = Messages::tr("CSAT %1 of 5 on %2")
                              .arg(survey->score)
                              .arg(survey->respondedOn.toString(Qt::ISODate));
        if (survey->score <= limits.poorMaxCsat)
            complaints.push_back({*csat.value, survey->respondedOn.daysTo(asOf), csat.detail});
    }
    ScoreInput support{QStringLiteral("support"), {}, 0.4, 0, {}};
    int old = 0, escalated = 0;
    const TicketSignal* longOpen = nullptr; // the oldest still open past kLongOpenTicketDays
    const TicketSignal* lastEscalated = nullptr;
    for (const TicketSignal& ticket : account.tickets) {
        const bool open = !ticket.closed.isValid();
        old += open && ticket.opened.daysTo(asOf) > limits.oldTicketDays;
        if (open && ticket.opened.daysTo(asOf) > kLongOpenTicketDays && !longOpen)
            longOpen = &ticket;
        if (ticket.escalated && ticket.opened.daysTo(asOf) <= kEscalationWindowDays) {
            ++escalated;
            lastEscalated = &ticket;
        }
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
        const auto explained = [&](const QString& text) {
            return wording == Wording::Explained ? text : QString();
        };
        if (longOpen) {
            complaints.push_back(
                {*support.value, 0,
                 explained(
                     Messages::tr("A ticket open %1 days").arg(longOpen->opened.daysTo(asOf)))});
        }
        if (lastEscalated) {
            complaints.push_back(
                {*support.value, lastEscalated->opened.daysTo(asOf),
                 explained(Messages::tr("A ticket escalated, opened %1")
                               .arg(lastEscalated->opened.toString(Qt::ISODate)))});
        }
    } else if (wording == Wording::Explained) {
        support.detail = account.hadTicket
                             ? Messages::tr("No ticket trouble, and no survey answer to weigh it "
                                            "with: says nothing of the experience")
                             : Messages::tr("No ticket on record: the help desk says nothing yet");
    }
    Dimension experience = combine({nps, csat, support});
    pullDown(experience, complaints);
    return experience;
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
