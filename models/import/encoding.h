#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace tenure::import {

// The text encodings real exports arrive in: UTF-8 from web tools, UTF-16
// from Excel's "Unicode text", and the legacy code pages Excel writes in the
// markets Tenure serves. Everything is converted to UTF-8 before parsing.
enum class Encoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252, Windows1251, Gb18030 };

// The name shown to the user and accepted on the command line ("utf-8", "windows-1251", ...).
QString encodingName(Encoding encoding);
std::optional<Encoding> encodingFromName(const QString& name);
// The name QStringDecoder knows (Qt on Debian is built with ICU).
const char* decoderName(Encoding encoding);

// Bytes of the byte-order mark the encoding starts with (skipped when reading).
int byteOrderMarkSize(Encoding encoding);
// The mark itself; empty for encodings without one.
QByteArrayView byteOrderMark(Encoding encoding);

// Guesses from the first bytes of a file: a BOM decides; otherwise valid
// UTF-8 is UTF-8; otherwise the byte patterns choose between the legacy code
// pages. `sample` may end in the middle of a character.
Encoding detectEncoding(QByteArrayView sample);

} // namespace tenure::import
