#include "emptystate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tenure::ui {

QHBoxLayout* centred(QWidget* widget)
{
    // A word-wrapped label only gets the height of its wrapped lines inside
    // box layouts without an alignment flag, hence stretches rather than AlignHCenter.
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(widget);
    row->addStretch();
    return row;
}

EmptyState::EmptyState(const QString& title, const QString& text, QWidget* parent)
    : QWidget(parent)
{
    auto* heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setWeight(QFont::DemiBold);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignHCenter);

    m_body = new QLabel(text, this);
    m_body->setWordWrap(true);
    m_body->setAlignment(Qt::AlignHCenter);
    m_body->setFixedWidth(560);
    m_body->setForegroundRole(QPalette::PlaceholderText);

    m_actions = new QHBoxLayout;
    m_actions->setSpacing(12);
    m_actions->addStretch();
    m_actions->addStretch(); // buttons go between the two stretches

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addLayout(centred(m_body));
    layout->addSpacing(16);
    layout->addLayout(m_actions);
    layout->addStretch(3);
    setAccessibleName(title);
}

void EmptyState::setText(const QString& text)
{
    m_body->setText(text);
}

QPushButton* EmptyState::addAction(const QString& text)
{
    auto* button = new QPushButton(text, this);
    button->setAccessibleName(text);
    m_actions->insertWidget(m_actions->count() - 1, button);
    return button;
}

} // namespace tenure::ui
