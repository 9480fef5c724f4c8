#include "personalsettings.h"

#include "store/person.h"

#include <QCoreApplication>
#include <QSettings>

namespace tenure::ui::personal {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");
const QString kDefaultOwnerKey = QStringLiteral("work/defaultOwner");
const QString kPersonNameKey = QStringLiteral("work/personName");

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::ui::Preferences)
};

} // namespace

std::vector<Language> availableLanguages()
{
    return {{QString(), Messages::tr("The system's language")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
            {QStringLiteral("ru"), QStringLiteral("Русский")}};
}

QString language()
{
    return QSettings().value(kLanguageKey).toString();
}

void setLanguage(const QString& code)
{
    if (code.isEmpty())
        QSettings().remove(kLanguageKey);
    else
        QSettings().setValue(kLanguageKey, code);
}

QLocale chosenLocale()
{
    const QString code = language();
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

std::optional<QString> defaultOwner()
{
    QSettings settings;
    if (!settings.contains(kDefaultOwnerKey))
        return std::nullopt;
    return settings.value(kDefaultOwnerKey).toString();
}

void setDefaultOwner(const std::optional<QString>& owner)
{
    if (owner)
        QSettings().setValue(kDefaultOwnerKey, *owner);
    else
        QSettings().remove(kDefaultOwnerKey);
}

QString personName()
{
    return QSettings().value(kPersonNameKey).toString();
}

void setPersonName(const QString& name)
{
    if (name.trimmed().isEmpty())
        QSettings().remove(kPersonNameKey);
    else
        QSettings().setValue(kPersonNameKey, name.trimmed());
    store::setCurrentPerson(name);
}

} // namespace tenure::ui::personal
