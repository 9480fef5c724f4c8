#include "mergeaccountdialog.h"

#include "accountlist/mergeaccountscommand.h"
#include "common/bookchange.h"
#include "import/companyname.h"
#include "store/bookdocument.h"
#include "store/sqlite.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tenure::ui {

namespace {

constexpr int kAccountIdRole = Qt::UserRole;

} // namespace

MergeAccountDialog::MergeAccountDialog(store::BookDocument& document, qint64 fromId,
                                       const QString& fromName, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_fromId(fromId)
    , m_fromName(fromName)
    , m_search(new QLineEdit(this))
    , m_targets(new QListWidget(this))
{
    setWindowTitle(tr("Merge %1 into…").arg(fromName));
    auto* explanation = new QLabel(
        tr("Every row of %1 (subscriptions, invoices, signals, contacts, actions, tasks, "
           "milestones, events, external ids) moves to the account you choose, which keeps its "
           "own fields and takes %1's where it has none. %1 is then removed. Edit ▸ Undo puts "
           "it back.")
            .arg(fromName),
        this);
    explanation->setWordWrap(true);
    m_search->setPlaceholderText(tr("Find an account by name or domain"));
    m_search->setClearButtonEnabled(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_search);
    layout->addWidget(m_targets);
    layout->addWidget(buttons);
    connect(m_search, &QLineEdit::textChanged, this, &MergeAccountDialog::filter);
    connect(m_targets, &QListWidget::currentItemChanged, this, [buttons](QListWidgetItem* item) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(item && !item->isHidden());
    });
    connect(m_targets, &QListWidget::itemDoubleClicked, this, &MergeAccountDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &MergeAccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadTargets();
    resize(480, 420);
}

// Accounts with the same name (legal form aside) or domain first: the likely duplicates.
void MergeAccountDialog::loadTargets()
{
    auto own = m_document.connection().prepare(
        "SELECT lower(coalesce(domain, '')) FROM accounts WHERE id = ?");
    own.bind(1, std::int64_t{m_fromId});
    const QString fromDomain = own.step() ? own.textValue(0) : QString();
    const QString fromBase = import::normaliseCompanyName(m_fromName);
    auto statement = m_document.connection().prepare(
        "SELECT id, name, coalesce(domain, '') FROM accounts WHERE id <> ? ORDER BY name, id");
    statement.bind(1, std::int64_t{m_fromId});
    int likely = 0;
    while (statement.step()) {
        const qint64 id = statement.intValue(0);
        const QString name = statement.textValue(1);
        const QString domain = statement.textValue(2);
        const bool alike = import::normaliseCompanyName(name) == fromBase ||
                           (!fromDomain.isEmpty() && domain.toLower() == fromDomain);
        auto* item = new QListWidgetItem(
            domain.isEmpty() ? tr("%1 (account %2)").arg(name).arg(id)
                             : tr("%1 (account %2, %3)").arg(name).arg(id).arg(domain));
        item->setData(kAccountIdRole, id);
        if (alike)
            m_targets->insertItem(likely++, item);
        else
            m_targets->addItem(item);
    }
    if (likely > 0)
        m_targets->setCurrentRow(0);
}

void MergeAccountDialog::filter(const QString& text)
{
    for (int row = 0; row < m_targets->count(); ++row) {
        QListWidgetItem* item = m_targets->item(row);
        item->setHidden(!item->text().contains(text, Qt::CaseInsensitive));
    }
}

QList<qint64> MergeAccountDialog::offeredTargets() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_targets->count(); ++row)
        ids.append(m_targets->item(row)->data(kAccountIdRole).toLongLong());
    return ids;
}

void MergeAccountDialog::chooseTarget(qint64 accountId)
{
    for (int row = 0; row < m_targets->count(); ++row) {
        if (m_targets->item(row)->data(kAccountIdRole).toLongLong() == accountId)
            m_targets->setCurrentRow(row);
    }
}

void MergeAccountDialog::accept()
{
    const QListWidgetItem* item = m_targets->currentItem();
    if (!item || item->isHidden())
        return;
    const qint64 into = item->data(kAccountIdRole).toLongLong();
    const QString intoName = item->text();
    // A refused merge is told by the window, as any refused write; the dialog stays.
    if (!pushBookChange(
            this, m_document,
            new accounts::MergeAccountsCommand(m_document, m_fromId, into, m_fromName, intoName)))
        return;
    QDialog::accept();
}

} // namespace tenure::ui
