#pragma once

#include <QString>
#include <QTemporaryDir>

namespace tenure::test {

// A private folder for one test's book files, removed when it goes out of scope.
class TempFolder
{
public:
    TempFolder();
    QString path(const QString& fileName) const;
    // Writes `bytes` to a new file in the folder and returns its path.
    QString write(const QString& fileName, const QByteArray& bytes) const;

private:
    QTemporaryDir m_dir;
};

QByteArray readAll(const QString& path);

} // namespace tenure::test
