#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace tenure {

// Compact JSON written straight into UTF-8, for output too large to build as
// QJsonObjects first (`tenure health --json` on 100,000 accounts). Strings
// and numbers come out as QJsonDocument::Compact writes them; the caller
// writes an object's keys in the order it wants them (QJsonObject sorts them).
class JsonText
{
public:
    explicit JsonText(QByteArray& out);

    JsonText& beginObject();
    JsonText& endObject();
    JsonText& beginArray();
    JsonText& endArray();
    JsonText& key(std::string_view name); // a plain ASCII name
    JsonText& key(QStringView name);

    JsonText& value(const QString& text);
    JsonText& value(double number); // not finite: null
    JsonText& value(std::int64_t number);
    JsonText& value(const std::optional<double>& number); // none: null
    JsonText& null();

private:
    void separate(); // the comma before a value that is not its container's first
    void open(char bracket);
    void close(char bracket);

    QByteArray& m_out;
    std::vector<bool> m_empty; // for each open container: nothing in it yet
    bool m_afterKey = false;
};

} // namespace tenure
