#pragma once

#include "import/bytesource.h"
#include "import/csvreader.h"

#include <QList>
#include <QStringList>

#include <algorithm>
#include <cstring>

namespace tenure::test {

// Hands out one byte per read, so that every record is cut by the end of the
// buffer at every possible place.
class TrickleSource : public import::ByteSource
{
public:
    explicit TrickleSource(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
    }
    qsizetype read(char* into, qsizetype capacity) override
    {
        if (m_at >= m_bytes.size() || capacity == 0)
            return 0;
        *into = m_bytes[m_at++];
        return 1;
    }
    qint64 position() const override { return m_at; }
    qint64 size() const override { return m_bytes.size(); }

private:
    QByteArray m_bytes;
    qsizetype m_at = 0;
};

struct ReadResult
{
    QList<QStringList> records;
    QList<qint64> lines;
    QList<int> problems;
};

inline ReadResult readAllRecords(import::ByteSource& source, char delimiter)
{
    import::CsvReader reader(source, {delimiter, false});
    import::CsvRecord record;
    ReadResult result;
    while (reader.next(record)) {
        QStringList fields;
        for (int i = 0; i < record.size(); ++i)
            fields.append(record.text(i));
        result.records.append(fields);
        result.lines.append(record.line);
        result.problems.append(static_cast<int>(record.problem));
    }
    return result;
}

} // namespace tenure::test
