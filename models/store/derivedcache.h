#pragma once

#include <QByteArray>
#include <QDataStream>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

namespace tenure::store {

class Connection;

// The QDataStream format payloads are written in, whoever writes them.
inline constexpr QDataStream::Version kPayloadStreamVersion = QDataStream::Qt_6_4;

// Results worked out from a book that are slow to work out again (past
// quarter ends scored for the calibration, the date the data runs through),
// kept between runs in one SQLite file in the user's cache folder
// (GenericCacheLocation/tenure/derived.sqlite).
//
// An entry is valid for one state of one book file: it is keyed by the
// book's path and the size and modification time of the book and of its
// write-ahead log, which every committed write changes, whether Tenure made
// it or another program did. Only the newest state of each book is kept.
//
// The cache never decides a result: anything that goes wrong with it (no
// cache folder, a busy or damaged cache file, TENURE_DERIVED_CACHE=off) makes
// every lookup miss and every store a no-op, and the caller works the result
// out as it would without it.
class DerivedCache
{
public:
    // The cache for the book `book` reads, as it stands now; disabled for a
    // book in memory. Read the key before the data it describes: a write
    // that lands in between then only leaves an entry nobody looks up again.
    static std::unique_ptr<DerivedCache> forBook(const Connection& book);
    ~DerivedCache();
    DerivedCache(const DerivedCache&) = delete;
    DerivedCache& operator=(const DerivedCache&) = delete;

    bool isEnabled() const { return m_cache != nullptr; }

    // `kind` names what the payload is ("dated-scores"); `key` which one.
    std::optional<QByteArray> find(const QString& kind, const QString& key);
    // Keeps the payload, and of the book's entries only the newest up to
    // maxBytesPerBook() in all.
    void store(const QString& kind, const QString& key, const QByteArray& payload);

    // Several times what a report on a 100,000-account book stores (about
    // 38 MB: three days of the whole book scored).
    static constexpr std::int64_t kMaxBytesPerBook = std::int64_t{256} << 20;
    std::int64_t maxBytesPerBook() const { return m_maxBytesPerBook; }
    void setMaxBytesPerBook(std::int64_t bytes) { m_maxBytesPerBook = bytes; }

    // Where the cache file lives (for the documentation and the tests).
    static QString filePath();

private:
    DerivedCache(std::unique_ptr<Connection> cache, QString book, QString state);

    std::unique_ptr<Connection> m_cache;
    QString m_book;  // the book's absolute path
    QString m_state; // its files' sizes and times, and the program's version
    std::int64_t m_maxBytesPerBook = kMaxBytesPerBook;
};

} // namespace tenure::store
