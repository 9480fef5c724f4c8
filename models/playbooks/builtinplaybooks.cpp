#include "builtinplaybooks.h"

#include "health/riskreason.h"

#include <QCoreApplication>

namespace tenure::playbooks {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::playbooks::Builtin)
};

using K = WorkKind;

Playbook play(const char* code, QString name, QString description, TriggerKind trigger,
              QString triggerValue, std::vector<PlaybookStep> steps, bool oneToMany = false)
{
    return {QLatin1String(code),
            std::move(name),
            std::move(description),
            trigger,
            std::move(triggerValue),
            {},
            oneToMany,
            true,
            std::move(steps)};
}

// One play per churn cause, from the remedies in the domain notes.
std::vector<Playbook> reasonPlays()
{
    namespace r = health::reason;
    const auto T = TriggerKind::RiskReason;
    return {
        play("no_value", Messages::tr("Prove the value"),
             Messages::tr("Agree measurable ROI goals, hit them and report the value delivered."),
             T, r::NoValue,
             {{Messages::tr("Agree ROI goals with the sponsor"), K::Meeting, 3, {}},
              {Messages::tr("Write the goals into the success plan"), K::Note, 5, {}},
              {Messages::tr("Report adoption numbers and money saved"), K::Qbr, 30, {}}}),
        play("stalled_onboarding", Messages::tr("Restart onboarding"),
             Messages::tr("Break the implementation into phases and give early hands-on help."), T,
             r::StalledOnboarding,
             {{Messages::tr("Call the project lead: what blocks go-live?"), K::Call, 1, {}},
              {Messages::tr("Agree a phased plan with dates"), K::Meeting, 5, {}},
              {Messages::tr("Hands-on working session with the admins"), K::Training, 10, {}},
              {Messages::tr("Check the first phase is live"), K::Call, 30, {}}}),
        play("sponsor_change", Messages::tr("Sponsor change"),
             Messages::tr("Find and meet a backup sponsor, reach the executive, train the new "
                          "admin."),
             T, r::SponsorChange,
             {{Messages::tr("Find a backup sponsor among the active contacts"), K::Note, 2, {}},
              {Messages::tr("Meet the executive sponsor"), K::Meeting, 7, {}},
              {Messages::tr("Train the new admin"), K::Training, 14, {}}}),
        play("low_adoption", Messages::tr("Re-engage users"),
             Messages::tr("Find why features are not sticky, re-engage users and train them."), T,
             r::LowAdoption,
             {{Messages::tr("Review which features and teams dropped off"), K::Note, 2, {}},
              {Messages::tr("Call the admin about unused licences"), K::Call, 5, {}},
              {Messages::tr("Run a training for the inactive teams"), K::Training, 14, {}},
              {Messages::tr("Check weekly active users again"), K::Note, 30, {}}}),
        play("product_gap", Messages::tr("Product gap"),
             Messages::tr("Collect the requests for product and share the roadmap."), T,
             r::ProductGap,
             {{Messages::tr("Log the requests with product"), K::Note, 2, {}},
              {Messages::tr("Share the roadmap with the customer"), K::Meeting, 14, {}}}),
        play("support_problems", Messages::tr("Support recovery"),
             Messages::tr("Track the open tickets and escalations to closure and tell the "
                          "customer."),
             T, r::SupportProblems,
             {{Messages::tr("Review open and escalated tickets with support"), K::Meeting, 1, {}},
              {Messages::tr("Call the customer with a plan"), K::Call, 2, {}},
              {Messages::tr("Confirm the tickets are resolved"), K::Email, 14, {}}}),
        play("negative_feedback", Messages::tr("Close the loop"),
             Messages::tr("Respond to the detractor, act, and tell them what you did."), T,
             r::NegativeFeedback,
             {{Messages::tr("Call the detractor"), K::Call, 2, {}},
              {Messages::tr("Tell them what was done"), K::Email, 21, {}}}),
        play("no_proactive_contact", Messages::tr("Proactive check-in"),
             Messages::tr("Reach out before the customer has to."), T, r::NoProactiveContact,
             {{Messages::tr("Check-in call"), K::Call, 3, {}},
              {Messages::tr("Send the quarterly survey"), K::Email, 7, {}}}),
        play("customer_event", Messages::tr("Customer event"),
             Messages::tr("Follow the champion, map the acquirer or the new organisation."), T,
             r::CustomerEvent,
             {{Messages::tr("Learn what changed from the champion"), K::Call, 2, {}},
              {Messages::tr("Map the new decision makers"), K::Note, 7, {}},
              {Messages::tr("Meet the new leadership"), K::Meeting, 21, {}}}),
        play("contraction", Messages::tr("Win back the contraction"),
             Messages::tr("Understand the downgrade and rebuild the case for the seats."), T,
             r::Contraction,
             {{Messages::tr("Ask why they reduced"), K::Call, 3, {}},
              {Messages::tr("Present value per team"), K::Meeting, 21, {}}}),
        play("renewal_risk", Messages::tr("Save the renewal"),
             Messages::tr("A renewal is near and the account is at risk: meet the buyer early."), T,
             r::RenewalRisk,
             {{Messages::tr("Executive business review"), K::Qbr, 7, {}},
              {Messages::tr("Send the renewal proposal"), K::Email, 14, {}},
              {Messages::tr("Confirm the decision"), K::Call, 30, {}}}),
    };
}

// Lifecycle plays and one-to-many plays for the long tail.
std::vector<Playbook> lifecycleAndLowTouchPlays()
{
    const auto L = TriggerKind::Lifecycle;
    const auto M = TriggerKind::Manual;
    return {
        play("after_onboarding", Messages::tr("30 days after go-live"),
             Messages::tr("Send the best-practice article a month after onboarding."), L,
             lifecycle::AfterOnboarding,
             {{Messages::tr("Send the best-practice article"), K::Email, 0, {}}}),
        play("before_renewal", Messages::tr("60 days before renewal"),
             Messages::tr("Executive content ahead of the renewal."), L, lifecycle::BeforeRenewal,
             {{Messages::tr("Send the executive value summary"), K::Email, 0, {}},
              {Messages::tr("Book the renewal meeting"), K::Meeting, 14, {}}}),
        play("power_user_inactive", Messages::tr("Power user nudge"),
             Messages::tr("A power user has not logged in for 14 days."), L,
             lifecycle::PowerUserInactive,
             {{Messages::tr("Nudge the power user"), K::Email, 0, {}}}),
        play("feature_training", Messages::tr("New-feature training"),
             Messages::tr("Users who have not tried a feature released 60 days ago."), L,
             lifecycle::FeatureUnused,
             {{Messages::tr("Invite to the feature training"), K::Training, 0, {}}}),
        play("webinar", Messages::tr("Webinar"),
             Messages::tr("One-to-many: invite the accounts to a webinar."), M, {},
             {{Messages::tr("Webinar invitation"), K::Webinar, 0, {}}}, true),
        play("community", Messages::tr("Community invitation"),
             Messages::tr("One-to-many: invite users to the community."), M, {},
             {{Messages::tr("Community invitation"), K::Email, 0, {}}}, true),
        play("user_group", Messages::tr("User group"),
             Messages::tr("One-to-many: invite power users to a user group."), M, {},
             {{Messages::tr("User-group invitation"), K::Email, 0, {}}}, true),
        play("newsletter", Messages::tr("Newsletter"),
             Messages::tr("One-to-many: the customer newsletter."), M, {},
             {{Messages::tr("Newsletter"), K::Email, 0, {}}}, true),
        play("advisory_board", Messages::tr("Advisory board"),
             Messages::tr("One-to-many: invite executive sponsors to the advisory board."), M, {},
             {{Messages::tr("Advisory-board invitation"), K::Email, 0, {}}}, true),
    };
}

} // namespace

std::vector<Playbook> builtinPlaybooks()
{
    std::vector<Playbook> all = reasonPlays();
    for (Playbook& playbook : lifecycleAndLowTouchPlays())
        all.push_back(std::move(playbook));
    return all;
}

} // namespace tenure::playbooks
