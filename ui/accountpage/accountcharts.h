#pragma once

#include <QChartView>

namespace tenure::account {
struct AccountDetail;
}

namespace tenure::ui {

// The account's MRR month by month, to the as-of month.
class MrrChart : public QChartView
{
    Q_OBJECT
public:
    explicit MrrChart(QWidget* parent = nullptr);
    void setDetail(const account::AccountDetail& detail);
};

// Weekly active users over the last year, with the danger-zone line: the
// book's bottom quartile of licence utilisation applied to this account's seats.
class UsageChart : public QChartView
{
    Q_OBJECT
public:
    explicit UsageChart(QWidget* parent = nullptr);
    void setDetail(const account::AccountDetail& detail);
};

} // namespace tenure::ui
