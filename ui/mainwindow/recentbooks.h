#pragma once

#include <QStringList>

namespace tenure::ui {

// The books opened last, newest first, remembered in QSettings.
class RecentBooks
{
public:
    static constexpr int kMaximum = 8;
    static QStringList list();
    static void add(const QString& path);
    static void remove(const QString& path);
    static void clear();
};

} // namespace tenure::ui
