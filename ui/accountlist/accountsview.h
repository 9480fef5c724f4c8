#pragma once

#include "accountlist/accountlist.h"
#include "accountlist/listhealth.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace tenure::accounts {
class AccountFilterModel;
class AccountTableModel;
} // namespace tenure::accounts

namespace tenure::store {
class BookDocument;
}

namespace tenure::ui {

class BookFollower;
class EmptyState;
class JobRunner;

// What the worker hands back, in stages so the list shows before its health
// columns: first the list, then health (or why it could not be scored), then
// the change of health over the trend's days.
struct AccountListLoad
{
    enum class Stage { List, Health, Trend };
    Stage stage = Stage::List;
    accounts::AccountList list;
    accounts::HealthColumns health;
    QString healthError;
    accounts::HealthById changes;
};

// Every account in the book, with a quick name filter, owner, segment, risk
// reason and quadrant filters, and sorting by any column. The list loads on a worker thread.
class AccountsView : public QWidget
{
    Q_OBJECT
public:
    explicit AccountsView(QWidget* parent = nullptr);

    // Lists the book's accounts as of today, again whenever they may have
    // changed; null clears the list. The health columns fill in once
    // computed, on the same worker.
    void setDocument(store::BookDocument* document);
    bool isLoading() const;
    // Sorts by risk × ARR, the most revenue at risk first.
    void sortByRisk();
    int visibleAccounts() const;
    int totalAccounts() const;
    // What a one-to-many play runs on: the selected accounts or, when none is
    // selected, every account the filters show.
    QList<qint64> chosenAccounts() const;

Q_SIGNALS:
    void loaded(int accounts);
    void healthLoaded();
    void loadFailed(const QString& message);
    void accountActivated(qint64 accountId, const QString& name);
    void playRequested(const QList<qint64>& accounts);
    void mergeRequested(qint64 accountId, const QString& name); // "Merge into…"

private:
    void buildFilterBar(QHBoxLayout* bar);
    void reload();
    void showStage(AccountListLoad result);
    void showList(AccountListLoad result);
    void showFailure(const QString& message);
    void updateCount();
    void fillCombo(QComboBox* combo, const QString& allText, const QStringList& values);
    void openAccount(const QModelIndex& index);
    void showContextMenu(const QPoint& position);

    accounts::AccountTableModel* m_model;
    accounts::AccountFilterModel* m_filter;
    BookFollower* m_follower;
    JobRunner* m_job;
    QLineEdit* m_search;
    QComboBox* m_owner;
    QComboBox* m_segment;
    QComboBox* m_reason;
    QComboBox* m_quadrant;
    QLabel* m_count;
    QPushButton* m_runPlay;
    QStackedWidget* m_stack;
    QTableView* m_table;
    EmptyState* m_failure;
};

} // namespace tenure::ui
