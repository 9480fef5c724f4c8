#pragma once

#include <QFrame>

class QGridLayout;
class QLabel;

namespace tenure::account {
struct AccountDetail;
}

namespace tenure::ui {

// The account's name and its headline facts: ARR, plan, segment, owner,
// renewal, health with its trend, and its outcome × experience quadrant.
class AccountHeader : public QFrame
{
    Q_OBJECT
public:
    explicit AccountHeader(QWidget* parent = nullptr);
    void setDetail(const account::AccountDetail& detail);
    // The text shown for a fact ("ARR", "Health", ...), for tests and accessibility.
    QString fact(const QString& title) const;

private:
    QLabel* addFact(const QString& title, int column);

    QLabel* m_name;
    QLabel* m_status;
    QGridLayout* m_facts;
    QLabel* m_arr;
    QLabel* m_plan;
    QLabel* m_segment;
    QLabel* m_owner;
    QLabel* m_renewal;
    QLabel* m_health;
    QLabel* m_quadrant;
};

} // namespace tenure::ui
