#include "recentbooks.h"

#include <QFileInfo>
#include <QSettings>

namespace tenure::ui {

namespace {

const QString kKey = QStringLiteral("recentBooks");

void store(const QStringList& paths)
{
    QSettings().setValue(kKey, paths);
}

} // namespace

QStringList RecentBooks::list()
{
    return QSettings().value(kKey).toStringList();
}

void RecentBooks::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = list();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    store(paths.mid(0, kMaximum));
}

void RecentBooks::remove(const QString& path)
{
    QStringList paths = list();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    store(paths);
}

void RecentBooks::clear()
{
    store({});
}

} // namespace tenure::ui
