#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace tenure::ui {

// A progress bar with what is being done above it and how fast, and how
// long it will take, below it.
class ProgressPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressPanel(QWidget* parent = nullptr);
    void reset(const QString& stage);
    // `done` of `total` (any unit; 0 total: busy indicator).
    void setProgress(std::int64_t done, std::int64_t total, const QString& stage,
                     const QString& detail);

private:
    QLabel* m_stage;
    QProgressBar* m_bar;
    QLabel* m_detail;
};

} // namespace tenure::ui
