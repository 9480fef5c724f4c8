#pragma once

#include "celltablemodel.h"

#include <QDate>
#include <QLocale>

#include <cmath>
#include <limits>

namespace tenure::account::format {

// A date shown short and sorted by day; an empty cell that sorts last when invalid.
inline Cell date(const QDate& day, const QLocale& locale)
{
    if (!day.isValid())
        return {QString(), QVariant::fromValue(std::numeric_limits<qint64>::max()), {}};
    return {locale.toString(day, QLocale::ShortFormat), QVariant::fromValue(day.toJulianDay()), {}};
}

inline Cell number(double value, int decimals, const QLocale& locale)
{
    return {locale.toString(value, 'f', decimals), value, {}};
}

inline Cell text(const QString& value, const QString& toolTip = {})
{
    return {value, {}, toolTip};
}

} // namespace tenure::account::format
