#pragma once

#include "health/bookhealth.h"

#include <QWidget>

#include <vector>

class QDoubleSpinBox;
class QLabel;

namespace tenure::ui {

struct ThresholdField;

// Preferences > Health: the risk detectors' thresholds and the weights of the
// health score's dimensions, stored in the book.
class HealthPage : public QWidget
{
    Q_OBJECT
public:
    explicit HealthPage(QWidget* parent = nullptr);
    ~HealthPage() override;

    void setConfig(const health::HealthConfig& config);
    health::HealthConfig config() const;
    // False when every weight is zero: the score would have nothing to weigh.
    bool isValid() const;

Q_SIGNALS:
    void validityChanged(bool valid);

private:
    QWidget* buildThresholds();
    QWidget* buildWeights();
    void showWeightShares();

    std::vector<std::pair<const ThresholdField*, QDoubleSpinBox*>> m_thresholds;
    QDoubleSpinBox* m_outcome = nullptr;
    QDoubleSpinBox* m_experience = nullptr;
    QDoubleSpinBox* m_relationship = nullptr;
    QLabel* m_shares = nullptr;
};

} // namespace tenure::ui
