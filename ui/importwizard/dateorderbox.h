#pragma once

#include "import/dateparser.h"

#include <QGroupBox>

class QButtonGroup;
class QLabel;
class QRadioButton;

namespace tenure::import {
struct FilePlan;
}

namespace tenure::ui {

// Asks how to read a date column whose every value fits both month/day and
// day/month (or that mixes the two), showing what each choice makes of one
// of the file's own dates. Hidden when the file's dates are unambiguous.
class DateOrderBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit DateOrderBox(QWidget* parent = nullptr);
    void setPlan(const import::FilePlan& plan, import::DateOrder chosen);

Q_SIGNALS:
    void orderChosen(tenure::import::DateOrder order);

private:
    QLabel* m_question;
    QRadioButton* m_monthFirst;
    QRadioButton* m_dayFirst;
    QButtonGroup* m_group;
};

} // namespace tenure::ui
