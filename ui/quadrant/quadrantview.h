#pragma once

#include "health/quadrantmap.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QStackedWidget;

namespace tenure::store {
class BookDocument;
}

namespace tenure::ui {

class BacktestPanel;
class BookFollower;
class EmptyState;
class JobRunner;
class QuadrantChart;

// The outcome × experience area: every paying account on the two-by-two,
// filtered by owner and segment, the four quadrants explained beside it, the
// hovered or selected account's scores and trail, and the back-test of the
// health score. The book is read and scored on a worker; the trails, which
// score it again at each past quarter end, follow on a second pass.
class QuadrantView : public QWidget
{
    Q_OBJECT
public:
    explicit QuadrantView(QWidget* parent = nullptr);

    void setDocument(store::BookDocument* document); // null: clear
    // The date the book is scored as of; today unless set (tests fix it).
    void setAsOf(const QDate& asOf) { m_asOf = asOf; }
    bool isBusy() const;
    std::shared_ptr<const health::QuadrantMap> map() const { return m_map; }
    QuadrantChart* chart() const { return m_chart; }
    BacktestPanel* backtestPanel() const { return m_backtest; }

Q_SIGNALS:
    void loaded();       // the accounts are placed
    void trailsLoaded(); // and their trails over the last quarters are known
    void accountActivated(qint64 accountId);

private:
    QWidget* buildControls();
    QWidget* buildSidePanel();
    void reload();
    void mapLoaded(std::shared_ptr<const health::QuadrantMap> map);
    void trailsDone(std::shared_ptr<const health::QuadrantMap> map);
    void applyFilters();
    void showFocus();
    void fillFilter(QComboBox* box, const QString& allText, QString health::QuadrantPoint::*field);

    QDate m_asOf;
    std::shared_ptr<const health::QuadrantMap> m_map;
    BookFollower* m_follower;
    JobRunner* m_mapJob;
    JobRunner* m_trailJob; // a second pass: trails take longer

    QComboBox* m_owner;
    QComboBox* m_segment;
    QLabel* m_summary;
    QStackedWidget* m_stack;
    EmptyState* m_empty;
    QuadrantChart* m_chart;
    QLabel* m_quadrants;
    QLabel* m_focus;
    BacktestPanel* m_backtest;
};

} // namespace tenure::ui
