#include "translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace tenure {

void installTranslations(const QLocale& locale)
{
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
