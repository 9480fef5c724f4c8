#include "personalpage.h"

#include "common/personalsettings.h"
#include "notelabel.h"
#include "store/person.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace tenure::ui {

namespace {

// The default owner's choice that means "no default".
const QString kLastChosen = QStringLiteral("\x01last");

} // namespace

PersonalPage::PersonalPage(const QStringList& owners, QWidget* parent)
    : QWidget(parent)
    , m_language(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_name(new QLineEdit(personal::personName(), this))
{
    m_name->setObjectName(QStringLiteral("personName"));
    m_name->setPlaceholderText(store::loginName()); // what is recorded while it is empty
    m_language->setObjectName(QStringLiteral("language"));
    m_owner->setObjectName(QStringLiteral("defaultOwner"));
    for (const auto& language : personal::availableLanguages())
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(personal::language())));

    m_owner->addItem(tr("The last one chosen"), kLastChosen);
    m_owner->addItem(tr("Everyone"), QString());
    for (const QString& owner : owners)
        m_owner->addItem(owner, owner);
    const auto owner = personal::defaultOwner();
    if (owner && m_owner->findData(*owner) < 0)
        m_owner->addItem(*owner, *owner); // a default owner from another book stays offered
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(owner.value_or(kLastChosen))));

    auto* form = new QFormLayout(this);
    form->addRow(noteLabel(tr("These settings are yours: they are kept on this computer, for "
                              "every book you open."),
                           this));
    addNotedRow(form, tr("&Language:"), m_language,
                noteLabel(tr("A new language is used from the next start of Tenure."), this));
    addNotedRow(form, tr("&Default owner:"), m_owner,
                noteLabel(tr("Whose work Today and My Tasks show when a book opens."), this));
    addNotedRow(form, tr("Your &name:"), m_name,
                noteLabel(tr("Recorded in a book with the tasks, actions and playbooks you "
                             "change and the imports you run. Empty: your login name. A team "
                             "book records the name the team gave your login instead."),
                          this));
}

QString PersonalPage::language() const
{
    return m_language->currentData().toString();
}

QString PersonalPage::personName() const
{
    return m_name->text().trimmed();
}

std::optional<QString> PersonalPage::defaultOwner() const
{
    const QString owner = m_owner->currentData().toString();
    if (owner == kLastChosen)
        return std::nullopt;
    return owner;
}

} // namespace tenure::ui
