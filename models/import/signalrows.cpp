#include "signalrows.h"

#include <QCoreApplication>

#include <algorithm>
#include <cctype>
#include <span>

namespace tenure::import {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::import::SignalRow)
};

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// A word a source writes, and the value the book stores for it.
struct Synonym
{
    std::string_view word;
    const char* value;
};

// Exports write "Executive Sponsor", "executive-sponsor" or "EXECUTIVE_SPONSOR".
std::string folded(std::string_view text)
{
    std::string word;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        word += (c == ' ' || c == '-') ? '_' : static_cast<char>(std::tolower(byte));
    }
    return word;
}

// The book's value for `field`'s text, `fallback` for an empty cell; a
// rejection listing the accepted words when nothing matches.
bool known(std::string_view text, std::span<const Synonym> synonyms)
{
    const std::string word = folded(text);
    return std::any_of(synonyms.begin(), synonyms.end(),
                       [&](const Synonym& synonym) { return word == synonym.word; });
}

std::optional<std::string> vocabulary(RowReader& reader, Field field,
                                      std::span<const Synonym> synonyms, const char* fallback)
{
    const std::string_view text = reader.text(field);
    if (text.empty())
        return std::string(fallback);
    const std::string word = folded(text);
    QStringList accepted;
    for (const Synonym& synonym : synonyms) {
        if (word == synonym.word)
            return std::string(synonym.value);
        if (!accepted.contains(QLatin1String(synonym.value)))
            accepted.append(QLatin1String(synonym.value));
    }
    reader.reject(field,
                  Messages::tr("%1: \"%2\" is not one of %3")
                      .arg(fieldLabel(field), fromUtf8(text), accepted.join(QStringLiteral(", "))));
    return std::nullopt;
}

constexpr Synonym kRoles[] = {
    {"buyer", "buyer"},
    {"economic_buyer", "buyer"},
    {"decision_maker", "buyer"},
    {"executive_sponsor", "executive_sponsor"},
    {"exec_sponsor", "executive_sponsor"},
    {"sponsor", "executive_sponsor"},
    {"executive", "executive_sponsor"},
    {"champion", "champion"},
    {"admin", "admin"},
    {"administrator", "admin"},
    {"power_user", "power_user"},
    {"poweruser", "power_user"},
    {"it", "it"},
    {"it_admin", "it"},
    {"user", "user"},
    {"end_user", "user"},
};
// Intercom flags a conversation as a priority or not: a flagged one is high.
constexpr Synonym kPriorities[] = {
    {"low", "low"},       {"p4", "low"},          {"normal", "normal"},
    {"medium", "normal"}, {"p3", "normal"},       {"not_priority", "normal"},
    {"high", "high"},     {"p2", "high"},         {"priority", "high"},
    {"urgent", "urgent"}, {"critical", "urgent"}, {"p1", "urgent"},
};
// A help desk's ticket states: still open (snoozed, waiting) or done.
constexpr Synonym kTicketStates[] = {
    {"new", "open"},
    {"open", "open"},
    {"pending", "open"},
    {"hold", "open"},
    {"on_hold", "open"},
    {"snoozed", "open"},
    {"waiting_on_customer", "open"},
    {"waiting_on_third_party", "open"},
    {"waiting", "open"},
    {"in_progress", "open"},
    {"reopened", "open"},
    {"solved", "closed"},
    {"resolved", "closed"},
    {"closed", "closed"},
    {"done", "closed"},
    {"completed", "closed"},
};
constexpr Synonym kTicketTypes[] = {
    {"question", "question"},
    {"how_to", "question"},
    {"problem", "problem"},
    {"incident", "problem"},
    {"bug", "bug"},
    {"defect", "bug"},
    {"usability", "usability"},
    {"feature_request", "feature_request"},
    {"feature", "feature_request"},
    {"billing", "billing"},
    {"task", "other"},
    {"other", "other"},
};
constexpr Synonym kYesNo[] = {
    {"yes", "yes"}, {"y", "yes"}, {"true", "yes"}, {"1", "yes"}, {"escalated", "yes"},
    {"no", "no"},   {"n", "no"},  {"false", "no"}, {"0", "no"},
};
constexpr Synonym kSurveyKinds[] = {{"nps", "nps"}, {"csat", "csat"}};
constexpr Synonym kRequestKinds[] = {
    {"feature", "feature"},         {"feature_request", "feature"}, {"enhancement", "enhancement"},
    {"improvement", "enhancement"}, {"integration", "integration"}, {"pricing", "pricing"},
};
constexpr Synonym kRequestStates[] = {
    {"open", "open"},           {"new", "open"},
    {"under_review", "open"},   {"planned", "planned"},
    {"in_progress", "planned"}, {"shipped", "shipped"},
    {"released", "shipped"},    {"done", "shipped"},
    {"declined", "declined"},   {"rejected", "declined"},
    {"won't_do", "declined"},
};
constexpr Synonym kGoalStates[] = {
    {"open", "open"},       {"in_progress", "open"},  {"on_track", "open"},
    {"at_risk", "open"},    {"achieved", "achieved"}, {"done", "achieved"},
    {"met", "achieved"},    {"missed", "missed"},     {"failed", "missed"},
    {"dropped", "dropped"}, {"cancelled", "dropped"}, {"canceled", "dropped"},
};

// The action log's kinds (models/playbooks); a CRM's task is a note.
constexpr Synonym kActivityKinds[] = {
    {"call", "call"},
    {"phone", "call"},
    {"phone_call", "call"},
    {"logged_call", "call"},
    {"email", "email"},
    {"e_mail", "email"},
    {"logged_email", "email"},
    {"meeting", "meeting"},
    {"demo", "meeting"},
    {"visit", "meeting"},
    {"on_site", "meeting"},
    {"onsite", "meeting"},
    {"video_call", "meeting"},
    {"qbr", "qbr"},
    {"ebr", "qbr"},
    {"business_review", "qbr"},
    {"quarterly_business_review", "qbr"},
    {"executive_business_review", "qbr"},
    {"training", "training"},
    {"training_session", "training"},
    {"webinar", "webinar"},
    {"note", "note"},
    {"notes", "note"},
    {"task", "note"},
    {"todo", "note"},
    {"other", "note"}, // Salesforce's catch-all activity type
};
constexpr Synonym kDirections[] = {
    {"inbound", "inbound"},  {"incoming", "inbound"},  {"in", "inbound"},
    {"received", "inbound"}, {"outbound", "outbound"}, {"outgoing", "outbound"},
    {"out", "outbound"},     {"sent", "outbound"},
};
// The account_events kinds (models/health reads them): layoffs and budget cuts
// are a restructuring, bankruptcy a closing; the source's word is kept in the
// description (see buildEvent).
constexpr Synonym kEventKinds[] = {
    {"acquired", "acquired"},
    {"acquisition", "acquired"},
    {"acquired_by", "acquired"},
    {"merged", "merged"},
    {"merger", "merged"},
    {"merge", "merged"},
    {"closing", "closing"},
    {"closed", "closing"},
    {"shutdown", "closing"},
    {"shutting_down", "closing"},
    {"bankruptcy", "closing"},
    {"bankrupt", "closing"},
    {"insolvency", "closing"},
    {"restructured", "restructured"},
    {"restructuring", "restructured"},
    {"reorganisation", "restructured"},
    {"reorganization", "restructured"},
    {"reorg", "restructured"},
    {"layoffs", "restructured"},
    {"layoff", "restructured"},
    {"budget_cut", "restructured"},
    {"budget_cuts", "restructured"},
    {"leadership_change", "leadership_change"},
    {"new_leadership", "leadership_change"},
    {"new_ceo", "leadership_change"},
    {"executive_change", "leadership_change"},
    {"funding", "funding"},
    {"new_funding", "funding"},
    {"funding_round", "funding"},
    {"other", "other"},
};

SqlValue textValue(RowReader& reader, Field field)
{
    const std::string_view text = reader.text(field);
    return text.empty() ? SqlValue{} : SqlValue{std::string(text)};
}

SqlValue dateValue(const std::optional<QDate>& date)
{
    return date ? SqlValue{std::string(IsoDate(*date).view())} : SqlValue{};
}

// A whole, non-negative count; `fallback` when the cell is empty.
std::optional<std::int64_t> count(RowReader& reader, Field field, bool required,
                                  std::int64_t fallback = 0)
{
    const auto number = reader.number(field, required);
    if (!number)
        return reader.isEmpty(field) && !required ? std::optional(fallback) : std::nullopt;
    if (number->scale != 0 || number->mantissa < 0) {
        reader.reject(
            field, Messages::tr("%1 must be a whole number, zero or more").arg(fieldLabel(field)));
        return std::nullopt;
    }
    return number->mantissa;
}

SqlValue realValue(RowReader& reader, Field field)
{
    const auto number = reader.number(field, false);
    return number ? SqlValue{number->toDouble()} : SqlValue{};
}

void requireAccount(RowReader& reader)
{
    if (reader.isEmpty(Field::AccountId) && reader.isEmpty(Field::AccountName) &&
        reader.isEmpty(Field::Domain) && companyDomain(reader.text(Field::Email)).empty()) {
        reader.reject(Field::AccountId, Messages::tr("The row names no account (customer id, "
                                                     "name, domain or a company email)"));
    }
}

bool buildContact(RowReader& reader, SignalRow& row)
{
    const auto created = reader.date(Field::CreatedOn, false);
    const auto lastActive = reader.date(Field::LastActiveOn, false);
    const auto left = reader.date(Field::LeftOn, false);
    const auto role = vocabulary(reader, Field::Role, kRoles, "user");
    // The name as one column, or as a CRM gives it: first and last name.
    std::string name(reader.text(Field::ContactName));
    if (name.empty()) {
        name = reader.text(Field::FirstName);
        const std::string_view last = reader.text(Field::LastName);
        if (!name.empty() && !last.empty())
            name += ' ';
        name += last;
    }
    if (name.empty()) {
        reader.reject(reader.has(Field::ContactName) ? Field::ContactName : Field::LastName,
                      Messages::tr("The contact's name is missing"));
    }
    if (!reader.ok())
        return false;
    row.values = {textValue(reader, Field::ExternalId),
                  SqlValue{name},
                  textValue(reader, Field::Email),
                  textValue(reader, Field::JobTitle),
                  *role,
                  dateValue(created),
                  dateValue(lastActive),
                  dateValue(left)};
    return true;
}

bool buildUsage(RowReader& reader, SignalRow& row)
{
    const auto start = reader.date(Field::Date, true);
    const auto days =
        count(reader, Field::PeriodDays, false, reader.rules().periodDays.value_or(7));
    if (days && *days != 1 && *days != 7)
        reader.reject(Field::PeriodDays, Messages::tr("Usage is read per day (1) or week (7)"));
    const auto users = count(reader, Field::ActiveUsers, true);
    const auto sessions = count(reader, Field::Sessions, false);
    const auto events = count(reader, Field::KeyEvents, false);
    if (!reader.ok() || !start || !days || !users || !sessions || !events)
        return false;
    row.values = {dateValue(start), *days, *users, *sessions, *events};
    return true;
}

bool buildTicket(RowReader& reader, SignalRow& row)
{
    const auto opened = reader.date(Field::OpenedOn, true);
    auto closed = reader.date(Field::ClosedOn, false);
    // A state says more than a date: a conversation closed once and reopened
    // keeps its last closed time while it is open again.
    const auto state = vocabulary(reader, Field::Status, kTicketStates, "");
    if (state && *state == "open")
        closed.reset();
    if (state && *state == "closed" && !closed && reader.ok())
        reader.reject(Field::ClosedOn, Messages::tr("The ticket is %1 but its closed date is "
                                                    "missing")
                                           .arg(fromUtf8(reader.text(Field::Status))));
    const auto priority = vocabulary(reader, Field::Priority, kPriorities, "normal");
    // A help desk's own types (Service Task, Refund, ...) are a category, not a fault.
    const auto type = reader.isEmpty(Field::Type) || known(reader.text(Field::Type), kTicketTypes)
                          ? vocabulary(reader, Field::Type, kTicketTypes, "question")
                          : std::optional<std::string>("other");
    const auto escalated = vocabulary(reader, Field::Escalated, kYesNo, "no");
    if (reader.isEmpty(Field::ExternalId))
        reader.reject(Field::ExternalId, Messages::tr("The ticket id is missing"));
    if (opened && closed && *closed < *opened)
        reader.reject(
            Field::ClosedOn,
            Messages::tr("Closed before it was opened (%1)").arg(opened->toString(Qt::ISODate)));
    if (!reader.ok() || !opened)
        return false;
    row.values = {textValue(reader, Field::ExternalId),
                  dateValue(opened),
                  dateValue(closed),
                  *priority,
                  *type,
                  std::int64_t{*escalated == "yes"},
                  textValue(reader, Field::Title)};
    return true;
}

bool buildSurvey(RowReader& reader, SignalRow& row)
{
    const auto responded = reader.date(Field::Date, true);
    const auto kind = vocabulary(reader, Field::Type, kSurveyKinds, "nps");
    const auto score = reader.number(Field::Score, true);
    if (kind && score) {
        const bool nps = *kind == "nps";
        const double value = score->toDouble();
        if (score->scale != 0 || value < (nps ? 0 : 1) || value > (nps ? 10 : 5)) {
            reader.reject(Field::Score, nps ? Messages::tr("An NPS score is a whole number "
                                                           "from 0 to 10")
                                            : Messages::tr("A CSAT score is a whole number "
                                                           "from 1 to 5"));
        }
    }
    if (!reader.ok() || !responded || !kind || !score)
        return false;
    row.values = {SqlValue{},           textValue(reader, Field::ExternalId),
                  dateValue(responded), *kind,
                  score->mantissa,      textValue(reader, Field::Comment)};
    return true;
}

bool buildRequest(RowReader& reader, SignalRow& row)
{
    const auto requested = reader.date(Field::Date, true);
    const auto kind = vocabulary(reader, Field::Type, kRequestKinds, "feature");
    const auto state = vocabulary(reader, Field::Status, kRequestStates, "open");
    if (reader.isEmpty(Field::Title))
        reader.reject(Field::Title, Messages::tr("The request's title is missing"));
    if (!reader.ok() || !requested)
        return false;
    row.values = {SqlValue{},
                  textValue(reader, Field::ExternalId),
                  dateValue(requested),
                  textValue(reader, Field::Title),
                  *kind,
                  *state};
    return true;
}

bool buildGoal(RowReader& reader, SignalRow& row)
{
    const auto due = reader.date(Field::DueOn, false);
    const auto achievedOn = reader.date(Field::AchievedOn, false);
    const char* fallback = achievedOn ? "achieved" : "open";
    const auto state = vocabulary(reader, Field::Status, kGoalStates, fallback);
    if (reader.isEmpty(Field::Title))
        reader.reject(Field::Title, Messages::tr("The goal's title is missing"));
    const SqlValue target = realValue(reader, Field::Target);
    const SqlValue achieved = realValue(reader, Field::Achieved);
    if (!reader.ok())
        return false;
    row.values = {textValue(reader, Field::Title),
                  textValue(reader, Field::Metric),
                  target,
                  achieved,
                  dateValue(due),
                  dateValue(achievedOn),
                  *state};
    return true;
}

bool buildActivity(RowReader& reader, std::string_view source, SignalRow& row)
{
    const auto occurred = reader.date(Field::Date, true);
    const auto kind = vocabulary(reader, Field::Type, kActivityKinds, "note");
    const auto direction = vocabulary(reader, Field::Direction, kDirections, "");
    if (!reader.ok() || !occurred)
        return false;
    // The action log's summary is never empty: the subject, else the contact.
    std::string summary(reader.text(Field::Title));
    if (summary.empty())
        summary = std::string(reader.text(Field::ContactName));
    row.values = {SqlValue{},
                  std::string(source),
                  textValue(reader, Field::ExternalId),
                  dateValue(occurred),
                  *kind,
                  summary,
                  textValue(reader, Field::Outcome),
                  textValue(reader, Field::Owner),
                  direction->empty() ? SqlValue{} : SqlValue{*direction}};
    return true;
}

bool buildMilestones(RowReader& reader, SignalRow& row)
{
    if (!reader.has(Field::OnboardingTargetOn) && !reader.has(Field::GoLiveOn))
        reader.reject(Field::GoLiveOn, Messages::tr("The file has neither an onboarding target "
                                                    "date nor a go-live date"));
    const auto target = reader.date(Field::OnboardingTargetOn, false);
    const auto live = reader.date(Field::GoLiveOn, false);
    if (!reader.ok())
        return false;
    row.values = {dateValue(target), dateValue(live)};
    return true;
}

bool buildEvent(RowReader& reader, SignalRow& row)
{
    const auto occurred = reader.date(Field::Date, true);
    const auto kind = vocabulary(reader, Field::Type, kEventKinds, "other");
    if (!reader.ok() || !occurred)
        return false;
    // "Layoffs" stored as a restructuring keeps its own word before the description.
    std::string description(reader.text(Field::Comment));
    const std::string word(reader.text(Field::Type));
    if (!word.empty() && folded(word) != *kind)
        description = description.empty() ? word : word + ": " + description;
    row.values = {dateValue(occurred), *kind,
                  description.empty() ? SqlValue{} : SqlValue{description}};
    return true;
}

} // namespace

const SignalTable& signalTable(Kind kind)
{
    static const SignalTable contacts{"contacts",
                                      {"external_id", "name", "email", "title", "role",
                                       "created_on", "last_active_on", "left_on"}};
    static const SignalTable usage{
        "usage",
        {"period_start", "period_days", "active_users", "sessions", "key_events"},
        false,
        nullptr,
        true};
    static const SignalTable tickets{
        "tickets",
        {"external_id", "opened_on", "closed_on", "priority", "type", "escalated", "subject"}};
    static const SignalTable surveys{
        "survey_responses",
        {"contact_id", "external_id", "responded_on", "kind", "score", "comment"},
        true,
        "contact_id"};
    static const SignalTable requests{
        "feature_requests",
        {"contact_id", "external_id", "requested_on", "title", "kind", "status"},
        true,
        "contact_id"};
    static const SignalTable goals{
        "goals", {"title", "metric", "target", "achieved", "due_on", "achieved_on", "status"}};
    static const SignalTable activities{"actions",
                                        {"contact_id", "source", "external_id", "occurred_on",
                                         "kind", "summary", "outcome", "created_by", "direction"},
                                        true,
                                        "contact_id"};
    // Written by MilestoneWriter into the account's own row, not inserted.
    static const SignalTable milestones{"accounts", {"onboarding_target_on", "go_live_on"}, false};
    static const SignalTable events{"account_events", {"occurred_on", "kind", "description"}};
    switch (kind) {
    case Kind::Activities:
        return activities;
    case Kind::Milestones:
        return milestones;
    case Kind::AccountEvents:
        return events;
    case Kind::Contacts:
        return contacts;
    case Kind::Usage:
        return usage;
    case Kind::Tickets:
        return tickets;
    case Kind::Surveys:
        return surveys;
    case Kind::FeatureRequests:
        return requests;
    default:
        return goals;
    }
}

std::vector<const char*> signalKeys(Kind kind, const RowReader& reader)
{
    const bool hasId = reader.has(Field::ExternalId);
    switch (kind) {
    case Kind::Contacts:
        if (hasId)
            return {"external_id"};
        return {reader.has(Field::Email) ? "email" : "name"};
    case Kind::Usage:
        return {"period_start", "period_days"};
    case Kind::Tickets:
        return {"external_id"};
    case Kind::Surveys:
        if (hasId)
            return {"external_id"};
        return {"responded_on", "kind", "contact_id"};
    case Kind::FeatureRequests:
        if (hasId)
            return {"external_id"};
        return {"title"};
    case Kind::Activities:
        if (hasId)
            return {"source", "external_id"};
        return {"occurred_on", "kind", "summary"};
    case Kind::Milestones:
        return {};
    case Kind::AccountEvents:
        return {"occurred_on", "kind"};
    default:
        return {"title"};
    }
}

Built buildSignal(RowReader& reader, const BuildContext& context, TextArena& text, SignalRow& row)
{
    row.line = reader.line();
    requireAccount(reader);
    // A respondent who stopped before the score question (Typeform's partial
    // responses, a skipped question) gave no answer: passed over, not refused.
    if (context.kind == Kind::Surveys && reader.isEmpty(Field::Score) && reader.ok())
        return Built::Ignored;
    bool built = false;
    switch (context.kind) {
    case Kind::Activities:
        built = buildActivity(reader, context.source.toStdString(), row);
        break;
    case Kind::Milestones:
        built = buildMilestones(reader, row);
        break;
    case Kind::AccountEvents:
        built = buildEvent(reader, row);
        break;
    case Kind::Contacts:
        built = buildContact(reader, row);
        break;
    case Kind::Usage:
        built = buildUsage(reader, row);
        break;
    case Kind::Tickets:
        built = buildTicket(reader, row);
        break;
    case Kind::Surveys:
        built = buildSurvey(reader, row);
        break;
    case Kind::FeatureRequests:
        built = buildRequest(reader, row);
        break;
    default:
        built = buildGoal(reader, row);
        break;
    }
    if (!built)
        return Built::Rejected;
    row.customer = readCustomer(reader, text);
    row.personEmail = std::string(reader.text(Field::Email));
    // An activity's contact column may hold the contact's email.
    if (row.personEmail.empty() && reader.text(Field::ContactName).find('@') != std::string::npos)
        row.personEmail = std::string(reader.text(Field::ContactName));
    return Built::Row;
}

} // namespace tenure::import
