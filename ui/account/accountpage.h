#pragma once

#include "accountsection.h"

#include <QDate>
#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QUndoStack;

namespace tenure::store {
class Connection;
}

namespace tenure::account {
struct AccountDetail;
}

namespace tenure::ui {

class AccountHeader;
class AccountWorkPanel;
class DecompositionView;
class MrrChart;
class ReasonsPanel;
class RecordTable;
class UsageChart;

// What the worker hands back: the account, or why it could not be shown.
struct AccountPageLoad
{
    std::shared_ptr<const account::AccountDetail> detail;
    QString error;
    QString lossChance; // the calibrated probability's sentence, or why there is none
};

// One account: its header facts, the risk reasons that lead to their
// evidence, the health score taken apart, MRR and usage charts, tickets,
// surveys, contacts, goals and one timeline of everything. Loads on a worker.
class AccountPage : public QWidget
{
    Q_OBJECT
public:
    explicit AccountPage(QWidget* parent = nullptr);
    ~AccountPage() override;

    // Reads the account as of the page's date (today unless setAsOf was called).
    void showAccount(const QString& bookPath, qint64 accountId);
    void clear();
    // The date the page reads the book as of; an invalid date means today.
    void setAsOf(const QDate& asOf);
    // Where the Plays and Actions tab reads and writes the account's work; without
    // it (no connection) the tab stays disabled.
    void setWorkContext(store::Connection* connection, QUndoStack* undo, const QString& owner = {});
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
    void showLoaded();
    void showTimeline(const account::AccountDetail& detail);
    void refreshTimeline();

    QDate m_asOf;
    bool m_loading = false;
    store::Connection* m_connection = nullptr; // the window's, for the work on the account
    QMetaObject::Connection m_undoConnection;
    std::shared_ptr<const account::AccountDetail> m_detail;
    QFutureWatcher<AccountPageLoad> m_watcher;
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
