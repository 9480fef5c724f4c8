#include "progresspanel.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace tenure::ui {

ProgressPanel::ProgressPanel(QWidget* parent)
    : QWidget(parent)
    , m_stage(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_detail(new QLabel(this))
{
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Progress"));
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stage);
    layout->addWidget(m_bar);
    layout->addWidget(m_detail);
}

void ProgressPanel::reset(const QString& stage)
{
    m_stage->setText(stage);
    m_bar->setRange(0, 0);
    m_detail->clear();
}

void ProgressPanel::setProgress(std::int64_t done, std::int64_t total, const QString& stage,
                                const QString& detail)
{
    m_stage->setText(stage);
    if (total <= 0) {
        m_bar->setRange(0, 0);
    } else {
        m_bar->setRange(0, 1000);
        m_bar->setValue(static_cast<int>(std::min<std::int64_t>(1000, done * 1000 / total)));
    }
    m_detail->setText(detail);
}

} // namespace tenure::ui
