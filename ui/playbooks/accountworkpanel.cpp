#include "accountworkpanel.h"

#include "actiondialog.h"
#include "common/bookchange.h"
#include "common/bookfollower.h"
#include "health/riskreason.h"
#include "lastchange.h"
#include "playbooks/playbookstore.h"
#include "playbooks/undocommands.h"
#include "store/bookdocument.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>

#include <algorithm>

namespace tenure::ui {

namespace {

constexpr int kByColumn = 7; // of the action log: who logged or last edited the action

QTreeWidget* makeTree(const QStringList& headers, const QString& name, QWidget* parent)
{
    auto* tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setAccessibleName(name);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QGroupBox* box(const QString& title, QWidget* content, QLayout* buttons, QWidget* parent)
{
    auto* group = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(content);
    if (buttons)
        layout->addLayout(buttons);
    return group;
}

QString date(const QDate& day)
{
    return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : QString();
}

} // namespace

AccountWorkPanel::AccountWorkPanel(QWidget* parent)
    : QWidget(parent)
    , m_follower(new BookFollower(this,
                                  store::BookChange::Actions | store::BookChange::Tasks |
                                      store::BookChange::Playbooks,
                                  [this] { reload(); }))
    , m_suggested(makeTree({tr("Playbook"), tr("Why now")}, tr("Suggested plays"), this))
    , m_tasks(makeTree({tr("Due"), tr("Task"), tr("Kind"), tr("Owner")}, tr("Open tasks"), this))
    , m_log(makeTree({tr("Date"), tr("Kind"), tr("Contact"), tr("Reason"), tr("Summary"),
                      tr("Outcome"), tr("Follow-up"), tr("By")},
                     tr("Action log"), this))
    , m_start(new QPushButton(tr("&Start Play"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    auto* startButtons = new QHBoxLayout;
    startButtons->addStretch();
    startButtons->addWidget(m_start);
    auto* logButtons = new QHBoxLayout;
    auto* log = new QPushButton(tr("&Log Action…"), this);
    logButtons->addStretch();
    logButtons->addWidget(log);
    logButtons->addWidget(m_edit);
    logButtons->addWidget(m_delete);

    auto* top = new QHBoxLayout;
    top->addWidget(box(tr("Suggested plays"), m_suggested, startButtons, this), 3);
    top->addWidget(box(tr("Open tasks"), m_tasks, nullptr, this), 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top, 2);
    layout->addWidget(box(tr("Action log"), m_log, logButtons, this), 3);

    connect(m_start, &QPushButton::clicked, this, [this] {
        if (auto* item = m_suggested->currentItem())
            startSuggestion(m_suggested->indexOfTopLevelItem(item));
    });
    connect(log, &QPushButton::clicked, this, [this] {
        playbooks::Action action;
        action.accountId = m_accountId;
        action.occurredOn = QDate::currentDate();
        action.kind = playbooks::WorkKind::Call;
        action.createdBy = m_owner;
        if (!m_moment.firedReasons.isEmpty())
            action.reasonCode = m_moment.firedReasons.front();
        openActionDialog(action);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const auto* action = selectedAction())
            openActionDialog(*action);
    });
    connect(m_log, &QTreeWidget::itemActivated, m_edit, &QPushButton::click);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const auto* action = selectedAction())
            deleteAction(*action);
    });
    const auto updateButtons = [this] {
        m_start->setEnabled(m_suggested->currentItem() != nullptr);
        m_edit->setEnabled(selectedAction() != nullptr);
        m_delete->setEnabled(selectedAction() != nullptr);
    };
    connect(m_suggested, &QTreeWidget::itemSelectionChanged, this, updateButtons);
    connect(m_log, &QTreeWidget::itemSelectionChanged, this, updateButtons);
    clear();
}

void AccountWorkPanel::setDocument(store::BookDocument* document)
{
    clear();
    m_follower->setDocument(document);
}

store::BookDocument* AccountWorkPanel::document() const
{
    return m_follower->document();
}

void AccountWorkPanel::showAccount(qint64 accountId, const playbooks::AccountMoment& moment)
{
    m_accountId = accountId;
    m_follower->setAccount(accountId);
    m_moment = moment;
    setEnabled(document() != nullptr);
    reload();
}

void AccountWorkPanel::clear()
{
    m_accountId = 0;
    m_follower->setAccount(0);
    m_suggestions.clear();
    m_actions.clear();
    for (QTreeWidget* tree : {m_suggested, m_tasks, m_log})
        tree->clear();
    setEnabled(false);
}

void AccountWorkPanel::reload()
{
    if (!document() || m_accountId == 0)
        return;
    store::Connection& connection = document()->connection();
    m_library = playbooks::loadLibrary(connection);
    m_moment.runningPlaybooks = playbooks::runningPlaybooks(connection, m_accountId);
    fillSuggestions();
    fillTasks();
    fillActions();
    m_start->setEnabled(false);
    m_edit->setEnabled(false);
    m_delete->setEnabled(false);
}

void AccountWorkPanel::fillSuggestions()
{
    m_suggested->clear();
    m_suggestions = playbooks::suggestPlays(m_library, m_moment, QDate::currentDate());
    QStringList plays;
    for (const playbooks::Suggestion& suggestion : m_suggestions) {
        for (const playbooks::Playbook& playbook : m_library) {
            if (playbook.code == suggestion.playbookCode) {
                auto* item = new QTreeWidgetItem(m_suggested, {playbook.name, suggestion.why});
                item->setToolTip(0, playbook.description);
                plays.append(tr("%1: %2").arg(playbook.name, suggestion.why));
            }
        }
    }
    Q_EMIT suggestionsChanged(plays);
    if (m_suggestions.empty()) {
        auto* none = new QTreeWidgetItem(m_suggested, {tr("Nothing to start: no reason, quadrant "
                                                          "change or lifecycle moment calls for "
                                                          "a play, or its play is running.")});
        none->setFlags(Qt::NoItemFlags);
        none->setFirstColumnSpanned(true);
    }
    m_suggested->resizeColumnToContents(0);
}

void AccountWorkPanel::fillTasks()
{
    m_tasks->clear();
    for (const playbooks::Task& task :
         playbooks::loadAccountTasks(document()->connection(), m_accountId)) {
        new QTreeWidgetItem(
            m_tasks, {date(task.due), task.title, playbooks::workKindLabel(task.kind), task.owner});
    }
    m_tasks->resizeColumnToContents(0);
}

void AccountWorkPanel::fillActions()
{
    m_log->clear();
    m_actions = playbooks::loadActions(document()->connection(), m_accountId);
    for (const playbooks::Action& action : m_actions) {
        auto* item = new QTreeWidgetItem(
            m_log,
            {date(action.occurredOn), playbooks::workKindLabel(action.kind), action.contactName,
             action.reasonCode.isEmpty() ? QString() : health::reasonTitle(action.reasonCode),
             action.summary, action.outcome, date(action.followUpOn), action.changedBy});
        item->setToolTip(kByColumn, lastChangeTooltip(action.changedBy, action.changedAt));
    }
    for (int column = 0; column < 4; ++column)
        m_log->resizeColumnToContents(column);
}

const playbooks::Action* AccountWorkPanel::selectedAction() const
{
    QTreeWidgetItem* item = m_log->currentItem();
    const int row = item ? m_log->indexOfTopLevelItem(item) : -1;
    return row >= 0 && row < static_cast<int>(m_actions.size())
               ? &m_actions[static_cast<std::size_t>(row)]
               : nullptr;
}

void AccountWorkPanel::openActionDialog(const playbooks::Action& action)
{
    if (!document() || refuseIfReadOnly(this, *document()))
        return;
    auto* dialog = new ActionDialog(document()->connection(), action, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, action] {
        if (action.id == 0)
            logAction(dialog->action());
        else
            editAction(action, dialog->action());
    });
    dialog->open();
}

void AccountWorkPanel::startSuggestion(int index)
{
    if (!document() || index < 0 || index >= static_cast<int>(m_suggestions.size()))
        return;
    const QString code = m_suggestions[static_cast<std::size_t>(index)].playbookCode;
    const auto found =
        std::find_if(m_library.cbegin(), m_library.cend(),
                     [&code](const auto& playbook) { return playbook.code == code; });
    if (found == m_library.cend())
        return;
    // A copy: the change the command makes reloads this panel, which replaces m_library.
    // NOLINTNEXTLINE(performance-unnecessary-copy-initialization)
    const playbooks::Playbook playbook = *found;
    const QString reason =
        playbook.trigger == playbooks::TriggerKind::RiskReason ? playbook.triggerValue : QString();
    pushBookChange(this, *document(),
                   new playbooks::StartPlayCommand(*document(), playbook, m_accountId,
                                                   QDate::currentDate(), m_owner, reason));
}

void AccountWorkPanel::logAction(const playbooks::Action& action)
{
    if (document())
        pushBookChange(this, *document(), new playbooks::AddActionCommand(*document(), action));
}

void AccountWorkPanel::editAction(const playbooks::Action& before, const playbooks::Action& after)
{
    if (document())
        pushBookChange(this, *document(),
                       new playbooks::EditActionCommand(*document(), before, after));
}

void AccountWorkPanel::deleteAction(const playbooks::Action& action)
{
    if (document())
        pushBookChange(this, *document(), new playbooks::DeleteActionCommand(*document(), action));
}

} // namespace tenure::ui
