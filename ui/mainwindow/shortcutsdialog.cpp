#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tenure::ui {

namespace {

// "&Open Book…" as a person reads it: "Open Book".
QString plainText(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

void addMenu(QTreeWidgetItem* parent, const QMenu* menu)
{
    for (const QAction* action : menu->actions()) {
        if (action->menu()) {
            addMenu(parent, action->menu());
            continue;
        }
        for (const QKeySequence& keys : action->shortcuts()) {
            new QTreeWidgetItem(
                parent, {plainText(action->text()), keys.toString(QKeySequence::NativeText)});
        }
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar* menus, const std::vector<Shortcut>& others,
                                 QWidget* parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setHeaderLabels({tr("Command"), tr("Keys")});
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    for (const QAction* action : menus->actions()) {
        if (!action->menu())
            continue;
        auto* group = new QTreeWidgetItem(m_list, {plainText(action->text())});
        addMenu(group, action->menu());
        if (group->childCount() == 0)
            delete group;
    }
    auto* areas = new QTreeWidgetItem(m_list, {tr("In the areas")});
    for (const Shortcut& shortcut : others)
        new QTreeWidgetItem(areas,
                            {shortcut.what, shortcut.keys.toString(QKeySequence::NativeText)});
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem* group = m_list->topLevelItem(row);
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
    }
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(520, 560);
}

} // namespace tenure::ui
