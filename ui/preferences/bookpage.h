#pragma once

#include "metrics/conventions.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

namespace tenure::ui {

// Preferences > Book: the base currency and the metric conventions, which
// belong to the book and are stored in it.
class BookPage : public QWidget
{
    Q_OBJECT
public:
    explicit BookPage(QWidget* parent = nullptr);

    void setCurrencies(const QStringList& convertible, const QString& base);
    QString baseCurrency() const;
    void setConventions(const metrics::Conventions& conventions);
    metrics::Conventions conventions() const;

private:
    void showCurrentQuarter();

    QComboBox* m_currency;
    QComboBox* m_fiscalStart;
    QLabel* m_quarterNow;
    QComboBox* m_method;
    QComboBox* m_churnAt;
    QSpinBox* m_reactivationWindow;
};

} // namespace tenure::ui
