#pragma once

#include "import/importer.h"

#include <QGroupBox>
#include <QHash>

class QFormLayout;
class QLineEdit;

namespace tenure::ui {

// After the check: for each currency the book has no exchange rate for, the
// months that need one and a field to type the rate in. The rates are kept
// in the book from the first day the import needs them.
class RatesBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit RatesBox(QWidget* parent = nullptr);
    void setOutcome(const import::ImportOutcome& outcome);

Q_SIGNALS:
    void ratesChosen(const QHash<QString, double>& rates);

private:
    void apply();

    QFormLayout* m_form;
    QHash<QString, QLineEdit*> m_fields;
};

} // namespace tenure::ui
