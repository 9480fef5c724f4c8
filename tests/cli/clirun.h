#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace tenure::test {

// What running the `tenure` executable printed and returned.
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

inline Run runTenure(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(TENURE_EXECUTABLE), arguments);
    process.waitForFinished(60000);
    return {process.exitCode(), process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace tenure::test
