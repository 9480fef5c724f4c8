#include "welcomepage.h"

#include "common/emptystate.h"
#include "recentbooks.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tenure::ui {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
{
    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/tenure/icons/tenure.svg")).pixmap(96, 96));
    logo->setAlignment(Qt::AlignHCenter);

    auto* title = new QLabel(tr("Welcome to Tenure"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setWeight(QFont::DemiBold);
    title->setFont(font);
    title->setAlignment(Qt::AlignHCenter);

    auto* intro =
        new QLabel(tr("Your book of accounts in one private file: who is at risk and why, "
                      "what renews soon, and what you promised to do."),
                   this);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignHCenter);
    intro->setFixedWidth(560);
    intro->setForegroundRole(QPalette::PlaceholderText);

    auto* newButton = new QPushButton(tr("New book…"), this);
    auto* openButton = new QPushButton(tr("Open book…"), this);
    openButton->setDefault(true);
    newButton->setAccessibleName(tr("New book"));
    openButton->setAccessibleName(tr("Open book"));
    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch();

    m_recentTitle = new QLabel(tr("Recent books"), this);
    m_recentTitle->setAlignment(Qt::AlignHCenter);
    m_recent = new QListWidget(this);
    m_recent->setAccessibleName(tr("Recent books"));
    m_recent->setMaximumWidth(560);
    m_recent->setMinimumWidth(420);
    m_recent->setMaximumHeight(200);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT recentChosen(item->data(Qt::UserRole).toString());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(logo);
    layout->addSpacing(8);
    layout->addWidget(title);
    layout->addLayout(centred(intro));
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addSpacing(24);
    layout->addWidget(m_recentTitle);
    layout->addWidget(m_recent, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    refreshRecent();
}

void WelcomePage::refreshRecent()
{
    m_recent->clear();
    for (const QString& path : RecentBooks::list()) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(QFileInfo(path).completeBaseName(),
                                          QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
            m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    m_recent->setVisible(m_recent->count() > 0);
    m_recentTitle->setVisible(m_recent->count() > 0);
}

} // namespace tenure::ui
