#include "accountpage.h"

#include "accountcharts.h"
#include "accountheader.h"
#include "accountpage/accountdetail.h"
#include "accountpage/accountpagetables.h"
#include "common/backgroundjob.h"
#include "common/bookfollower.h"
#include "decompositionview.h"
#include "health/calibration.h"
#include "metrics/currency.h"
#include "playbooks/accountworkpanel.h"
#include "reasonspanel.h"
#include "recordtable.h"
#include "store/bookdocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tenure::ui {

namespace {

enum Page { Message, Content };

QString lossChanceSentence(const health::Calibration& calibration,
                           const account::AccountDetail& detail)
{
    if (!detail.paying)
        return {};
    const auto probability = health::probabilityFor(calibration, detail.score.overall);
    if (!probability.value)
        return AccountPage::tr("No calibrated chance of loss: %1").arg(probability.reason);
    // At least kCalibrationMinQuarterEnds quarter ends: always a plural.
    return AccountPage::tr("Accounts scored like this one churned or contracted %1% of the time "
                           "within %2 days (from this book's last %3 quarter ends).")
        .arg(std::lround(*probability.value * 100))
        .arg(calibration.horizonDays)
        .arg(calibration.quarterEnds);
}

using Detail = std::shared_ptr<const account::AccountDetail>;

int openTickets(const account::AccountDetail& detail)
{
    return static_cast<int>(
        std::count_if(detail.tickets.begin(), detail.tickets.end(),
                      [](const auto& ticket) { return !ticket.closed.isValid(); }));
}

} // namespace

AccountPage::AccountPage(QWidget* parent)
    : QWidget(parent)
    // The page shows everything of the account: any change to it counts.
    , m_follower(new BookFollower(this, store::BookChange::Everything, [this] { reload(); }))
    , m_job(new JobRunner(this))
{
    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->insertWidget(Message, m_message);
    m_stack->insertWidget(Content, buildContent());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildTopBar());
    layout->addWidget(m_stack, 1);

    connect(m_job, &JobRunner::failed, this, [this](const QString& message) {
        m_message->setText(message);
        m_stack->setCurrentIndex(Message);
        Q_EMIT loadFailed(message);
    });
    connect(m_reasons, &ReasonsPanel::evidenceRequested, this,
            [this](health::EvidenceSource source) { showSection(sectionFor(source)); });
    connect(m_reasons, &ReasonsPanel::playsRequested, this,
            [this] { showSection(AccountSection::Work); });
    connect(m_work, &AccountWorkPanel::suggestionsChanged, m_reasons,
            &ReasonsPanel::setSuggestedPlays);
    clear();
}

QWidget* AccountPage::buildTopBar()
{
    auto* bar = new QWidget(this);
    m_back = new QPushButton(bar);
    m_back->setObjectName(QStringLiteral("back"));
    setBackTo(tr("Accounts"));
    connect(m_back, &QPushButton::clicked, this, &AccountPage::backRequested);
    m_title = new QLabel(bar);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_back);
    layout->addWidget(m_title, 1);
    return bar;
}

QWidget* AccountPage::buildContent()
{
    auto* content = new QWidget(this);
    m_header = new AccountHeader(content);
    m_reasons = new ReasonsPanel(content);

    m_sections = new QTabWidget(content);
    m_decomposition = new DecompositionView(m_sections);
    m_usage = new UsageChart(m_sections);
    m_mrr = new MrrChart(m_sections);
    m_tickets = new RecordTable(tr("Tickets"), m_sections);
    m_surveys = new RecordTable(tr("Survey answers"), m_sections);
    m_contacts = new RecordTable(tr("Contacts"), m_sections);
    m_goals = new RecordTable(tr("Success-plan goals"), m_sections);
    m_timeline = new RecordTable(tr("Timeline"), m_sections);
    m_work = new AccountWorkPanel(m_sections);
    // In AccountSection's order.
    m_sections->addTab(m_decomposition, tr("Health"));
    m_sections->addTab(m_usage, tr("Usage"));
    m_sections->addTab(m_mrr, tr("Billing"));
    m_sections->addTab(m_tickets, tr("Tickets"));
    m_sections->addTab(m_surveys, tr("Surveys"));
    m_sections->addTab(m_contacts, tr("Contacts"));
    m_sections->addTab(m_goals, tr("Goals"));
    m_sections->addTab(m_timeline, tr("Timeline"));
    m_sections->addTab(m_work, tr("Plays && Actions"));

    auto* splitter = new QSplitter(Qt::Horizontal, content);
    splitter->addWidget(m_reasons);
    splitter->addWidget(m_sections);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({470, 930});
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(splitter, 1);
    return content;
}

void AccountPage::setAsOf(const QDate& asOf)
{
    m_asOf = asOf;
}

void AccountPage::setBackTo(const QString& place)
{
    m_back->setText(tr("← %1").arg(place));
    m_back->setAccessibleName(tr("Back to %1").arg(place));
    m_back->setShortcut(QKeySequence::Back); // setText drops a shortcut the text does not carry
}

void AccountPage::setDocument(store::BookDocument* document)
{
    m_accountId = 0; // an account of another book
    m_work->setDocument(document);
    m_follower->setDocument(document);
}

void AccountPage::setOwner(const QString& owner)
{
    m_work->setOwner(owner);
}

void AccountPage::showTimeline(const account::AccountDetail& detail)
{
    m_timeline->setTable(account::timelineTable(detail, QLocale()),
                         tr("%n event(s): actions, billing movements, tickets, surveys, requests "
                            "and customer events, newest first",
                            nullptr, static_cast<int>(detail.timeline.size())),
                         tr("Nothing has happened on this account yet."));
}

void AccountPage::showAccount(qint64 accountId)
{
    m_accountId = accountId;
    m_follower->setAccount(accountId);
    m_message->setText(tr("Reading the account…"));
    m_stack->setCurrentIndex(Message);
    m_title->setText({});
    m_detail.reset(); // the account shown before is no longer on the page
    m_work->clear();
    reload();
}

// Read again after a change, the page keeps showing the account until the new reading is in.
void AccountPage::reload()
{
    const store::BookDocument* document = m_follower->document();
    if (!document || m_accountId == 0) {
        clear();
        return;
    }
    const QDate asOf = m_asOf.isValid() ? m_asOf : QDate::currentDate();
    m_job->start<AccountPageLoad>(
        document->path(),
        [accountId = m_accountId, asOf](JobContext<AccountPageLoad>& job) {
            auto read = account::loadAccountDetail(job.book(), accountId, asOf);
            if (!read)
                return AccountPageLoad{};
            const Detail detail = std::make_shared<const account::AccountDetail>(std::move(*read));
            job.deliver({detail, {}, false});
            const QString lossChance =
                lossChanceSentence(health::calibrateLosses(job.book(), asOf, &job), *detail);
            return AccountPageLoad{detail, lossChance, true};
        },
        [this](const AccountPageLoad& load) { showLoaded(load); });
}

void AccountPage::clear()
{
    m_job->cancel();
    m_accountId = 0;
    m_follower->setAccount(0);
    m_detail.reset();
    m_work->clear();
    m_title->setText({});
    m_message->setText(tr("Open an account from the Accounts list to see it here."));
    m_stack->setCurrentIndex(Message);
}

bool AccountPage::isLoading() const
{
    return m_job->isRunning();
}

AccountSection AccountPage::currentSection() const
{
    return static_cast<AccountSection>(m_sections->currentIndex());
}

void AccountPage::showSection(AccountSection section)
{
    m_sections->setCurrentIndex(static_cast<int>(section));
}

void AccountPage::showLoaded(const AccountPageLoad& load)
{
    if (load.lossChanceKnown && load.detail && load.detail == m_detail) {
        m_reasons->setLossChance(load.lossChance); // the rest is on the page already
        return;
    }
    const Detail& read = load.detail;
    if (!read) {
        const QString message = tr("There is no account #%1 in this book.").arg(m_accountId);
        m_message->setText(message);
        m_stack->setCurrentIndex(Message);
        Q_EMIT loadFailed(message);
        return;
    }
    m_detail = read;
    const account::AccountDetail& detail = *m_detail;
    const QLocale locale;
    m_title->setText(tr("Account #%1").arg(detail.facts.id));
    m_header->setDetail(detail);
    m_reasons->setDetail(detail);
    m_reasons->setLossChance(load.lossChanceKnown
                                 ? load.lossChance
                                 : tr("Working out how often accounts scored like this one "
                                      "were lost…"));
    m_decomposition->setDetail(detail);
    m_usage->setDetail(detail);
    m_mrr->setDetail(detail);
    m_work->showAccount(detail.facts.id, detail.moment);
    const auto count = [](const auto& rows) {
        return static_cast<int>(rows.size());
    };
    m_tickets->setTable(account::ticketsTable(detail, locale),
                        tr("%1, %2").arg(tr("%n ticket(s)", nullptr, count(detail.tickets)),
                                         tr("%n open", nullptr, openTickets(detail))),
                        tr("No tickets."));
    m_surveys->setTable(account::surveysTable(detail, locale),
                        tr("%n survey answer(s), newest first", nullptr, count(detail.surveys)),
                        tr("No survey answers."));
    m_contacts->setTable(account::contactsTable(detail, locale),
                         tr("%n contact(s). Gone dark: no activity for more than the "
                            "threshold; left: no longer at the customer.",
                            nullptr, count(detail.contacts)),
                         tr("No contacts."));
    m_goals->setTable(account::goalsTable(detail, locale),
                      tr("%n success-plan goal(s), by due date", nullptr, count(detail.goals)),
                      tr("No success-plan goals. Agreeing goals is the first step against "
                         "\"no value\" churn."));
    showTimeline(detail);
    m_stack->setCurrentIndex(Content);
    Q_EMIT loaded();
}

} // namespace tenure::ui
