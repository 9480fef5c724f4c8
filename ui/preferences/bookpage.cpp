#include "bookpage.h"

#include "notelabel.h"
#include "report/quarter.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tenure::ui {

BookPage::BookPage(QWidget* parent)
    : QWidget(parent)
    , m_currency(new QComboBox(this))
    , m_fiscalStart(new QComboBox(this))
    , m_quarterNow(noteLabel({}, this))
    , m_method(new QComboBox(this))
    , m_churnAt(new QComboBox(this))
    , m_reactivationWindow(new QSpinBox(this))
{
    m_currency->setObjectName(QStringLiteral("baseCurrency"));
    m_fiscalStart->setObjectName(QStringLiteral("fiscalYearStart"));
    m_method->setObjectName(QStringLiteral("retentionMethod"));
    m_churnAt->setObjectName(QStringLiteral("churnRecognition"));
    m_reactivationWindow->setObjectName(QStringLiteral("reactivationWindow"));
    const QLocale locale;
    for (int month = 1; month <= 12; ++month)
        m_fiscalStart->addItem(locale.standaloneMonthName(month), month);
    m_method->addItem(tr("Cohort: the accounts paying before the period"),
                      static_cast<int>(metrics::RetentionMethod::Cohort));
    m_method->addItem(tr("Renewal: the contracts up for renewal in the period"),
                      static_cast<int>(metrics::RetentionMethod::Renewal));
    m_churnAt->addItem(tr("When the paid period ends"),
                       static_cast<int>(metrics::ChurnRecognition::PeriodEnd));
    m_churnAt->addItem(tr("When the customer cancels"),
                       static_cast<int>(metrics::ChurnRecognition::Cancellation));
    m_reactivationWindow->setRange(0, 120);
    m_reactivationWindow->setSpecialValueText(tr("No limit"));
    m_reactivationWindow->setSuffix(tr(" months"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(noteLabel(tr("These settings belong to the book: everyone who opens it sees "
                                   "the same numbers. The quarterly report prints them in its "
                                   "methodology."),
                                this));

    auto* money = new QGroupBox(tr("Money"), this);
    auto* moneyForm = new QFormLayout(money);
    addNotedRow(moneyForm, tr("&Base currency:"), m_currency,
                noteLabel(tr("Amounts in other currencies are converted with the book's rates "
                             "table; a currency is offered once the table has rates for it."),
                          money));
    layout->addWidget(money);

    auto* periods = new QGroupBox(tr("Quarters"), this);
    auto* periodsForm = new QFormLayout(periods);
    addNotedRow(periodsForm, tr("&Fiscal year starts in:"), m_fiscalStart, m_quarterNow);
    layout->addWidget(periods);

    auto* retention = new QGroupBox(tr("Retention metrics"), this);
    auto* retentionForm = new QFormLayout(retention);
    retentionForm->addRow(tr("&Retention method:"), m_method);
    retentionForm->addRow(tr("&Churn counts:"), m_churnAt);
    addNotedRow(retentionForm, tr("Rea&ctivation window:"), m_reactivationWindow,
                noteLabel(tr("A customer who comes back after at most this many months without "
                             "revenue is a reactivation; after a longer gap, new business."),
                          retention));
    layout->addWidget(retention);
    layout->addStretch();

    connect(m_fiscalStart, &QComboBox::currentIndexChanged, this, &BookPage::showCurrentQuarter);
    showCurrentQuarter();
}

void BookPage::setCurrencies(const QStringList& convertible, const QString& base)
{
    m_currency->clear();
    m_currency->addItems(convertible);
    m_currency->setCurrentText(base);
}

QString BookPage::baseCurrency() const
{
    return m_currency->currentText();
}

void BookPage::setConventions(const metrics::Conventions& conventions)
{
    m_fiscalStart->setCurrentIndex(conventions.fiscalYearStartMonth - 1);
    m_method->setCurrentIndex(m_method->findData(static_cast<int>(conventions.method)));
    m_churnAt->setCurrentIndex(m_churnAt->findData(static_cast<int>(conventions.churnAt)));
    m_reactivationWindow->setValue(conventions.reactivationWindowMonths);
}

metrics::Conventions BookPage::conventions() const
{
    metrics::Conventions conventions;
    conventions.fiscalYearStartMonth = m_fiscalStart->currentData().toInt();
    conventions.method = static_cast<metrics::RetentionMethod>(m_method->currentData().toInt());
    conventions.churnAt = static_cast<metrics::ChurnRecognition>(m_churnAt->currentData().toInt());
    conventions.reactivationWindowMonths = m_reactivationWindow->value();
    return conventions;
}

// "This quarter is FY2027Q3: October to December 2026", so the choice is concrete.
void BookPage::showCurrentQuarter()
{
    const QLocale locale;
    const auto quarter =
        report::Quarter::containing(QDate::currentDate(), m_fiscalStart->currentData().toInt());
    m_quarterNow->setText(tr("This quarter is %1: %2 to %3 %4.")
                              .arg(quarter.label(),
                                   locale.standaloneMonthName(quarter.firstMonth().month()),
                                   locale.standaloneMonthName(quarter.lastMonth().month()))
                              .arg(quarter.lastMonth().year()));
}

} // namespace tenure::ui
