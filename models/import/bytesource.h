#pragma once

#include "core/sha256.h"
#include "encoding.h"
#include "readahead.h"

#include <QByteArray>
#include <QFile>
#include <QStringDecoder>

#include <memory>

namespace tenure::import {

// Where the CSV reader's bytes come from: a file read in chunks (never the
// whole file in memory), a buffer in memory, or a converter to UTF-8.
class ByteSource
{
public:
    virtual ~ByteSource() = default;
    // Copies up to `capacity` bytes into `into`; 0 only at the end.
    virtual qsizetype read(char* into, qsizetype capacity) = 0;
    // How far into the underlying input, and how big it is, for progress (in
    // the input's own bytes; -1 when unknown).
    virtual qint64 position() const = 0;
    virtual qint64 size() const = 0;
};

class FileSource : public ByteSource
{
public:
    // Throws ImportError when the file cannot be opened.
    explicit FileSource(const QString& path);
    qsizetype read(char* into, qsizetype capacity) override;
    qint64 position() const override { return m_position; }
    qint64 size() const override { return m_size; }

private:
    QFile m_file;
    qint64 m_position = 0;
    qint64 m_size = 0;
};

class MemorySource : public ByteSource
{
public:
    explicit MemorySource(QByteArrayView bytes)
        : m_bytes(bytes)
    {
    }
    qsizetype read(char* into, qsizetype capacity) override;
    qint64 position() const override { return m_position; }
    qint64 size() const override { return m_bytes.size(); }

private:
    QByteArrayView m_bytes;
    qsizetype m_position = 0;
};

// Reads its input ahead on a thread of its own and computes the bytes'
// SHA-256 there, on the chunks it hands out, so that the import log can name
// the exact file without reading it twice.
class HashingSource : public ByteSource
{
public:
    explicit HashingSource(std::unique_ptr<ByteSource> input);
    ~HashingSource() override;

    // Rethrows, in the caller's thread, what reading the input threw.
    qsizetype read(char* into, qsizetype capacity) override;
    qint64 position() const override { return m_position; }
    qint64 size() const override { return m_size; }
    // The hash of every byte; call it once read() has returned 0.
    QString sha256Hex() const { return m_sha256; }

private:
    bool readChunk(QByteArray& chunk);

    std::unique_ptr<ByteSource> m_input;
    qint64 m_size = 0;
    core::Sha256 m_hash;   // the reading thread's
    QString m_sha256;      // written by the reading thread at the end
    qint64 m_position = 0; // bytes handed out by read()
    QByteArray m_chunk;    // the chunk read() is handing out
    qsizetype m_chunkAt = 0;
    bool m_finished = false;
    std::unique_ptr<ReadAhead<QByteArray>> m_ahead; // last: it reads from the members above
};

// Skips the byte-order mark and converts any other encoding to UTF-8, chunk
// by chunk; characters cut between chunks are carried over by the decoder.
class Utf8Source : public ByteSource
{
public:
    Utf8Source(std::unique_ptr<ByteSource> input, Encoding encoding);
    qsizetype read(char* into, qsizetype capacity) override;
    qint64 position() const override { return m_input->position(); }
    qint64 size() const override { return m_input->size(); }

private:
    bool refill();

    std::unique_ptr<ByteSource> m_input;
    Encoding m_encoding;
    QStringDecoder m_decoder;
    int m_bomToSkip = 0;
    QByteArray m_chunk;
    QByteArray m_pending; // converted bytes not yet handed out
    qsizetype m_pendingAt = 0;
    bool m_inputDone = false;
};

// Opens a file as UTF-8 bytes.
std::unique_ptr<ByteSource> openUtf8File(const QString& path, Encoding encoding);

// The first `bytes` of a file, for detection and preview.
QByteArray readHead(const QString& path, qsizetype bytes);

} // namespace tenure::import
