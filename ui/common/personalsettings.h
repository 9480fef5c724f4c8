#pragma once

#include <QLocale>
#include <QString>

#include <optional>
#include <vector>

namespace tenure::ui {

// What belongs to the person rather than to a book, kept in QSettings.
namespace personal {

struct Language
{
    QString code;       // "" for the system's language, else "en", "zh_CN", "ru"
    QString nativeName; // as its speakers write it
};

// The languages Tenure is translated into, the system's first.
std::vector<Language> availableLanguages();

QString language(); // "" when following the system
void setLanguage(const QString& code);
// The locale the window uses: the chosen language, or the system's.
QLocale chosenLocale();

// Whom Today and My Tasks show when a book opens; none: the last one chosen.
std::optional<QString> defaultOwner();
void setDefaultOwner(const std::optional<QString>& owner);

// The person's name, recorded with what they change in a file book; empty:
// their login name (store::currentPerson). Setting it also tells the store.
QString personName();
void setPersonName(const QString& name);

} // namespace personal

} // namespace tenure::ui
