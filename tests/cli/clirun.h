#pragma once

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

} // namespace tenure::test
