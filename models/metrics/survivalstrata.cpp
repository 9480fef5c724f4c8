#include "survivalstrata.h"

#include "lifetimes.h"
#include "selection.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cmath>
#include <map>

namespace tenure::metrics {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::metrics::Survival)
};

QString stratumOf(const MrrHistory& history, const AccountLifetime& life,
                  Stratification stratification)
{
    const AccountInfo& account = history.accounts()[static_cast<std::size_t>(life.account)];
    QString name;
    switch (stratification) {
    case Stratification::None:
        return Messages::tr("All accounts");
    case Stratification::SignupCohort:
        return QStringLiteral("%1Q%2")
            .arg(life.firstActive.year())
            .arg((life.firstActive.month() - 1) / 3 + 1);
    case Stratification::Segment:
        name = fieldOf(account, AccountField::Segment);
        break;
    case Stratification::Plan:
        name = fieldOf(account, AccountField::Plan);
        break;
    case Stratification::Owner:
        name = fieldOf(account, AccountField::Owner);
        break;
    }
    return name.isEmpty() ? Messages::tr("(none)") : name;
}

QJsonValue number(double value, int decimals)
{
    if (std::isnan(value))
        return QJsonValue(QJsonValue::Null);
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

} // namespace

std::vector<SurvivalStratum> survivalByStratum(const MrrHistory& history,
                                               std::span<const int> accounts,
                                               Stratification stratification)
{
    std::map<QString, std::vector<AccountLifetime>> groups;
    for (const AccountLifetime& life : accountLifetimes(history, accounts))
        groups[stratumOf(history, life, stratification)].push_back(life);

    std::vector<SurvivalStratum> strata;
    strata.reserve(groups.size());
    for (const auto& [name, lifetimes] : groups)
        strata.push_back({name, kaplanMeier(survivalObservations(lifetimes))});
    return strata;
}

QJsonArray toJson(std::span<const SurvivalStratum> strata)
{
    QJsonArray array;
    for (const SurvivalStratum& stratum : strata) {
        QJsonArray table;
        for (const SurvivalStep& step : stratum.curve.steps) {
            table.append(QJsonObject{
                {QStringLiteral("t"), step.time},
                {QStringLiteral("at_risk"), step.atRisk},
                {QStringLiteral("events"), step.events},
                {QStringLiteral("censored"), step.censored},
                {QStringLiteral("survival"), number(step.survival, 6)},
                {QStringLiteral("lower"), number(step.lower, 6)},
                {QStringLiteral("upper"), number(step.upper, 6)},
            });
        }
        array.append(QJsonObject{
            {QStringLiteral("name"), stratum.name},
            {QStringLiteral("median"), stratum.curve.median ? QJsonValue(*stratum.curve.median)
                                                            : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("table"), table},
        });
    }
    return array;
}

} // namespace tenure::metrics
