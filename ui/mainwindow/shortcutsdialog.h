#pragma once

#include <QDialog>
#include <QKeySequence>

#include <vector>

class QMenuBar;
class QTreeWidget;

namespace tenure::ui {

// Help > Keyboard Shortcuts: every menu command with its keys, then the keys
// that work inside the areas, so the whole workbench can be learnt without a mouse.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Shortcut
    {
        QString what;
        QKeySequence keys;
    };

    // Lists the shortcuts of `menus` (read when the dialog is made) and then `others`.
    ShortcutsDialog(const QMenuBar* menus, const std::vector<Shortcut>& others,
                    QWidget* parent = nullptr);
    QTreeWidget* list() const { return m_list; }

private:
    QTreeWidget* m_list;
};

} // namespace tenure::ui
