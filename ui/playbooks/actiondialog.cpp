#include "actiondialog.h"

#include "health/riskreason.h"
#include "playbooks/people.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace tenure::ui {

ActionDialog::ActionDialog(store::Connection& connection, const playbooks::Action& action,
                           QWidget* parent)
    : QDialog(parent)
    , m_action(action)
    , m_date(new QDateEdit(action.occurredOn.isValid() ? action.occurredOn : QDate::currentDate(),
                           this))
    , m_kind(new QComboBox(this))
    , m_contact(new QComboBox(this))
    , m_reason(new QComboBox(this))
    , m_summary(new QLineEdit(action.summary, this))
    , m_outcome(new QPlainTextEdit(action.outcome, this))
    , m_followUp(new QCheckBox(tr("Follow up on"), this))
    , m_followUpDate(new QDateEdit(this))
{
    setWindowTitle(action.id ? tr("Edit Action") : tr("Log Action"));
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Date"));
    for (const playbooks::WorkKind kind : playbooks::allWorkKinds())
        m_kind->addItem(playbooks::workKindLabel(kind), static_cast<int>(kind));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(action.kind)));
    m_kind->setAccessibleName(tr("Kind"));

    m_contact->addItem(tr("No one in particular"), QVariant::fromValue(qint64{0}));
    for (const playbooks::ContactChoice& contact :
         playbooks::loadContactChoices(connection, action.accountId)) {
        m_contact->addItem(QStringLiteral("%1 (%2)").arg(contact.name, contact.role),
                           QVariant::fromValue(qint64{contact.id}));
    }
    m_contact->setCurrentIndex(
        std::max(0, m_contact->findData(QVariant::fromValue(qint64{action.contactId}))));
    m_contact->setAccessibleName(tr("Contact"));

    m_reason->addItem(tr("None"), QString());
    for (const QString& code : health::allReasonCodes())
        m_reason->addItem(health::reasonTitle(code), code);
    m_reason->setCurrentIndex(std::max(0, m_reason->findData(action.reasonCode)));
    m_reason->setAccessibleName(tr("Reason addressed"));

    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setPlaceholderText(tr("What was done or said"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->setMaximumHeight(80);
    m_followUp->setChecked(action.followUpOn.isValid());
    m_followUpDate->setCalendarPopup(true);
    m_followUpDate->setDate(action.followUpOn.isValid() ? action.followUpOn
                                                        : m_date->date().addDays(14));
    m_followUpDate->setEnabled(m_followUp->isChecked());
    m_followUpDate->setAccessibleName(tr("Follow-up date"));
    connect(m_followUp, &QCheckBox::toggled, m_followUpDate, &QWidget::setEnabled);

    auto* followUp = new QHBoxLayout;
    followUp->addWidget(m_followUp);
    followUp->addWidget(m_followUpDate);
    followUp->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Contact"), m_contact);
    form->addRow(tr("Reason addressed"), m_reason);
    form->addRow(tr("Summary"), m_summary);
    form->addRow(tr("Outcome"), m_outcome);
    form->addRow(QString(), followUp);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    const auto updateOk = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_summary->text().trimmed().isEmpty());
    };
    connect(m_summary, &QLineEdit::textChanged, this, updateOk);
    updateOk();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

playbooks::Action ActionDialog::action() const
{
    playbooks::Action action = m_action;
    action.occurredOn = m_date->date();
    action.kind = static_cast<playbooks::WorkKind>(m_kind->currentData().toInt());
    action.contactId = m_contact->currentData().toLongLong();
    action.contactName = action.contactId ? m_contact->currentText() : QString();
    action.reasonCode = m_reason->currentData().toString();
    action.summary = m_summary->text().trimmed();
    action.outcome = m_outcome->toPlainText().trimmed();
    action.followUpOn = m_followUp->isChecked() ? m_followUpDate->date() : QDate();
    return action;
}

} // namespace tenure::ui
