#include "dateorderbox.h"

#include "import/fileplan.h"

#include <QButtonGroup>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tenure::ui {

namespace {

// A date of the file that reads differently in the two orders, such as 03/04/2024.
QString ambiguousExample(const import::FilePlan& plan)
{
    for (int i = 0; i < import::kFieldCount; ++i) {
        const auto field = static_cast<import::Field>(i);
        if (import::fieldSpec(field).type != import::FieldType::Date || !plan.mapping.has(field))
            continue;
        for (const QStringList& row : plan.preview) {
            const std::string value = row.value(plan.mapping.column(field)).trimmed().toStdString();
            const auto monthFirst = import::parseDate(value, import::DateOrder::MonthFirst);
            const auto dayFirst = import::parseDate(value, import::DateOrder::DayFirst);
            if (monthFirst && dayFirst && *monthFirst != *dayFirst)
                return QString::fromStdString(value);
        }
    }
    return QStringLiteral("03/04/2024");
}

QString readAs(const QString& example, import::DateOrder order)
{
    const auto date = import::parseDate(example.toUtf8().toStdString(), order);
    return date ? QLocale().toString(*date, QLocale::LongFormat) : QString();
}

} // namespace

DateOrderBox::DateOrderBox(QWidget* parent)
    : QGroupBox(parent)
{
    setTitle(tr("How should the dates be read?"));
    m_question = new QLabel(this);
    m_question->setWordWrap(true);
    m_monthFirst = new QRadioButton(this);
    m_dayFirst = new QRadioButton(this);
    m_monthFirst->setAccessibleName(tr("Month first"));
    m_dayFirst->setAccessibleName(tr("Day first"));
    m_group = new QButtonGroup(this);
    m_group->addButton(m_monthFirst);
    m_group->addButton(m_dayFirst);
    connect(m_monthFirst, &QRadioButton::clicked, this,
            [this] { Q_EMIT orderChosen(import::DateOrder::MonthFirst); });
    connect(m_dayFirst, &QRadioButton::clicked, this,
            [this] { Q_EMIT orderChosen(import::DateOrder::DayFirst); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_monthFirst);
    layout->addWidget(m_dayFirst);
    setVisible(false);
}

void DateOrderBox::setPlan(const import::FilePlan& plan, import::DateOrder chosen)
{
    const QStringList& ambiguous = plan.ambiguousDateColumns;
    const QStringList& conflicting = plan.conflictingDateColumns;
    const bool asked =
        !ambiguous.isEmpty() || !conflicting.isEmpty() || chosen != import::DateOrder::Unknown;
    setVisible(asked);
    if (!asked)
        return;
    const QString example = ambiguousExample(plan);
    if (!conflicting.isEmpty()) {
        m_question->setText(tr("%1 mixes day-first dates (31/01/2024) with month-first ones "
                               "(01/31/2024). Choose the order most rows use; the rows that "
                               "do not fit it will be listed as rejected.")
                                .arg(conflicting.join(QStringLiteral(", "))));
    } else if (!ambiguous.isEmpty()) {
        m_question->setText(tr("Every date in %1 reads both as month/day and as day/month, so "
                               "the file alone cannot tell. Which is it?")
                                .arg(ambiguous.join(QStringLiteral(", "))));
    } else {
        m_question->setText(tr("You chose how the ambiguous dates of this file are read."));
    }
    m_monthFirst->setText(
        tr("&Month first: %1 is %2").arg(example, readAs(example, import::DateOrder::MonthFirst)));
    m_dayFirst->setText(
        tr("D&ay first: %1 is %2").arg(example, readAs(example, import::DateOrder::DayFirst)));
    m_group->setExclusive(false); // so that neither is checked until the user answers
    m_monthFirst->setChecked(chosen == import::DateOrder::MonthFirst);
    m_dayFirst->setChecked(chosen == import::DateOrder::DayFirst);
    m_group->setExclusive(true);
}

} // namespace tenure::ui
