#pragma once

#include "today/todaybrief.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tenure::store {
class BookDocument;
}

namespace tenure::ui {

class BookFollower;
class JobRunner;
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
    // The open book (null: none), read again on a worker whenever it changes.
    void setDocument(store::BookDocument* document);
    void setToday(const QDate& today);   // today by default; tests set it
    void setOwner(const QString& owner); // empty: everyone
    // The owner whose book Today shows: who the user works as (plays they start are theirs).
    QString owner() const;
    void refresh();
    void markReviewed();
    // Until the result is shown, not merely computed.
    bool isBusy() const;
    const today::TodayBrief& brief() const { return m_brief; }
    QTreeWidget* atRiskList() const { return m_atRisk; }

Q_SIGNALS:
    void accountActivated(qint64 accountId);
    void refreshed();

private:
    void bookChanged();
    void show(today::TodayBrief brief);
    void showForecast();
    void showKpis();
    QTreeWidget* list(const QStringList& headers, const QString& name);

    BookFollower* m_follower;
    JobRunner* m_job;
    QDate m_today = QDate::currentDate();
    today::TodayBrief m_brief;
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
