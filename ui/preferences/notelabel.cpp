#include "notelabel.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tenure::ui {

QLabel* noteLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void addNotedRow(QFormLayout* form, const QString& label, QWidget* field, QLabel* note)
{
    auto* cell = new QWidget(form->parentWidget());
    auto* column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(field);
    column->addWidget(note);
    auto* name = new QLabel(label, form->parentWidget());
    name->setBuddy(field);
    // Screen readers find a buddy label only among the field's siblings,
    // which it no longer is inside the cell: name the field itself.
    QString spoken = label;
    spoken.remove(QLatin1Char('&'));
    while (spoken.endsWith(QLatin1Char(':')) || spoken.endsWith(QChar(0xFF1A)))
        spoken.chop(1);
    field->setAccessibleName(spoken);
    form->addRow(name, cell);
}

} // namespace tenure::ui
