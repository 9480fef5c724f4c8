#include "conventions.h"

#include "store/book.h"

namespace tenure::metrics {

namespace {

const QString kMethodKey = QStringLiteral("retention_method");
const QString kChurnKey = QStringLiteral("churn_recognition");
const QString kReactivationKey = QStringLiteral("reactivation_window_months");
const QString kFiscalKey = QStringLiteral("fiscal_year_start_month");

int metaInt(store::Connection& connection, const QString& key, int fallback, int low, int high)
{
    bool ok = false;
    const int value = store::readBookMeta(connection, key).value_or(QString()).toInt(&ok);
    return ok && value >= low && value <= high ? value : fallback;
}

} // namespace

Conventions loadConventions(store::Connection& connection)
{
    Conventions conventions;
    if (store::readBookMeta(connection, kMethodKey) == QLatin1String("renewal"))
        conventions.method = RetentionMethod::Renewal;
    if (store::readBookMeta(connection, kChurnKey) == QLatin1String("cancellation"))
        conventions.churnAt = ChurnRecognition::Cancellation;
    conventions.reactivationWindowMonths = metaInt(connection, kReactivationKey, 0, 0, 120);
    conventions.fiscalYearStartMonth = metaInt(connection, kFiscalKey, 1, 1, 12);
    return conventions;
}

void saveConventions(store::Connection& connection, const Conventions& conventions)
{
    store::writeBookMeta(connection, kMethodKey,
                         conventions.method == RetentionMethod::Renewal ? QStringLiteral("renewal")
                                                                        : QStringLiteral("cohort"));
    store::writeBookMeta(connection, kChurnKey,
                         conventions.churnAt == ChurnRecognition::Cancellation
                             ? QStringLiteral("cancellation")
                             : QStringLiteral("period_end"));
    store::writeBookMeta(connection, kReactivationKey,
                         QString::number(conventions.reactivationWindowMonths));
    store::writeBookMeta(connection, kFiscalKey, QString::number(conventions.fiscalYearStartMonth));
}

} // namespace tenure::metrics
