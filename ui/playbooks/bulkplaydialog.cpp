#include "bulkplaydialog.h"

#include "common/bookchange.h"
#include "core/atomicfile.h"
#include "playbooks/bulkplay.h"
#include "playbooks/playbookstore.h"
#include "playbooks/undocommands.h"
#include "store/bookdocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>

namespace tenure::ui {

namespace {

// The personas of the domain notes, as stored in contacts.role.
const std::pair<const char*, const char*> kRoles[] = {
    {"buyer", QT_TRANSLATE_NOOP("tenure::ui::BulkPlayDialog", "Buyer")},
    {"executive_sponsor", QT_TRANSLATE_NOOP("tenure::ui::BulkPlayDialog", "Executive sponsor")},
    {"champion", QT_TRANSLATE_NOOP("tenure::ui::BulkPlayDialog", "Champion")},
    {"admin", QT_TRANSLATE_NOOP("tenure::ui::BulkPlayDialog", "Admin")},
    {"power_user", QT_TRANSLATE_NOOP("tenure::ui::BulkPlayDialog", "Power user")},
    {"it", QT_TRANSLATE_NOOP("tenure::ui::BulkPlayDialog", "IT")},
    {"user", QT_TRANSLATE_NOOP("tenure::ui::BulkPlayDialog", "User")},
};

} // namespace

BulkPlayDialog::BulkPlayDialog(store::BookDocument& document, std::vector<std::int64_t> accounts,
                               QString owner, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_accounts(std::move(accounts))
    , m_owner(std::move(owner))
    , m_library(playbooks::loadLibrary(document.connection()))
    , m_playbook(new QComboBox(this))
    , m_summary(new QLineEdit(this))
    , m_roles(new QListWidget(this))
    , m_recipients(new QLabel(this))
{
    setWindowTitle(tr("Run a One-to-Many Play"));
    std::stable_partition(m_library.begin(), m_library.end(),
                          [](const playbooks::Playbook& p) { return p.oneToMany; });
    for (const playbooks::Playbook& playbook : m_library)
        m_playbook->addItem(playbook.name, playbook.code);
    m_playbook->setAccessibleName(tr("Playbook"));
    m_summary->setPlaceholderText(tr("What is sent, e.g. \u201cQ4 product webinar\u201d"));
    m_summary->setAccessibleName(tr("Summary"));
    for (const auto& [code, label] : kRoles) {
        auto* item = new QListWidgetItem(tr(label), m_roles);
        item->setData(Qt::UserRole, QLatin1String(code));
        item->setCheckState(Qt::Checked);
    }
    m_roles->setAccessibleName(tr("Recipients by persona"));
    m_roles->setMaximumHeight(150);

    auto* form = new QFormLayout;
    form->addRow(
        tr("Accounts"),
        new QLabel(tr("%n account(s)", nullptr, static_cast<int>(m_accounts.size())), this));
    form->addRow(tr("Playbook"), m_playbook);
    form->addRow(tr("Summary"), m_summary);
    form->addRow(tr("Write to"), m_roles);
    form->addRow(QString(), m_recipients);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* runOnly = buttons->addButton(tr("Run"), QDialogButtonBox::AcceptRole);
    auto* runAndSave =
        buttons->addButton(tr("Run and Save Recipients…"), QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_roles, &QListWidget::itemChanged, this, &BulkPlayDialog::updateCount);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(runOnly, &QPushButton::clicked, this, [this] {
        if (run({}))
            accept();
    });
    connect(runAndSave, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Recipients"),
                                                          tr("recipients.csv"), tr("CSV (*.csv)"));
        if (!path.isEmpty() && run(path))
            accept();
    });
    runOnly->setEnabled(!m_accounts.empty());
    runAndSave->setEnabled(!m_accounts.empty());
    updateCount();
}

void BulkPlayDialog::choosePlaybook(const QString& code)
{
    m_playbook->setCurrentIndex(std::max(0, m_playbook->findData(code)));
}

void BulkPlayDialog::chooseRoles(const QStringList& roles)
{
    for (int row = 0; row < m_roles->count(); ++row) {
        QListWidgetItem* item = m_roles->item(row);
        item->setCheckState(roles.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
}

QStringList BulkPlayDialog::roles() const
{
    QStringList chosen;
    for (int row = 0; row < m_roles->count(); ++row) {
        if (m_roles->item(row)->checkState() == Qt::Checked)
            chosen.append(m_roles->item(row)->data(Qt::UserRole).toString());
    }
    return chosen;
}

void BulkPlayDialog::updateCount()
{
    const QStringList chosen = roles();
    const auto count =
        chosen.isEmpty()
            ? 0
            : playbooks::loadRecipients(m_document.connection(), m_accounts, chosen).size();
    m_recipients->setText(tr("%n recipient(s) with an email, still at the customer", nullptr,
                             static_cast<int>(count)));
}

bool BulkPlayDialog::run(const QString& recipientsPath)
{
    const int index = m_playbook->currentIndex();
    if (index < 0 || m_accounts.empty())
        return false;
    if (!recipientsPath.isEmpty()) {
        const QString csv = playbooks::recipientsCsv(
            playbooks::loadRecipients(m_document.connection(), m_accounts, roles()));
        QString error;
        if (!writeFileAtomically(recipientsPath, csv.toUtf8(), &error)) {
            auto* box =
                new QMessageBox(QMessageBox::Warning, windowTitle(), error, QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return false;
        }
    }
    return pushBookChange(this, m_document,
                          new playbooks::BulkPlayCommand(
                              m_document, m_library[static_cast<std::size_t>(index)], m_accounts,
                              QDate::currentDate(), m_owner, m_summary->text().trimmed()));
}

} // namespace tenure::ui
