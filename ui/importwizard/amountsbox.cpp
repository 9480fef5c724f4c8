#include "amountsbox.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tenure::ui {

namespace {

bool asks(const import::FilePlan& plan, import::OpenQuestion question)
{
    return std::find(plan.questions.begin(), plan.questions.end(), question) !=
           plan.questions.end();
}

struct IntervalChoice
{
    import::Interval::Unit unit;
    int count;
};

constexpr IntervalChoice kIntervals[] = {{import::Interval::Unit::Month, 1},
                                         {import::Interval::Unit::Month, 3},
                                         {import::Interval::Unit::Month, 6},
                                         {import::Interval::Unit::Year, 1},
                                         {import::Interval::Unit::Week, 1}};

} // namespace

AmountsBox::AmountsBox(QWidget* parent)
    : QGroupBox(parent)
{
    setTitle(tr("How should the amounts be read?"));
    m_unitsQuestion = new QLabel(this);
    m_unitsQuestion->setWordWrap(true);
    m_minor = new QRadioButton(this);
    m_major = new QRadioButton(this);
    m_minor->setAccessibleName(tr("Amounts in cents"));
    m_major->setAccessibleName(tr("Amounts in whole units"));
    m_units = new QButtonGroup(this);
    m_units->addButton(m_minor);
    m_units->addButton(m_major);
    connect(m_minor, &QRadioButton::clicked, this,
            [this] { Q_EMIT unitsChosen(import::AmountUnits::Minor); });
    connect(m_major, &QRadioButton::clicked, this,
            [this] { Q_EMIT unitsChosen(import::AmountUnits::Major); });

    m_intervalQuestion = new QLabel(
        tr("The file gives prices but not how often they are billed. Every price is billed:"),
        this);
    m_intervalQuestion->setWordWrap(true);
    m_interval = new QComboBox(this);
    m_interval->setAccessibleName(tr("Billing interval"));
    m_interval->addItem(tr("— choose —"));
    m_interval->addItem(tr("every month"));
    m_interval->addItem(tr("every quarter"));
    m_interval->addItem(tr("every six months"));
    m_interval->addItem(tr("every year"));
    m_interval->addItem(tr("every week"));
    connect(m_interval, &QComboBox::activated, this, [this](int index) {
        if (index > 0) {
            const IntervalChoice& choice = kIntervals[index - 1];
            Q_EMIT intervalChosen(import::Interval{choice.unit, choice.count});
        }
    });

    m_decimalQuestion = new QLabel(this);
    m_decimalQuestion->setWordWrap(true);
    m_decimalComma = new QRadioButton(tr("1.234,50 is one thousand two hundred thirty-four and a "
                                         "half (a &comma separates decimals)"),
                                      this);
    m_decimalPoint = new QRadioButton(tr("1,234.50 is one thousand two hundred thirty-four and a "
                                         "half (a &point separates decimals)"),
                                      this);
    m_decimalComma->setAccessibleName(tr("Decimal comma"));
    m_decimalPoint->setAccessibleName(tr("Decimal point"));
    m_decimal = new QButtonGroup(this);
    m_decimal->addButton(m_decimalComma);
    m_decimal->addButton(m_decimalPoint);
    connect(m_decimalComma, &QRadioButton::clicked, this, [this] { Q_EMIT decimalChosen(','); });
    connect(m_decimalPoint, &QRadioButton::clicked, this, [this] { Q_EMIT decimalChosen('.'); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_unitsQuestion);
    layout->addWidget(m_minor);
    layout->addWidget(m_major);
    layout->addWidget(m_intervalQuestion);
    layout->addWidget(m_interval);
    layout->addWidget(m_decimalQuestion);
    layout->addWidget(m_decimalComma);
    layout->addWidget(m_decimalPoint);
    setVisible(false);
}

void AmountsBox::setPlan(const import::FilePlan& plan, const import::ReadingChoices& choices)
{
    const bool askUnits = asks(plan, import::OpenQuestion::AmountUnits) || choices.units;
    const bool askInterval =
        asks(plan, import::OpenQuestion::BillingInterval) || choices.interval.has_value();
    const bool askDecimal =
        asks(plan, import::OpenQuestion::DecimalSeparator) || choices.decimal.has_value();
    setVisible(askUnits || askInterval || askDecimal);
    for (QWidget* widget :
         {static_cast<QWidget*>(m_decimalQuestion), static_cast<QWidget*>(m_decimalComma),
          static_cast<QWidget*>(m_decimalPoint)})
        widget->setVisible(askDecimal);
    m_decimalQuestion->setText(
        tr("The numbers in %1 read two ways, such as 1.234: which character separates decimals?")
            .arg(plan.unclearDecimalColumns.join(QStringLiteral(", "))));
    m_decimal->setExclusive(false);
    m_decimalComma->setChecked(choices.decimal == ',');
    m_decimalPoint->setChecked(choices.decimal == '.');
    m_decimal->setExclusive(true);
    for (QWidget* widget : {static_cast<QWidget*>(m_unitsQuestion), static_cast<QWidget*>(m_minor),
                            static_cast<QWidget*>(m_major)})
        widget->setVisible(askUnits);
    m_intervalQuestion->setVisible(askInterval);
    m_interval->setVisible(askInterval);

    const QLocale locale;
    const std::int64_t typical = plan.typicalAmount > 0 ? plan.typicalAmount : 4900;
    m_unitsQuestion->setText(tr("Every amount is a whole number, typically %1. Billing systems "
                                "often write cents this way.")
                                 .arg(locale.toString(typical)));
    m_minor->setText(tr("&Cents: %1 is %2")
                         .arg(locale.toString(typical),
                              locale.toString(static_cast<double>(typical) / 100.0, 'f', 2)));
    m_major->setText(
        tr("&Whole units: %1 is %2")
            .arg(locale.toString(typical), locale.toString(static_cast<double>(typical), 'f', 2)));
    m_units->setExclusive(false); // neither is checked until the user answers
    m_minor->setChecked(choices.units == import::AmountUnits::Minor);
    m_major->setChecked(choices.units == import::AmountUnits::Major);
    m_units->setExclusive(true);

    int chosen = 0;
    for (int i = 0; choices.interval && i < static_cast<int>(std::size(kIntervals)); ++i) {
        if (kIntervals[i].unit == choices.interval->unit &&
            kIntervals[i].count == choices.interval->count)
            chosen = i + 1;
    }
    const QSignalBlocker blocker(m_interval);
    m_interval->setCurrentIndex(chosen);
}

} // namespace tenure::ui
