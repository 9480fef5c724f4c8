#pragma once

#include "store/sqlite.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>

namespace tenure::test {

// What running the `tenure` executable printed and returned.
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    bool crashed = false; // killed by a signal or an abort
};

// `childSetup` runs in the child before tenure starts (limits, signals).
inline Run runTenure(const QStringList& arguments, const std::function<void()>& childSetup = {})
{
    QProcess process;
    if (childSetup)
        process.setChildProcessModifier(childSetup);
    process.start(QStringLiteral(TENURE_EXECUTABLE), arguments);
    process.waitForFinished(60000);
    return {process.exitCode(), process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError()),
            process.exitStatus() == QProcess::CrashExit};
}

// A small demo book (120 accounts over 24 months to `today`) without a
// write-ahead log beside it, so that what a test does to it, damage or a
// size limit, touches that one file. Empty when `tenure demo` failed.
inline QString smallDemoBook(const QString& path, const QString& today)
{
    const Run demo =
        runTenure({QStringLiteral("demo"), QStringLiteral("--out"), path,
                   QStringLiteral("--accounts"), QStringLiteral("120"), QStringLiteral("--months"),
                   QStringLiteral("24"), QStringLiteral("--today"), today});
    if (demo.exitCode != 0)
        return {};
    store::Connection(path, store::Connection::Mode::ReadWrite)
        .exec("PRAGMA journal_mode = DELETE");
    return path;
}

} // namespace tenure::test
