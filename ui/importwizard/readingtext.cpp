#include "readingtext.h"

#include "import/fileplan.h"

#include <QCoreApplication>

namespace tenure::ui {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::ui::ImportWizard)
};

} // namespace

QString delimiterLabel(char delimiter)
{
    switch (delimiter) {
    case ',':
        return Messages::tr("Comma (,)");
    case ';':
        return Messages::tr("Semicolon (;)");
    case '\t':
        return Messages::tr("Tab");
    case '|':
        return Messages::tr("Vertical bar (|)");
    default:
        return QString(QLatin1Char(delimiter));
    }
}

QString presetLabel(const import::Preset& preset)
{
    return QCoreApplication::translate("tenure::import::Preset", preset.label);
}

QString layoutLabel(const import::FilePlan& plan)
{
    if (plan.mappingRemembered)
        return Messages::tr("%1, your saved mapping").arg(import::kindLabel(plan.kind));
    if (plan.preset)
        return presetLabel(*plan.preset);
    return Messages::tr("%1, mapped by hand").arg(import::kindLabel(plan.kind));
}

QString readingSummary(const import::FilePlan& plan)
{
    const char delimiter = plan.dialect.delimiter;
    return QStringLiteral("%1\n%2 · %3")
        .arg(layoutLabel(plan), import::encodingName(plan.encoding),
             delimiter == '\t' ? Messages::tr("tab") : QString(QLatin1Char(delimiter)));
}

} // namespace tenure::ui
