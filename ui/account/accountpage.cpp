#include "accountpage.h"

#include "account/accountdetail.h"
#include "account/accounttables.h"
#include "accountcharts.h"
#include "accountheader.h"
#include "decompositionview.h"
#include "health/calibration.h"
#include "metrics/currency.h"
#include "playbooks/accountworkpanel.h"
#include "reasonspanel.h"
#include "recordtable.h"
#include "store/book.h"
#include "store/bookerror.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMutex>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

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

// A file's modification time and size, or nothing when it is not there.
QString fileStamp(const QString& file)
{
    const QFileInfo info(file);
    return info.exists() ? QStringLiteral("%1/%2")
                               .arg(info.lastModified().toMSecsSinceEpoch())
                               .arg(info.size())
                         : QString();
}

// The book's calibration on one day, kept while the book's files (and its
// write-ahead log) are unchanged: it scores the book at up to 8 past quarter
// ends, too much to repeat for every account opened.
health::Calibration calibrationOf(store::Connection& connection, const QString& path,
                                  const QDate& asOf)
{
    static QMutex mutex;
    static QString cachedKey;
    static health::Calibration cached;
    const QString key = QStringList{path, asOf.toString(Qt::ISODate), fileStamp(path),
                                    fileStamp(path + QStringLiteral("-wal"))}
                            .join(u'|');
    {
        const QMutexLocker lock(&mutex);
        if (key == cachedKey)
            return cached;
    }
    health::Calibration calibration = health::calibrateLosses(connection, asOf);
    const QMutexLocker lock(&mutex);
    cachedKey = key;
    cached = calibration;
    return calibration;
}

AccountPageLoad loadInBackground(const QString& path, qint64 accountId, const QDate& asOf)
{
    try {
        auto book = store::Book::open(path, store::Book::Access::ReadOnly);
        auto detail = account::loadAccountDetail(book->connection(), accountId, asOf);
        if (!detail)
            return {nullptr,
                    AccountPage::tr("There is no account #%1 in this book.").arg(accountId),
                    {}};
        const QString lossChance =
            lossChanceSentence(calibrationOf(book->connection(), path, asOf), *detail);
        return {std::make_shared<const account::AccountDetail>(std::move(*detail)), {}, lossChance};
    } catch (const store::BookError& error) {
        return {nullptr, error.message(), {}};
    } catch (const metrics::MissingRate& missing) {
        return {nullptr, missing.message(), {}};
    }
}

int openTickets(const account::AccountDetail& detail)
{
    return static_cast<int>(
        std::count_if(detail.tickets.begin(), detail.tickets.end(),
                      [](const auto& ticket) { return !ticket.closed.isValid(); }));
}

} // namespace

AccountPage::AccountPage(QWidget* parent)
    : QWidget(parent)
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

    connect(&m_watcher, &QFutureWatcher<AccountPageLoad>::finished, this, &AccountPage::showLoaded);
    connect(m_reasons, &ReasonsPanel::evidenceRequested, this,
            [this](health::EvidenceSource source) { showSection(sectionFor(source)); });
    connect(m_reasons, &ReasonsPanel::playsRequested, this,
            [this] { showSection(AccountSection::Work); });
    connect(m_work, &AccountWorkPanel::suggestionsChanged, m_reasons,
            &ReasonsPanel::setSuggestedPlays);
    clear();
}

AccountPage::~AccountPage()
{
    m_watcher.waitForFinished();
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

void AccountPage::setWorkContext(store::Connection* connection, QUndoStack* undo,
                                 const QString& owner)
{
    m_connection = connection;
    m_work->setContext(connection, undo, owner);
    disconnect(m_undoConnection);
    if (undo) // an action logged, edited or undone belongs on the timeline at once
        m_undoConnection =
            connect(undo, &QUndoStack::indexChanged, this, &AccountPage::refreshTimeline);
}

void AccountPage::refreshTimeline()
{
    if (!m_connection || !m_detail || m_loading)
        return;
    m_detail = std::make_shared<const account::AccountDetail>(
        account::withFreshTimeline(*m_connection, *m_detail));
    showTimeline(*m_detail);
}

void AccountPage::showTimeline(const account::AccountDetail& detail)
{
    m_timeline->setTable(account::timelineTable(detail, QLocale()),
                         tr("%n event(s): actions, billing movements, tickets, surveys, requests "
                            "and customer events, newest first",
                            nullptr, static_cast<int>(detail.timeline.size())),
                         tr("Nothing has happened on this account yet."));
}

void AccountPage::showAccount(const QString& bookPath, qint64 accountId)
{
    m_message->setText(tr("Reading the account…"));
    m_stack->setCurrentIndex(Message);
    m_title->setText({});
    m_detail.reset(); // the account shown before is no longer on the page
    m_work->clear();
    m_loading = true;
    const QDate asOf = m_asOf.isValid() ? m_asOf : QDate::currentDate();
    m_watcher.setFuture(QtConcurrent::run(loadInBackground, bookPath, accountId, asOf));
}

void AccountPage::clear()
{
    m_watcher.setFuture({});
    m_loading = false;
    m_detail.reset();
    m_work->clear();
    m_title->setText({});
    m_message->setText(tr("Open an account from the Accounts list to see it here."));
    m_stack->setCurrentIndex(Message);
}

bool AccountPage::isLoading() const
{
    return m_loading;
}

AccountSection AccountPage::currentSection() const
{
    return static_cast<AccountSection>(m_sections->currentIndex());
}

void AccountPage::showSection(AccountSection section)
{
    m_sections->setCurrentIndex(static_cast<int>(section));
}

void AccountPage::showLoaded()
{
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
        return;
    m_loading = false;
    const AccountPageLoad result = m_watcher.result();
    if (!result.detail) {
        m_message->setText(result.error);
        Q_EMIT loadFailed(result.error);
        return;
    }
    m_detail = result.detail;
    const account::AccountDetail& detail = *m_detail;
    const QLocale locale;
    m_title->setText(tr("Account #%1").arg(detail.facts.id));
    m_header->setDetail(detail);
    m_reasons->setDetail(detail);
    m_reasons->setLossChance(result.lossChance);
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
