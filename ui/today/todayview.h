#pragma once

#include "today/todaybrief.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tenure::store {
class Connection;
}

namespace tenure::ui {

class OwnerChooser;

class KpiCard;

// The page a book opens on: for the chosen owner (remembered; everyone for a
// manager) the book's KPIs, at-risk accounts by risk × ARR with their top
// reason, renewals in the next 90 and 180 days, tasks overdue and due today,
// and what changed since the owner's last review. Everything opens the account.
class TodayView : public QWidget
{
    Q_OBJECT
public:
    explicit TodayView(QWidget* parent = nullptr);
    ~TodayView() override;
    // The open book, its path (read again on a worker) and the window's
    // connection (owners, marking the review); null: none.
    void setBook(const QString& path, store::Connection* connection);
    void setToday(const QDate& today);   // today by default; tests set it
    void setOwner(const QString& owner); // empty: everyone
    // The owner whose book Today shows: who the user works as (plays they start are theirs).
    QString owner() const;
    void refresh();
    void markReviewed();
    // Until the result is shown, not merely computed.
    bool isBusy() const { return m_loading; }
    const today::TodayBrief& brief() const { return m_brief; }
    QTreeWidget* atRiskList() const { return m_atRisk; }

Q_SIGNALS:
    void accountActivated(qint64 accountId);
    void refreshed();

private:
    struct Load
    {
        today::TodayBrief brief;
        QString error;
    };
    void show(const Load& load);
    void showKpis();
    QTreeWidget* list(const QStringList& headers, const QString& name);

    QString m_path;
    store::Connection* m_connection = nullptr;
    QDate m_today = QDate::currentDate();
    today::TodayBrief m_brief;
    QFutureWatcher<Load> m_watcher;
    bool m_refreshAgain = false;
    bool m_loading = false;
    OwnerChooser* m_owner;
    QLabel* m_caption;
    QPushButton* m_reviewed;
    std::vector<KpiCard*> m_cards;
    QLabel* m_forecast;
    QTreeWidget* m_atRisk;
    QTreeWidget* m_renewals;
    QTreeWidget* m_tasks;
    QTreeWidget* m_changes;
};

} // namespace tenure::ui
