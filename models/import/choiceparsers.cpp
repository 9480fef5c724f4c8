#include "choiceparsers.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tenure::import {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::import::Choices)
};

QStringList fieldKeys()
{
    QStringList keys;
    for (int i = 0; i < kFieldCount; ++i)
        keys.append(QLatin1String(fieldSpec(static_cast<Field>(i)).key));
    return keys;
}

} // namespace

std::optional<std::vector<std::pair<QString, Field>>> parseColumnMap(const QString& text,
                                                                     QString& error)
{
    std::vector<std::pair<QString, Field>> map;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.lastIndexOf(u'=');
        const QString header = part.left(equals).trimmed();
        const QString key = part.mid(equals + 1).trimmed().toLower();
        const auto field = fieldFromKey(key);
        if (equals <= 0 || header.isEmpty()) {
            error = Messages::tr("--map takes \"Header=field\" pairs separated by commas, such as "
                                 "\"Account Owner=owner\"; \"%1\" is not one.")
                        .arg(part.trimmed());
            return std::nullopt;
        }
        if (!field) {
            error = Messages::tr("--map: \"%1\" is not one of Tenure's fields: %2.")
                        .arg(key, fieldKeys().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        map.emplace_back(header, *field);
    }
    if (map.empty()) {
        error = Messages::tr("--map needs at least one \"Header=field\" pair.");
        return std::nullopt;
    }
    return map;
}

std::optional<QHash<QString, double>> parseFixedRates(const QString& text,
                                                      const QString& baseCurrency, QString& error)
{
    static const QRegularExpression pair(
        QStringLiteral(R"(^\s*([A-Za-z]{3})\s*=\s*([0-9]+(?:\.[0-9]+)?)\s*$)"));
    QHash<QString, double> rates;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const auto match = pair.match(part);
        const double rate = match.hasMatch() ? match.captured(2).toDouble() : 0;
        if (!match.hasMatch() || rate <= 0 || rate > 1e9) {
            error = Messages::tr("--rate takes CURRENCY=RATE, the base-currency units one unit is "
                                 "worth, such as EUR=1.08; \"%1\" is not one.")
                        .arg(part.trimmed());
            return std::nullopt;
        }
        const QString currency = match.captured(1).toUpper();
        if (currency == baseCurrency) {
            error = Messages::tr("--rate: %1 is the book's base currency; it needs no rate.")
                        .arg(currency);
            return std::nullopt;
        }
        rates.insert(currency, rate);
    }
    if (rates.isEmpty()) {
        error = Messages::tr("--rate needs a CURRENCY=RATE pair, such as EUR=1.08.");
        return std::nullopt;
    }
    return rates;
}

std::optional<AmountUnits> parseAmountUnits(const QString& text, QString& error)
{
    const QString units = text.trimmed().toLower();
    if (units == QLatin1String("major"))
        return AmountUnits::Major;
    if (units == QLatin1String("minor") || units == QLatin1String("cents"))
        return AmountUnits::Minor;
    error = Messages::tr("--amounts takes major (49.00 is forty-nine) or minor (4900 cents is "
                         "forty-nine).");
    return std::nullopt;
}

std::optional<Interval> parseIntervalChoice(const QString& text, QString& error)
{
    const auto interval = parseInterval(text);
    if (!interval) {
        error = Messages::tr("--interval takes a billing interval such as month, year, quarter, "
                             "week or \"6 months\"; \"%1\" is not one.")
                    .arg(text);
    }
    return interval;
}

} // namespace tenure::import
