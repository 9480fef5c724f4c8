#pragma once

#include "health/backtest.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace tenure::ui {

class JobRunner;

// "How well would this score have warned you last year?": the book scored as
// of the last four quarter ends whose 90 days have passed, against what
// happened next: AUC, the worst decile's lift and the calibration table.
// Computed on a worker when a book is set; its parent view sets it again
// when the book changes.
class BacktestPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BacktestPanel(QWidget* parent = nullptr);

    void setBook(const QString& path, const QDate& today); // empty path: clear
    bool isBusy() const;
    const std::optional<health::BacktestResult>& result() const { return m_result; }

Q_SIGNALS:
    void computed();

private:
    void showResult(health::BacktestResult result);

    JobRunner* m_job;
    std::optional<health::BacktestResult> m_result;
    QLabel* m_summary;
    QLabel* m_table;
};

} // namespace tenure::ui
