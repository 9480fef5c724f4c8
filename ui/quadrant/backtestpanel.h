#pragma once

#include "health/backtest.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QLabel;

namespace tenure::ui {

// What the back-test worker hands back.
struct BacktestLoad
{
    QString path;
    std::optional<health::BacktestResult> result;
    QString error;
};

// "How well would this score have warned you last year?": the book scored as
// of the last four quarter ends whose 90 days have passed, against what
// happened next: AUC, the worst decile's lift and the calibration table.
// Computed on a worker when a book is set.
class BacktestPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BacktestPanel(QWidget* parent = nullptr);
    ~BacktestPanel() override;

    void setBook(const QString& path, const QDate& today); // empty path: clear
    bool isBusy() const { return m_watcher.isRunning(); }
    const std::optional<health::BacktestResult>& result() const { return m_result; }

Q_SIGNALS:
    void computed();

private:
    void showResult(const BacktestLoad& load);

    QFutureWatcher<BacktestLoad> m_watcher;
    QString m_path; // the book set last; results for any other are dropped
    std::optional<health::BacktestResult> m_result;
    QLabel* m_summary;
    QLabel* m_table;
};

} // namespace tenure::ui
