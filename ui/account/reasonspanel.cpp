#include "reasonspanel.h"

#include "account/accountdetail.h"
#include "account/accounttables.h"
#include "account/celltablemodel.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace tenure::ui {

ReasonsPanel::ReasonsPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new account::CellTableModel(this))
{
    auto* reasons = new QGroupBox(tr("Risk reasons"), this);
    m_summary = new QLabel(reasons);
    m_summary->setWordWrap(true);
    m_view = new QTableView(reasons);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Risk reasons"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->setCursor(Qt::PointingHandCursor);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const auto open = [this](const QModelIndex& index) {
        Q_EMIT evidenceRequested(static_cast<health::EvidenceSource>(
            index.data(account::CellTableModel::KeyRole).toInt()));
    };
    connect(m_view, &QTableView::clicked, this, open);
    connect(m_view, &QTableView::activated, this, open);
    auto* reasonsLayout = new QVBoxLayout(reasons);
    reasonsLayout->addWidget(m_summary);
    reasonsLayout->addWidget(m_view, 1);
    reasonsLayout->addStretch(); // keeps the summary at the top when there is no reason

    // Honest about what is not there yet: no invented plays.
    auto* plays = new QGroupBox(tr("Suggested plays"), this);
    auto* playsText = new QLabel(tr("Playbooks come in a later version: they will suggest "
                                    "plays here for each reason above."),
                                 plays);
    playsText->setWordWrap(true);
    playsText->setForegroundRole(QPalette::PlaceholderText);
    auto* playsLayout = new QVBoxLayout(plays);
    playsLayout->addWidget(playsText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(reasons, 1);
    layout->addWidget(plays);
}

void ReasonsPanel::setDetail(const account::AccountDetail& detail)
{
    m_model->setTable(account::reasonsTable(detail, QLocale()));
    const int count = m_model->rowCount();
    m_view->setVisible(count > 0);
    if (!detail.paying)
        m_summary->setText(tr("Not a paying customer on this date: no risk is scored."));
    else if (count == 0)
        m_summary->setText(tr("No risk reason fired: every detector is within its threshold."));
    else
        m_summary->setText(tr("%n reason(s), most severe first. Click one to see the data "
                              "behind it.",
                              nullptr, count));
    m_view->setColumnWidth(0, 150);
    m_view->setColumnWidth(1, 64);
    m_view->resizeRowsToContents();
}

} // namespace tenure::ui
