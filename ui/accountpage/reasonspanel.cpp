#include "reasonspanel.h"

#include "accountpage/accountdetail.h"
#include "accountpage/accountpagetables.h"
#include "accountpage/celltablemodel.h"
#include "common/headingwidths.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tenure::ui {

ReasonsPanel::ReasonsPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new account::CellTableModel(this))
{
    auto* reasons = new QGroupBox(tr("Risk reasons"), this);
    m_summary = new QLabel(reasons);
    m_summary->setWordWrap(true);
    m_lossChance = new QLabel(reasons);
    m_lossChance->setObjectName(QStringLiteral("lossChance"));
    m_lossChance->setWordWrap(true);
    m_lossChance->setTextFormat(Qt::PlainText);
    m_lossChance->hide();
    m_view = new QTableView(reasons);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Risk reasons"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->setCursor(Qt::PointingHandCursor);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    const auto open = [this](const QModelIndex& index) {
        Q_EMIT evidenceRequested(static_cast<health::EvidenceSource>(
            index.data(account::CellTableModel::KeyRole).toInt()));
    };
    connect(m_view, &QTableView::clicked, this, open);
    connect(m_view, &QTableView::activated, this, open);
    // Rows re-wrap their evidence when the evidence column's width changes.
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        m_view->resizeRowsToContents();
        fitHeight();
    });
    auto* reasonsLayout = new QVBoxLayout(reasons);
    reasonsLayout->addWidget(m_summary);
    reasonsLayout->addWidget(m_lossChance);
    reasonsLayout->addWidget(m_view);

    auto* plays = new QGroupBox(tr("Suggested plays"), this);
    m_plays = new QLabel(plays);
    m_plays->setObjectName(QStringLiteral("suggestedPlays"));
    m_plays->setWordWrap(true);
    m_plays->setTextFormat(Qt::PlainText);
    auto* openPlays = new QPushButton(tr("&Plays and Actions…"), plays);
    openPlays->setAccessibleDescription(tr("Start a play, see the open tasks and log an action"));
    connect(openPlays, &QPushButton::clicked, this, &ReasonsPanel::playsRequested);
    auto* playsLayout = new QVBoxLayout(plays);
    playsLayout->addWidget(m_plays);
    playsLayout->addWidget(openPlays, 0, Qt::AlignLeft);
    setSuggestedPlays({});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(reasons);
    layout->addWidget(plays);
    layout->addStretch(1); // short lists stay short, with the plays right under them
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
    fitSectionsToHeadings(m_view->horizontalHeader());
    m_view->resizeRowsToContents();
    fitHeight();
}

void ReasonsPanel::setSuggestedPlays(const QStringList& plays)
{
    m_plays->setText(plays.isEmpty()
                         ? tr("No play is called for: no reason, quadrant change or lifecycle "
                              "moment needs one, or its play is already running.")
                         : QStringLiteral("• ") + plays.join(QStringLiteral("\n• ")));
    m_plays->setForegroundRole(plays.isEmpty() ? QPalette::PlaceholderText : QPalette::WindowText);
}

void ReasonsPanel::setLossChance(const QString& sentence)
{
    m_lossChance->setText(sentence);
    m_lossChance->setVisible(!sentence.isEmpty());
}

QString ReasonsPanel::lossChance() const
{
    return m_lossChance->text();
}

void ReasonsPanel::fitHeight()
{
    // As tall as its rows, up to what the panel can give before it scrolls.
    int height = m_view->horizontalHeader()->height() + 2 * m_view->frameWidth();
    for (int row = 0; row < m_model->rowCount(); ++row)
        height += m_view->rowHeight(row);
    m_view->setFixedHeight(std::min(height, 520));
}

} // namespace tenure::ui
