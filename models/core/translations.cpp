#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace tenure {

void installTranslations(const QLocale& locale)
{
    // Qt's own words (standard buttons, file dialogs, the "Usage:" of --help)
    // come from Qt's translations where they are installed
    // (qt6-translations-l10n); without them they stay English.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    // Translators installed later are asked first, so English goes in first.
    for (const QString& name :
         {QStringLiteral("tenure_en"), QStringLiteral("tenure_") + locale.name()}) {
        auto* translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(name, QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    }
}

} // namespace tenure
