#include "ratesbox.h"

#include <QDoubleValidator>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace tenure::ui {

RatesBox::RatesBox(QWidget* parent)
    : QGroupBox(parent)
{
    setTitle(tr("Exchange rates"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Some amounts are in a currency the book has no rate for; they "
                                "are never counted as if they were the base currency. Type one "
                                "rate per currency: it is kept from the first day it is "
                                "needed, until a newer rate."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    auto* apply = new QPushButton(tr("&Use These Rates and Check Again"), this);
    connect(apply, &QPushButton::clicked, this, &RatesBox::apply);
    layout->addWidget(apply, 0, Qt::AlignRight);
    setVisible(false);
}

void RatesBox::setOutcome(const import::ImportOutcome& outcome)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();
    QMap<QString, QStringList> months;
    for (const import::FileOutcome& file : outcome.files) {
        for (auto it = file.missingRates.begin(); it != file.missingRates.end(); ++it)
            months[it.key()] += it.value();
    }
    for (auto it = months.begin(); it != months.end(); ++it) {
        QStringList needed = it.value();
        needed.sort();
        needed.removeDuplicates();
        auto* field = new QLineEdit(this);
        field->setValidator(new QDoubleValidator(0.000001, 1e9, 6, field));
        field->setAccessibleName(tr("%1 rate").arg(it.key()));
        field->setPlaceholderText(tr("%1 per 1 %2").arg(outcome.baseCurrency, it.key()));
        m_fields.insert(it.key(), field);
        m_form->addRow(tr("1 %1 in %2 (needed for %3):")
                           .arg(it.key(), outcome.baseCurrency,
                                needed.size() > 3 ? tr("%1 … %2, %n month(s)", nullptr,
                                                       static_cast<int>(needed.size()))
                                                        .arg(needed.first(), needed.last())
                                                  : needed.join(QStringLiteral(", "))),
                       field);
    }
    setVisible(!m_fields.isEmpty());
}

void RatesBox::apply()
{
    QHash<QString, double> rates;
    const QLocale locale;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        bool ok = false;
        const double rate = locale.toDouble(it.value()->text(), &ok);
        if (ok && rate > 0)
            rates.insert(it.key(), rate);
    }
    if (!rates.isEmpty())
        Q_EMIT ratesChosen(rates);
}

} // namespace tenure::ui
