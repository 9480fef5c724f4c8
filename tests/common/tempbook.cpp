#include "tempbook.h"

#include <QFile>

#include <stdexcept>

namespace tenure::test {

TempFolder::TempFolder()
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
}

QString TempFolder::path(const QString& fileName) const
{
    return m_dir.filePath(fileName);
}

QString TempFolder::write(const QString& fileName, const QByteArray& bytes) const
{
    QString target = path(fileName);
    QFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write a test file");
    return target;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace tenure::test
