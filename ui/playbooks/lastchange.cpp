#include "lastchange.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace tenure::ui {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::ui::LastChange)
};

} // namespace

QString lastChangeTooltip(const QString& by, const QString& atUtc)
{
    const QDateTime at = QDateTime::fromString(atUtc, Qt::ISODate);
    if (by.isEmpty() || !at.isValid())
        return {};
    return Messages::tr("Last changed by %1 on %2")
        .arg(by, QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
}

} // namespace tenure::ui
