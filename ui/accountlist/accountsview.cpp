#include "accountsview.h"

#include "accountlist/accountfiltermodel.h"
#include "accountlist/accounttablemodel.h"
#include "common/backgroundjob.h"
#include "common/bookfollower.h"
#include "common/emptystate.h"
#include "common/headingwidths.h"
#include "common/rememberedcolumns.h"
#include "health/riskreason.h"
#include "metrics/currency.h"
#include "store/bookdocument.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tenure::ui {

namespace {

enum Page { Loading, Table, Failure };

using Stage = AccountListLoad::Stage;
using Change = store::BookChange;

// Health reads the accounts' billing, signals and work, and the book's thresholds.
constexpr Change::Parts kShownParts = Change::Accounts | Change::Periods | Change::Signals |
                                      Change::Actions | Change::Tasks | Change::Preferences;

// The list first, so it shows at once; health reads every signal of the book
// and takes longer, and the trend recomputes health a month earlier.
AccountListLoad loadInStages(JobContext<AccountListLoad>& job)
{
    const QDate today = QDate::currentDate();
    job.deliver({Stage::List, accounts::loadAccountList(job.book(), today), {}, {}, {}});
    if (job.isCancelled())
        throw Cancelled();
    accounts::HealthColumns health;
    try {
        health = accounts::loadHealthColumns(job.book(), today);
    } catch (const metrics::MissingRate& missing) {
        // The list marks such rows itself; health cannot be scored without the rate.
        return {Stage::Health, {}, {}, missing.message(), {}};
    }
    // The columns go to the list; the trend keeps only each account's figure.
    const accounts::HealthById now = accounts::scoredHealth(health);
    job.deliver({Stage::Health, {}, std::move(health), {}, {}});
    if (job.isCancelled())
        throw Cancelled();
    return {Stage::Trend, {}, {}, {}, accounts::healthChanges(now, job.book(), today)};
}

} // namespace

AccountsView::AccountsView(QWidget* parent)
    : QWidget(parent)
    , m_model(new accounts::AccountTableModel(this))
    , m_filter(new accounts::AccountFilterModel(this))
    , m_follower(new BookFollower(this, kShownParts, [this] { reload(); }))
    , m_job(new JobRunner(this))
{
    m_follower->stopWhenHidden(m_job);
    m_filter->setSourceModel(m_model);

    auto* bar = new QHBoxLayout;
    buildFilterBar(bar);

    m_table = new QTableView(this);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(accounts::AccountTableModel::Name, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &AccountsView::showContextMenu);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setAccessibleName(tr("Accounts"));
    const int widths[] = {240, 60, 70, 100, 100, 160, 130, 100, 100, 100, 110, 110, 100, 80};
    static_assert(std::size(widths) == accounts::AccountTableModel::ColumnCount);
    for (int column = 0; column < accounts::AccountTableModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column]);
    fitSectionsToHeadings(m_table->horizontalHeader());
    rememberColumns(m_table->horizontalHeader(), QStringLiteral("accounts"));
    connect(m_table, &QTableView::activated, this, &AccountsView::openAccount);

    auto* loading = new QLabel(tr("Reading the accounts…"), this);
    loading->setAlignment(Qt::AlignCenter);
    m_failure = new EmptyState(tr("The accounts could not be read"), {}, this);

    m_stack = new QStackedWidget(this);
    m_stack->insertWidget(Loading, loading);
    m_stack->insertWidget(Table, m_table);
    m_stack->insertWidget(Failure, m_failure);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_job, &JobRunner::failed, this, &AccountsView::showFailure);
}

void AccountsView::buildFilterBar(QHBoxLayout* bar)
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Filter accounts by name"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter accounts by name"));
    m_search->setMinimumWidth(260);
    auto* focus = new QShortcut(QKeySequence::Find, this);
    connect(focus, &QShortcut::activated, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setNameFilter(text.trimmed());
        updateCount();
    });

    m_owner = new QComboBox(this);
    m_owner->setAccessibleName(tr("Owner"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setOwner(m_owner->currentData().toString());
        updateCount();
    });
    m_segment = new QComboBox(this);
    m_segment->setAccessibleName(tr("Segment"));
    m_segment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_segment, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setSegment(m_segment->currentData().toString());
        updateCount();
    });

    m_reason = new QComboBox(this);
    m_reason->setAccessibleName(tr("Risk reason"));
    m_reason->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_reason->addItem(tr("Any risk reason"), QString());
    for (const QString& code : health::allReasonCodes())
        m_reason->addItem(health::reasonTitle(code), code);
    connect(m_reason, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setReason(m_reason->currentData().toString());
        updateCount();
    });
    m_quadrant = new QComboBox(this);
    m_quadrant->setAccessibleName(tr("Quadrant"));
    m_quadrant->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_quadrant->addItem(tr("Any quadrant"), -1);
    for (const auto quadrant : {health::Quadrant::Thriving, health::Quadrant::Trapped,
                                health::Quadrant::SilentRisk, health::Quadrant::Rescue})
        m_quadrant->addItem(health::quadrantTitle(quadrant), static_cast<int>(quadrant));
    connect(m_quadrant, &QComboBox::currentIndexChanged, this, [this] {
        const int chosen = m_quadrant->currentData().toInt();
        m_filter->setQuadrant(chosen < 0 ? std::nullopt
                                         : std::optional(static_cast<health::Quadrant>(chosen)));
        updateCount();
    });

    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Accounts shown"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_runPlay = new QPushButton(tr("Run a &Play…"), this);
    m_runPlay->setToolTip(tr("A one-to-many play (webinar, newsletter, survey) on the selected "
                             "accounts, or on every account the filters show"));
    m_runPlay->setEnabled(false); // until the list is read
    connect(m_runPlay, &QPushButton::clicked, this,
            [this] { Q_EMIT playRequested(chosenAccounts()); });

    bar->addWidget(m_search, 2);
    bar->addWidget(m_owner);
    bar->addWidget(m_segment);
    bar->addWidget(m_reason);
    bar->addWidget(m_quadrant);
    bar->addStretch(1);
    bar->addWidget(m_count);
    bar->addWidget(m_runPlay);
}

void AccountsView::setDocument(store::BookDocument* document)
{
    m_stack->setCurrentIndex(Loading); // a refresh of the same book keeps the list until it is read
    m_follower->setDocument(document);
}

void AccountsView::reload()
{
    const store::BookDocument* document = m_follower->document();
    if (!document) {
        m_job->cancel();
        m_model->setAccounts({});
        updateCount();
        m_runPlay->setEnabled(false);
        return;
    }
    m_job->start<AccountListLoad>(document->path(), loadInStages,
                                  [this](AccountListLoad result) { showStage(std::move(result)); });
}

void AccountsView::sortByRisk()
{
    m_table->sortByColumn(accounts::AccountTableModel::ArrAtRisk, Qt::DescendingOrder);
}

bool AccountsView::isLoading() const
{
    return m_job->isRunning();
}

void AccountsView::showStage(AccountListLoad result)
{
    if (result.stage == Stage::List) {
        showList(std::move(result));
        return;
    }
    if (result.stage == Stage::Trend) {
        m_model->setHealthChanges(result.changes);
        Q_EMIT healthLoaded();
    } else if (result.healthError.isEmpty()) {
        m_count->setToolTip({});
        m_model->setHealth(result.health);
    } else {
        m_count->setToolTip(tr("Health could not be scored: %1").arg(result.healthError));
        Q_EMIT healthLoaded();
    }
}

void AccountsView::showFailure(const QString& message)
{
    m_stack->setCurrentIndex(Failure);
    m_failure->setText(message);
    Q_EMIT loadFailed(message);
}

void AccountsView::showList(AccountListLoad result)
{
    fillCombo(m_owner, tr("All owners"), result.list.owners);
    fillCombo(m_segment, tr("All segments"), result.list.segments);
    m_model->setAccounts(std::move(result.list));
    m_stack->setCurrentIndex(Table);
    updateCount();
    m_runPlay->setEnabled(totalAccounts() > 0);
    Q_EMIT loaded(totalAccounts());
}

void AccountsView::fillCombo(QComboBox* combo, const QString& allText, const QStringList& values)
{
    const QSignalBlocker blocker(combo);
    const QVariant chosen = combo->currentData(); // kept when the book is read again
    combo->clear();
    combo->addItem(allText, QString());
    for (const QString& value : values)
        combo->addItem(value, value);
    combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    m_filter->setOwner(m_owner->currentData().toString());
    m_filter->setSegment(m_segment->currentData().toString());
}

QList<qint64> AccountsView::chosenAccounts() const
{
    QList<qint64> accounts;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (!selected.isEmpty()) {
        for (const QModelIndex& index : selected)
            accounts.append(index.data(accounts::AccountTableModel::AccountIdRole).toLongLong());
        return accounts;
    }
    for (int row = 0; row < m_filter->rowCount(); ++row)
        accounts.append(
            m_filter->index(row, 0).data(accounts::AccountTableModel::AccountIdRole).toLongLong());
    return accounts;
}

void AccountsView::openAccount(const QModelIndex& index)
{
    Q_EMIT accountActivated(
        index.data(accounts::AccountTableModel::AccountIdRole).toLongLong(),
        index.siblingAtColumn(accounts::AccountTableModel::Name).data().toString());
}

void AccountsView::showContextMenu(const QPoint& position)
{
    // From the keyboard (Shift+F10, the Menu key) the position may be off any row.
    QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        index = m_table->currentIndex();
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.addAction(tr("&Open Account"), this, [this, index] { openAccount(index); });
    const int count = static_cast<int>(chosenAccounts().size());
    menu.addAction(tr("Run a One-to-Many &Play on %n Account(s)…", nullptr, count), this,
                   [this] { Q_EMIT playRequested(chosenAccounts()); });
    menu.addAction(tr("&Merge into…"), this, [this, index] {
        Q_EMIT mergeRequested(
            index.data(accounts::AccountTableModel::AccountIdRole).toLongLong(),
            index.siblingAtColumn(accounts::AccountTableModel::Name).data().toString());
    });
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void AccountsView::updateCount()
{
    m_count->setText(
        tr("%1 of %2 accounts")
            .arg(QLocale().toString(visibleAccounts()), QLocale().toString(totalAccounts())));
}

int AccountsView::visibleAccounts() const
{
    return m_filter->rowCount();
}

int AccountsView::totalAccounts() const
{
    return m_model->rowCount();
}

} // namespace tenure::ui
