#include "taskspanel.h"

#include "common/bookchange.h"
#include "common/bookfollower.h"
#include "common/ownerchooser.h"
#include "common/readablecolor.h"
#include "common/rememberedcolumns.h"
#include "lastchange.h"
#include "playbooks/undocommands.h"
#include "store/bookdocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

#include <algorithm>

namespace tenure::ui {

namespace {

constexpr int kTaskIdRole = Qt::UserRole;
constexpr int kAccountIdRole = Qt::UserRole + 1;

enum Column { DueColumn, AccountColumn, TaskColumn, KindColumn, OwnerColumn };

} // namespace

TasksPanel::TasksPanel(QWidget* parent)
    : QWidget(parent)
    , m_follower(new BookFollower(this,
                                  store::BookChange::Tasks | store::BookChange::Accounts |
                                      store::BookChange::Preferences,
                                  [this] { bookChanged(); }))
    , m_owner(new OwnerChooser(this))
    , m_tree(new QTreeWidget(this))
    , m_complete(new QPushButton(tr("&Complete"), this))
    , m_reschedule(new QPushButton(tr("&Reschedule…"), this))
    , m_skip(new QPushButton(tr("S&kip…"), this))
{
    m_tree->setColumnCount(5);
    m_tree->setHeaderLabels({tr("Due"), tr("Account"), tr("Task"), tr("Kind"), tr("Owner")});
    m_tree->header()->setSectionResizeMode(TaskColumn, QHeaderView::Stretch);
    rememberColumns(m_tree->header(), QStringLiteral("tasks"));
    m_tree->setAccessibleName(tr("Open tasks"));
    m_tree->setRootIsDecorated(false);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Tasks of"), this));
    top->addWidget(m_owner);
    top->addStretch();
    top->addWidget(m_complete);
    top->addWidget(m_reschedule);
    top->addWidget(m_skip);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tree);

    connect(m_owner, &OwnerChooser::ownerChosen, this, &TasksPanel::reload);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &TasksPanel::updateButtons);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item->data(0, kAccountIdRole).isValid())
            Q_EMIT accountActivated(item->data(0, kAccountIdRole).toLongLong());
    });
    connect(m_complete, &QPushButton::clicked, this, &TasksPanel::completeSelected);
    connect(m_reschedule, &QPushButton::clicked, this, [this] {
        const auto task = selectedTask();
        if (!task)
            return;
        bool ok = false;
        const int days = QInputDialog::getInt(this, tr("Reschedule"),
                                              tr("Move \"%1\" by how many days?").arg(task->title),
                                              7, -365, 365, 1, &ok);
        if (ok)
            rescheduleSelected(task->due.addDays(days));
    });
    connect(m_skip, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(
            this, tr("Skip Task"), tr("Why is this task skipped?"), QLineEdit::Normal, {}, &ok);
        if (ok && !reason.trimmed().isEmpty())
            skipSelected(reason.trimmed());
    });
    bookChanged();
}

void TasksPanel::setDocument(store::BookDocument* document)
{
    // Nothing of the book before stays, even while the panel waits to be shown.
    m_tree->clear();
    m_agenda = {};
    updateButtons();
    m_follower->setDocument(document);
}

// Owners and account names may have changed with the tasks.
void TasksPanel::bookChanged()
{
    store::BookDocument* document = m_follower->document();
    setEnabled(document != nullptr);
    m_owner->fill(document ? &document->connection() : nullptr);
    reload();
}

void TasksPanel::setToday(const QDate& today)
{
    m_today = today;
    reload();
}

void TasksPanel::setOwner(const QString& owner)
{
    m_owner->setOwner(owner);
    reload();
}

void TasksPanel::reload()
{
    store::BookDocument* document = m_follower->document();
    m_tree->clear();
    m_agenda =
        document ? playbooks::agendaOf(
                       playbooks::loadOpenTasks(document->connection(), m_owner->owner()), m_today)
                 : playbooks::TaskAgenda{};
    const auto section = [this](const QString& title, const std::vector<playbooks::Task>& tasks,
                                const QColor& dueColour = {}) {
        auto* heading = new QTreeWidgetItem(m_tree, {tr("%1 (%2)").arg(title).arg(tasks.size())});
        heading->setFirstColumnSpanned(true);
        heading->setFlags(Qt::ItemIsEnabled);
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        for (const playbooks::Task& task : tasks) {
            auto* item = new QTreeWidgetItem(
                m_tree, {QLocale().toString(task.due, QLocale::ShortFormat), task.accountName,
                         task.title, playbooks::workKindLabel(task.kind), task.owner});
            item->setData(0, kTaskIdRole, QVariant::fromValue(task.id));
            item->setData(0, kAccountIdRole, QVariant::fromValue(task.accountId));
            item->setToolTip(TaskColumn, task.description);
            item->setToolTip(DueColumn, lastChangeTooltip(task.changedBy, task.changedAt));
            if (dueColour.isValid())
                item->setForeground(DueColumn, dueColour);
        }
    };
    section(tr("Overdue"), m_agenda.overdue,
            readableOn(QColor(0xc0, 0x39, 0x2b), m_tree->palette().color(QPalette::Base)));
    section(tr("Due today"), m_agenda.dueToday);
    section(tr("Upcoming"), m_agenda.upcoming);
    for (int column = 0; column < m_tree->columnCount(); ++column) {
        if (column != TaskColumn)
            m_tree->resizeColumnToContents(column);
    }
    updateButtons();
}

std::optional<playbooks::Task> TasksPanel::selectedTask() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!m_follower->document() || !item || !item->data(0, kTaskIdRole).isValid())
        return std::nullopt;
    // The task as the list shows it: a change is made on what the person saw,
    // and the book refuses it if someone changed the task since.
    const auto id = item->data(0, kTaskIdRole).toLongLong();
    for (const auto* group : {&m_agenda.overdue, &m_agenda.dueToday, &m_agenda.upcoming}) {
        const auto found =
            std::find_if(group->begin(), group->end(),
                         [id](const playbooks::Task& task) { return task.id == id; });
        if (found != group->end())
            return *found;
    }
    return std::nullopt;
}

void TasksPanel::updateButtons()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    const bool task = item && item->data(0, kTaskIdRole).isValid();
    for (QPushButton* button : {m_complete, m_reschedule, m_skip})
        button->setEnabled(task);
}

void TasksPanel::change(const playbooks::Task& after)
{
    const auto before = selectedTask();
    if (!before)
        return;
    // The change reloads the panel.
    store::BookDocument& document = *m_follower->document();
    pushBookChange(this, document, new playbooks::TaskCommand(document, *before, after));
}

void TasksPanel::completeSelected()
{
    if (auto task = selectedTask()) {
        task->status = playbooks::TaskStatus::Done;
        task->completedOn = m_today;
        change(*task);
    }
}

void TasksPanel::rescheduleSelected(const QDate& due)
{
    if (auto task = selectedTask()) {
        task->due = due;
        change(*task);
    }
}

void TasksPanel::skipSelected(const QString& reason)
{
    if (auto task = selectedTask()) {
        task->status = playbooks::TaskStatus::Skipped;
        task->skipReason = reason;
        change(*task);
    }
}

} // namespace tenure::ui
