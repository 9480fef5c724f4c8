#pragma once

#include "health/riskreason.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace tenure::account {
class CellTableModel;
struct AccountDetail;
} // namespace tenure::account

namespace tenure::ui {

// Why the account is at risk, most severe first, each reason with its
// evidence; clicking one asks for the data behind it. Below, the plays
// suggested for them, with the way to the account's plays and actions.
class ReasonsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReasonsPanel(QWidget* parent = nullptr);
    void setDetail(const account::AccountDetail& detail);
    // Each play as "name: why"; none says so.
    void setSuggestedPlays(const QStringList& plays);
    // How often accounts scored alike were lost, from the book's history; hidden when empty.
    void setLossChance(const QString& sentence);
    QString lossChance() const;
    QTableView* view() const { return m_view; }
    account::CellTableModel* model() const { return m_model; }

Q_SIGNALS:
    void evidenceRequested(tenure::health::EvidenceSource source);
    void playsRequested();

private:
    void fitHeight();

    account::CellTableModel* m_model;
    QLabel* m_summary;
    QLabel* m_lossChance;
    QTableView* m_view;
    QLabel* m_plays;
};

} // namespace tenure::ui
