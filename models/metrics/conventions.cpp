#include "conventions.h"

#include "store/sqlite.h"

namespace tenure::metrics {

namespace {

constexpr const char* kMethodKey = "retention_method";
constexpr const char* kChurnKey = "churn_recognition";
constexpr const char* kReactivationKey = "reactivation_window_months";
constexpr const char* kFiscalKey = "fiscal_year_start_month";

std::optional<QString> metaValue(store::Connection& connection, const char* key)
{
    auto row = connection.prepare("SELECT value FROM book_meta WHERE key = ?");
    row.bind(1, std::string_view(key));
    if (!row.step())
        return std::nullopt;
    return row.textValue(0);
}

int metaInt(store::Connection& connection, const char* key, int fallback, int low, int high)
{
    bool ok = false;
    const int value = metaValue(connection, key).value_or(QString()).toInt(&ok);
    return ok && value >= low && value <= high ? value : fallback;
}

void setMeta(store::Connection& connection, const char* key, const QString& value)
{
    auto row = connection.prepare("INSERT INTO book_meta(key, value) VALUES (?, ?) "
                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    row.bind(1, std::string_view(key)).bind(2, value).exec();
}

} // namespace

Conventions loadConventions(store::Connection& connection)
{
    Conventions conventions;
    if (metaValue(connection, kMethodKey) == QLatin1String("renewal"))
        conventions.method = RetentionMethod::Renewal;
    if (metaValue(connection, kChurnKey) == QLatin1String("cancellation"))
        conventions.churnAt = ChurnRecognition::Cancellation;
    conventions.reactivationWindowMonths = metaInt(connection, kReactivationKey, 0, 0, 120);
    conventions.fiscalYearStartMonth = metaInt(connection, kFiscalKey, 1, 1, 12);
    return conventions;
}

void saveConventions(store::Connection& connection, const Conventions& conventions)
{
    setMeta(connection, kMethodKey,
            conventions.method == RetentionMethod::Renewal ? QStringLiteral("renewal")
                                                           : QStringLiteral("cohort"));
    setMeta(connection, kChurnKey,
            conventions.churnAt == ChurnRecognition::Cancellation ? QStringLiteral("cancellation")
                                                                  : QStringLiteral("period_end"));
    setMeta(connection, kReactivationKey, QString::number(conventions.reactivationWindowMonths));
    setMeta(connection, kFiscalKey, QString::number(conventions.fiscalYearStartMonth));
}

} // namespace tenure::metrics
