// JsonText writes what QJsonDocument::Compact writes for the same values:
// Qt's own writer is the reference for escapes and numbers.
#include "common/testmain.h"
#include "core/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

using tenure::JsonText;

class JsonTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringsAreEscapedAsQtEscapesThem()
    {
        const QStringList texts = {
            QString(),
            QStringLiteral("Acme \"Rockets\" Ltd"),
            QStringLiteral("C:\\exports\\stripe"),
            QStringLiteral("line one\nline two\r\n\ttabbed"),
            QString(QChar(u'\u0001')) + QChar(u'\u001f') + QChar(u'\b') + QChar(u'\f'),
            QStringLiteral("del \x7f and slash /"),
            QStringLiteral("Société Générale – 東京 – Москва"),
            QString::fromUtf8("emoji \xF0\x9F\x93\x88 outside the BMP"),
            QStringLiteral("</script>"),
        };
        QByteArray written;
        JsonText json(written);
        json.beginArray();
        QJsonArray reference;
        for (const QString& text : texts) {
            json.value(text);
            reference.append(text);
        }
        json.endArray();
        QCOMPARE(written, QJsonDocument(reference).toJson(QJsonDocument::Compact));
    }

    void numbersAreWrittenAsQtWritesThem()
    {
        const std::vector<double> numbers = {0.0,   -0.0,  1.0,       0.1,       72.5,
                                             -3.25, 1e-7,  123456.7,  1000000.0, 1234567.0,
                                             1e21,  1e300, 0.1 + 0.2, 2.0 / 3.0, -1e-300};
        QByteArray written;
        JsonText json(written);
        json.beginArray();
        QJsonArray reference;
        for (const double number : numbers) {
            json.value(number);
            reference.append(number);
        }
        json.value(std::int64_t{9007199254740993}).value(std::int64_t{-42});
        reference.append(qint64{9007199254740993});
        reference.append(qint64{-42});
        // What is not a number is null, as QJsonValue makes it.
        json.value(std::numeric_limits<double>::quiet_NaN());
        json.value(std::numeric_limits<double>::infinity());
        reference.append(std::numeric_limits<double>::quiet_NaN());
        reference.append(std::numeric_limits<double>::infinity());
        json.endArray();
        QCOMPARE(written, QJsonDocument(reference).toJson(QJsonDocument::Compact));
    }

    void objectsAndArraysNest()
    {
        QByteArray written;
        JsonText json(written);
        json.beginObject()
            .key("a")
            .value(std::int64_t{1})
            .key("b")
            .beginArray()
            .endArray()
            .key("c")
            .beginObject()
            .key("d")
            .null()
            .key("e")
            .value(std::optional<double>(2.5))
            .key("f")
            .value(std::optional<double>())
            .endObject()
            .key("g")
            .beginArray()
            .beginObject()
            .endObject()
            .value(QStringLiteral("x"))
            .endArray()
            .endObject();
        const QJsonObject reference{
            {QStringLiteral("a"), 1},
            {QStringLiteral("b"), QJsonArray()},
            {QStringLiteral("c"), QJsonObject{{QStringLiteral("d"), QJsonValue::Null},
                                              {QStringLiteral("e"), 2.5},
                                              {QStringLiteral("f"), QJsonValue::Null}}},
            {QStringLiteral("g"), QJsonArray{QJsonObject(), QStringLiteral("x")}}};
        QCOMPARE(written, QJsonDocument(reference).toJson(QJsonDocument::Compact));
        QCOMPARE(QJsonDocument::fromJson(written).object(), reference);
    }
};

TENURE_TEST_MAIN(JsonTextTest)
#include "tst_jsontext.moc"
