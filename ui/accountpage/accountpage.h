#pragma once

#include "accountsection.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace tenure::store {
class BookDocument;
}

namespace tenure::account {
struct AccountDetail;
}

namespace tenure::ui {

class AccountHeader;
class AccountWorkPanel;
class BookFollower;
class DecompositionView;
class JobRunner;
class MrrChart;
class ReasonsPanel;
class RecordTable;
class UsageChart;

// What the worker hands back, twice: the account as soon as it is read, then
// with the calibrated chance of loss, which scores the book at past quarter
// ends and takes longer. A null detail: there is no such account.
struct AccountPageLoad
{
    std::shared_ptr<const account::AccountDetail> detail;
    QString lossChance; // the sentence, or why there is none
    bool lossChanceKnown = false;
};

// One account: its header facts, the risk reasons that lead to their
// evidence, the health score taken apart, MRR and usage charts, tickets,
// surveys, contacts, goals and one timeline of everything. Loads on a worker,
// and again whenever the book changes for this account.
class AccountPage : public QWidget
{
    Q_OBJECT
public:
    explicit AccountPage(QWidget* parent = nullptr);

    // The open book (null: none, and the page is cleared); the Plays and
    // Actions tab writes the account's work to it.
    void setDocument(store::BookDocument* document);
    // Reads the account as of the page's date (today unless setAsOf was called).
    void showAccount(qint64 accountId);
    void clear();
    // The date the page reads the book as of; an invalid date means today.
    void setAsOf(const QDate& asOf);
    // Who plays started on the page are started by.
    void setOwner(const QString& owner);
    AccountWorkPanel* workPanel() const { return m_work; }

    // Where Back goes, e.g. "Today"; the accounts list unless set.
    void setBackTo(const QString& place);

    // Until the account read last is on the page (or its error is), not merely read.
    bool isLoading() const;
    const account::AccountDetail* detail() const { return m_detail.get(); }
    AccountSection currentSection() const;
    void showSection(AccountSection section);

Q_SIGNALS:
    void backRequested();
    void loaded();
    void loadFailed(const QString& message);

private:
    QWidget* buildTopBar();
    QWidget* buildContent();
    void reload();
    void showLoaded(const AccountPageLoad& load);
    void showTimeline(const account::AccountDetail& detail);

    QDate m_asOf;
    qint64 m_accountId = 0;
    std::shared_ptr<const account::AccountDetail> m_detail;
    BookFollower* m_follower;
    JobRunner* m_job;
    QPushButton* m_back;
    QLabel* m_title;
    QLabel* m_message;
    QStackedWidget* m_stack;
    AccountHeader* m_header;
    ReasonsPanel* m_reasons;
    QTabWidget* m_sections;
    DecompositionView* m_decomposition;
    MrrChart* m_mrr;
    UsageChart* m_usage;
    RecordTable* m_tickets;
    RecordTable* m_surveys;
    RecordTable* m_contacts;
    RecordTable* m_goals;
    RecordTable* m_timeline;
    AccountWorkPanel* m_work;
};

} // namespace tenure::ui
