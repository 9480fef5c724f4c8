#include "encoding.h"

#include <array>
#include <cstdint>

namespace tenure::import {

namespace {

struct Known
{
    Encoding encoding;
    const char* name;
    const char* decoder;
};

constexpr std::array<Known, 7> kKnown{{
    {Encoding::Utf8, "utf-8", "UTF-8"},
    {Encoding::Utf8Bom, "utf-8-bom", "UTF-8"},
    {Encoding::Utf16LE, "utf-16le", "UTF-16LE"},
    {Encoding::Utf16BE, "utf-16be", "UTF-16BE"},
    {Encoding::Windows1252, "windows-1252", "windows-1252"},
    {Encoding::Windows1251, "windows-1251", "windows-1251"},
    {Encoding::Gb18030, "gb18030", "GB18030"},
}};

bool startsWith(QByteArrayView sample, QByteArrayView prefix)
{
    return sample.size() >= prefix.size() && sample.first(prefix.size()) == prefix;
}

// Length of the UTF-8 sequence starting at `at`; 0 when invalid, -1 when the
// sample ends inside it.
int utf8SequenceLength(QByteArrayView sample, qsizetype at)
{
    const auto lead = static_cast<std::uint8_t>(sample[at]);
    int length = 0;
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF)
        length = 3;
    else if (lead >= 0xF0 && lead <= 0xF4)
        length = 4;
    else
        return 0;
    for (int i = 1; i < length; ++i) {
        if (at + i >= sample.size())
            return -1;
        if ((static_cast<std::uint8_t>(sample[at + i]) & 0xC0) != 0x80)
            return 0;
    }
    return length;
}

bool isValidUtf8(QByteArrayView sample)
{
    for (qsizetype at = 0; at < sample.size();) {
        const int length = utf8SequenceLength(sample, at);
        if (length == -1)
            return true; // cut by the end of the sample
        if (length == 0)
            return false;
        at += length;
    }
    return true;
}

// Counts what tells the legacy code pages apart: Russian in Windows-1251 is
// runs of high bytes with many vowels (о е а и); Western text in Windows-1252
// has isolated accented letters; Chinese in GBK is pairs of high bytes (the
// GB2312 range, where both bytes are 0xA1-0xFE, covers everyday text).
struct HighBytePattern
{
    qsizetype highBytes = 0;
    qsizetype runs = 0;
    qsizetype oddRuns = 0;
    qsizetype cyrillicVowels = 0;
    qsizetype outsideGbRange = 0;
};

HighBytePattern highBytePattern(QByteArrayView sample)
{
    HighBytePattern pattern;
    qsizetype run = 0;
    for (qsizetype i = 0; i <= sample.size(); ++i) {
        const auto byte = i < sample.size() ? static_cast<std::uint8_t>(sample[i]) : 0;
        if (byte < 0x80) {
            if (run > 0) {
                ++pattern.runs;
                pattern.oddRuns += run % 2;
            }
            run = 0;
            continue;
        }
        ++pattern.highBytes;
        ++run;
        if (byte == 0xEE || byte == 0xE5 || byte == 0xE0 || byte == 0xE8)
            ++pattern.cyrillicVowels;
        if (byte < 0xA1 || byte == 0xFF)
            ++pattern.outsideGbRange;
    }
    return pattern;
}

} // namespace

QString encodingName(Encoding encoding)
{
    for (const Known& known : kKnown) {
        if (known.encoding == encoding)
            return QString::fromLatin1(known.name);
    }
    return {};
}

std::optional<Encoding> encodingFromName(const QString& name)
{
    const QString wanted = name.trimmed().toLower();
    for (const Known& known : kKnown) {
        if (wanted == QLatin1String(known.name))
            return known.encoding;
    }
    if (wanted == QLatin1String("utf8"))
        return Encoding::Utf8;
    if (wanted == QLatin1String("cp1252") || wanted == QLatin1String("latin-1"))
        return Encoding::Windows1252;
    if (wanted == QLatin1String("cp1251"))
        return Encoding::Windows1251;
    if (wanted == QLatin1String("gbk"))
        return Encoding::Gb18030; // GB18030 is a superset of GBK
    return std::nullopt;
}

const char* decoderName(Encoding encoding)
{
    for (const Known& known : kKnown) {
        if (known.encoding == encoding)
            return known.decoder;
    }
    return "UTF-8";
}

QByteArrayView byteOrderMark(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8Bom:
        return "\xEF\xBB\xBF";
    case Encoding::Utf16LE:
        return "\xFF\xFE";
    case Encoding::Utf16BE:
        return "\xFE\xFF";
    default:
        return {};
    }
}

int byteOrderMarkSize(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8Bom:
        return 3;
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
        return 2;
    default:
        return 0;
    }
}

Encoding detectEncoding(QByteArrayView sample)
{
    if (startsWith(sample, "\xEF\xBB\xBF"))
        return Encoding::Utf8Bom;
    if (startsWith(sample, "\xFF\xFE"))
        return Encoding::Utf16LE;
    if (startsWith(sample, "\xFE\xFF"))
        return Encoding::Utf16BE;
    if (isValidUtf8(sample))
        return Encoding::Utf8;

    const HighBytePattern pattern = highBytePattern(sample);
    if (pattern.runs == 0)
        return Encoding::Windows1252;
    const double vowelShare =
        static_cast<double>(pattern.cyrillicVowels) / static_cast<double>(pattern.highBytes);
    const double averageRun =
        static_cast<double>(pattern.highBytes) / static_cast<double>(pattern.runs);
    const bool gbPairs = pattern.oddRuns == 0 && pattern.outsideGbRange == 0;
    if (gbPairs && vowelShare < 0.2)
        return Encoding::Gb18030;
    if (averageRun >= 2.5 || (averageRun >= 2 && vowelShare >= 0.2))
        return Encoding::Windows1251;
    return Encoding::Windows1252;
}

} // namespace tenure::import
