// libFuzzer target for the CSV reader, the encoding detector and the dialect
// sniffer: whatever the bytes, they must not crash, hang or read out of bounds.
#include "import/bytesource.h"
#include "import/csvreader.h"
#include "import/dialectsniffer.h"
#include "import/encoding.h"

#include <cstddef>
#include <cstdint>

namespace {

// Hands out the input in small, varying pieces to exercise records cut at buffer ends.
class ChoppySource : public tenure::import::ByteSource
{
public:
    explicit ChoppySource(QByteArrayView bytes)
        : m_bytes(bytes)
    {
    }
    qsizetype read(char* into, qsizetype capacity) override
    {
        const qsizetype piece =
            std::min<qsizetype>({capacity, m_bytes.size() - m_at, 1 + m_at % 7});
        std::copy_n(m_bytes.data() + m_at, piece, into);
        m_at += piece;
        return piece;
    }
    qint64 position() const override { return m_at; }
    qint64 size() const override { return m_bytes.size(); }

private:
    QByteArrayView m_bytes;
    qsizetype m_at = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace tenure::import;
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const Encoding encoding = detectEncoding(bytes);
    const QByteArray utf8 = utf8Head(bytes.toByteArray(), encoding);
    const CsvDialect dialect = sniffDialect(utf8, true);

    ChoppySource source(utf8);
    CsvReader reader(source, dialect);
    CsvRecord record;
    std::size_t total = 0;
    while (reader.next(record)) {
        for (std::string_view field : record.fields)
            total += field.size();
    }
    return total > static_cast<std::size_t>(utf8.size()) ? 1 : 0;
}
