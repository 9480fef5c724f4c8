#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace tenure::ui {

// A wrapped explanation under a setting, in the palette's quieter text colour.
QLabel* noteLabel(const QString& text, QWidget* parent);

// A form row whose field has an explanation under it. The label stays the
// field's buddy, so its mnemonic and its accessible name still reach it.
void addNotedRow(QFormLayout* form, const QString& label, QWidget* field, QLabel* note);

} // namespace tenure::ui
