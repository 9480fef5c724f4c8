#pragma once

#include "import/fileplan.h"

#include <QGroupBox>

class QButtonGroup;
class QComboBox;
class QLabel;
class QRadioButton;

namespace tenure::ui {

// Asks what the file leaves open about its money: whether whole amounts
// such as 4900 are cents or whole units, how often prices given without an
// interval are billed, and which character separates decimals when the
// numbers read both ways (1.234). Never guessed: a wrong answer is 100 or 12 times
// the MRR. Hidden when the file settles both.
class AmountsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit AmountsBox(QWidget* parent = nullptr);
    void setPlan(const import::FilePlan& plan, const import::ReadingChoices& choices);

Q_SIGNALS:
    void unitsChosen(tenure::import::AmountUnits units);
    void intervalChosen(const tenure::import::Interval& interval);
    void decimalChosen(char separator);

private:
    QLabel* m_unitsQuestion;
    QRadioButton* m_minor;
    QRadioButton* m_major;
    QButtonGroup* m_units;
    QLabel* m_intervalQuestion;
    QComboBox* m_interval;
    QLabel* m_decimalQuestion;
    QRadioButton* m_decimalComma;
    QRadioButton* m_decimalPoint;
    QButtonGroup* m_decimal;
};

} // namespace tenure::ui
