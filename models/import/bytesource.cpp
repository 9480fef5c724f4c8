#include "bytesource.h"

#include "importerror.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cstring>

namespace tenure::import {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::import::ByteSource)
};

constexpr qsizetype kChunk = 256 * 1024;

} // namespace

FileSource::FileSource(const QString& path)
    : m_file(path)
{
    // Unbuffered: the reader has its own buffer; a second copy would only cost time.
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        throw ImportError(Messages::tr("Cannot read %1: %2")
                              .arg(QFileInfo(path).fileName(), m_file.errorString()));
    }
    m_size = m_file.size();
}

qsizetype FileSource::read(char* into, qsizetype capacity)
{
    const qint64 got = m_file.read(into, capacity);
    if (got < 0) {
        throw ImportError(Messages::tr("Cannot read %1: %2")
                              .arg(QFileInfo(m_file.fileName()).fileName(), m_file.errorString()));
    }
    m_position += got;
    return static_cast<qsizetype>(got);
}

qsizetype MemorySource::read(char* into, qsizetype capacity)
{
    const qsizetype count = std::min(capacity, m_bytes.size() - m_position);
    if (count > 0)
        std::memcpy(into, m_bytes.data() + m_position, static_cast<std::size_t>(count));
    m_position += count;
    return count;
}

HashingSource::HashingSource(std::unique_ptr<ByteSource> input)
    : m_input(std::move(input))
    , m_size(m_input->size())
{
    constexpr std::size_t kChunksAhead = 8;
    m_ahead = std::make_unique<ReadAhead<QByteArray>>(
        kChunksAhead, [this](QByteArray& chunk) { return readChunk(chunk); });
}

// Destroys the reading thread before the input it reads.
HashingSource::~HashingSource() = default;

bool HashingSource::readChunk(QByteArray& chunk)
{
    chunk.resize(kChunk);
    chunk.truncate(m_input->read(chunk.data(), kChunk));
    if (chunk.isEmpty()) {
        m_sha256 = QString::fromLatin1(m_hash.hexResult());
        return false;
    }
    m_hash.addData(chunk);
    return true;
}

qsizetype HashingSource::read(char* into, qsizetype capacity)
{
    while (m_chunkAt >= m_chunk.size()) {
        if (m_finished || !m_ahead->next(m_chunk)) {
            m_finished = true;
            return 0;
        }
        m_chunkAt = 0;
    }
    const qsizetype count = std::min(capacity, m_chunk.size() - m_chunkAt);
    std::memcpy(into, m_chunk.constData() + m_chunkAt, static_cast<std::size_t>(count));
    m_chunkAt += count;
    m_position += count;
    return count;
}

Utf8Source::Utf8Source(std::unique_ptr<ByteSource> input, Encoding encoding)
    : m_input(std::move(input))
    , m_encoding(encoding)
    , m_decoder(decoderName(encoding))
    , m_bomToSkip(byteOrderMarkSize(encoding))
{
}

bool Utf8Source::refill()
{
    m_chunk.resize(kChunk);
    const qsizetype got = m_input->read(m_chunk.data(), kChunk);
    if (got == 0) {
        m_inputDone = true;
        return false;
    }
    // The byte-order mark is skipped only when the file has one: a UTF-16
    // file without it starts with its first character.
    qsizetype skip = 0;
    if (m_bomToSkip > 0) {
        const QByteArrayView start(m_chunk.constData(), got);
        if (start.startsWith(byteOrderMark(m_encoding)))
            skip = m_bomToSkip;
        m_bomToSkip = 0;
    }
    const QByteArrayView bytes(m_chunk.constData() + skip, got - skip);
    if (m_encoding == Encoding::Utf8 || m_encoding == Encoding::Utf8Bom)
        m_pending = bytes.toByteArray();
    else
        m_pending = QString(m_decoder(bytes)).toUtf8();
    m_pendingAt = 0;
    return true;
}

qsizetype Utf8Source::read(char* into, qsizetype capacity)
{
    while (m_pendingAt >= m_pending.size()) {
        if (m_inputDone || !refill())
            return 0;
    }
    const qsizetype count = std::min(capacity, m_pending.size() - m_pendingAt);
    std::memcpy(into, m_pending.constData() + m_pendingAt, static_cast<std::size_t>(count));
    m_pendingAt += count;
    return count;
}

std::unique_ptr<ByteSource> openUtf8File(const QString& path, Encoding encoding)
{
    auto file = std::make_unique<FileSource>(path);
    if (encoding == Encoding::Utf8)
        return file; // the fast path: no copy, no conversion
    return std::make_unique<Utf8Source>(std::move(file), encoding);
}

QByteArray readHead(const QString& path, qsizetype bytes)
{
    FileSource source(path);
    QByteArray head(bytes, Qt::Uninitialized);
    qsizetype filled = 0;
    while (filled < bytes) {
        const qsizetype got = source.read(head.data() + filled, bytes - filled);
        if (got == 0)
            break;
        filled += got;
    }
    head.truncate(filled);
    return head;
}

} // namespace tenure::import
