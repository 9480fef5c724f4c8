#include "calibration.h"

#include "store/derivedcache.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

#include <algorithm>

namespace tenure::health {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::health::Calibration)
};

constexpr int kBandWidth = 10;

const QString kCalibrationKind = QStringLiteral("calibration");

// A usable calibration as the derived cache keeps it.
void encode(QDataStream& out, const Calibration& calibration)
{
    out << static_cast<qint32>(calibration.outcome) << calibration.horizonDays
        << calibration.quarterEnds << calibration.observations << calibration.events
        << calibration.payingAccounts << calibration.sampledAccounts
        << static_cast<quint32>(calibration.bands.size());
    for (const PooledBand& band : calibration.bands)
        out << band.low << band.high << band.accounts << band.events;
}

// The calibration `in` holds next; none when it does not read back whole.
std::optional<Calibration> decode(QDataStream& in)
{
    Calibration calibration;
    qint32 outcome = 0;
    quint32 bands = 0;
    in >> outcome >> calibration.horizonDays >> calibration.quarterEnds >>
        calibration.observations >> calibration.events >> calibration.payingAccounts >>
        calibration.sampledAccounts >> bands;
    if (in.status() != QDataStream::Ok || bands > 100 ||
        (outcome != static_cast<qint32>(Outcome::Churn) &&
         outcome != static_cast<qint32>(Outcome::Contraction) &&
         outcome != static_cast<qint32>(Outcome::Either)))
        return std::nullopt;
    calibration.outcome = static_cast<Outcome>(outcome);
    calibration.bands.resize(bands);
    for (PooledBand& band : calibration.bands)
        in >> band.low >> band.high >> band.accounts >> band.events;
    if (in.status() != QDataStream::Ok || calibration.bands.empty())
        return std::nullopt;
    return calibration;
}

QByteArray encodeCalibrations(std::initializer_list<const Calibration*> calibrations,
                              double contractedShare = 0)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(store::kPayloadStreamVersion);
    for (const Calibration* calibration : calibrations)
        encode(out, *calibration);
    out << contractedShare;
    return bytes;
}

// `count` calibrations and a share, when `bytes` hold exactly these.
std::optional<std::pair<std::vector<Calibration>, double>>
decodeCalibrations(const QByteArray& bytes, std::size_t count)
{
    QDataStream in(bytes);
    in.setVersion(store::kPayloadStreamVersion);
    std::vector<Calibration> calibrations;
    while (calibrations.size() < count) {
        auto calibration = decode(in);
        if (!calibration)
            return std::nullopt;
        calibrations.push_back(std::move(*calibration));
    }
    double share = 0;
    in >> share;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return std::pair(std::move(calibrations), share);
}

// The derived cache's key of a calibration on `today` from the default sample.
QString calibrationKey(const char* what, const QDate& today, int horizonDays)
{
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(QLatin1String(what), today.toString(Qt::ISODate))
        .arg(horizonDays)
        .arg(kCalibrationQuarters)
        .arg(kCalibrationSampleAccounts);
}

double meanContractedShare(const std::vector<BacktestObservation>& observations)
{
    double sum = 0;
    int count = 0;
    for (const auto& observation : observations) {
        if (observation.contracted) {
            sum += observation.contractedShare;
            ++count;
        }
    }
    return count ? sum / count : 0;
}

QString outcomeVerb(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Churn:
        return Messages::tr("churned");
    case Outcome::Contraction:
        return Messages::tr("contracted");
    case Outcome::Either:
        break;
    }
    return Messages::tr("churned or contracted");
}

PooledBand merged(const PooledBand& lower, const PooledBand& upper)
{
    return {lower.low, upper.high, lower.accounts + upper.accounts, lower.events + upper.events};
}

} // namespace

std::vector<PooledBand> pooledBands(const std::vector<BacktestObservation>& observations,
                                    Outcome outcome)
{
    std::vector<PooledBand> raw;
    for (int low = 0; low < 100; low += kBandWidth)
        raw.push_back({low, low + kBandWidth, 0, 0});
    for (const BacktestObservation& observation : observations) {
        const auto band = std::min<std::size_t>(
            raw.size() - 1,
            static_cast<std::size_t>(std::max(0.0, observation.health) / kBandWidth));
        ++raw[band].accounts;
        raw[band].events += observation.had(outcome);
    }
    std::vector<PooledBand> pooled;
    for (const PooledBand& band : raw) {
        if (band.accounts == 0) {
            if (!pooled.empty())
                pooled.back().high = band.high;
            continue;
        }
        PooledBand next = band;
        if (pooled.empty())
            next.low = 0; // the empty bands below the first data join it
        pooled.push_back(next);
        while (pooled.size() > 1 && pooled[pooled.size() - 2].rate() < pooled.back().rate()) {
            const PooledBand upper = pooled.back();
            pooled.pop_back();
            pooled.back() = merged(pooled.back(), upper);
        }
    }
    return pooled;
}

std::optional<double> Calibration::probability(double health) const
{
    if (!isUsable() || bands.empty())
        return std::nullopt;
    for (const PooledBand& band : bands) {
        if (health < band.high)
            return band.rate();
    }
    return bands.back().rate();
}

Calibration calibrate(const BacktestSample& sample, Outcome outcome)
{
    Calibration calibration;
    calibration.outcome = outcome;
    calibration.horizonDays = sample.horizonDays;
    calibration.quarterEnds = static_cast<int>(sample.dates.size());
    calibration.observations = static_cast<int>(sample.observations.size());
    calibration.events =
        static_cast<int>(std::count_if(sample.observations.begin(), sample.observations.end(),
                                       [outcome](const auto& o) { return o.had(outcome); }));
    calibration.payingAccounts = sample.payingAccounts;
    calibration.sampledAccounts = sample.sampledAccounts;
    calibration.bands = pooledBands(sample.observations, outcome);
    if (!sample.dataThrough.isValid()) {
        calibration.insufficient = Messages::tr("The book holds no dated data.");
    } else if (calibration.quarterEnds < kCalibrationMinQuarterEnds) {
        calibration.insufficient =
            Messages::tr("Only %1 past quarter ends have a complete %2-day horizon within the "
                         "book's data (through %3); a probability needs at least %4.")
                .arg(calibration.quarterEnds)
                .arg(sample.horizonDays)
                .arg(sample.dataThrough.toString(Qt::ISODate))
                .arg(kCalibrationMinQuarterEnds);
    } else if (calibration.events < kCalibrationMinEvents) {
        calibration.insufficient =
            Messages::tr("Only %1 of the %2 accounts scored at %3 past quarter ends %4 within "
                         "%5 days; a probability needs at least %6.")
                .arg(calibration.events)
                .arg(calibration.observations)
                .arg(calibration.quarterEnds)
                .arg(outcomeVerb(outcome))
                .arg(sample.horizonDays)
                .arg(kCalibrationMinEvents);
    }
    return calibration;
}

AccountProbability probabilityFor(const Calibration& calibration,
                                  const std::optional<double>& health)
{
    if (!calibration.isUsable())
        return {std::nullopt, calibration.insufficient};
    if (!health)
        return {std::nullopt, Messages::tr("The account has no health score to compare.")};
    return {calibration.probability(*health), {}};
}

Calibration calibrateLosses(store::Connection& connection, const QDate& today, Progress* progress)
{
    // The cache is keyed before the book is read: see DerivedCache::forBook.
    DatedScores scores;
    store::DerivedCache& cache = scores.cache(connection);
    const QString key = calibrationKey("losses", today, kCalibrationHorizonDays);
    if (const auto kept = cache.find(kCalibrationKind, key)) {
        if (auto calibrations = decodeCalibrations(*kept, 1))
            return calibrations->first.front();
    }
    Calibration calibration =
        calibrate(sampleBook(connection, today, kCalibrationHorizonDays, kCalibrationQuarters,
                             {&scores, kCalibrationSampleAccounts, progress}),
                  Outcome::Either);
    // Why there is no probability is said in the reader's language: only a
    // usable calibration, which has no words, is kept.
    if (calibration.isUsable())
        cache.store(kCalibrationKind, key, encodeCalibrations({&calibration}));
    return calibration;
}

ChurnAndContraction calibrateChurnAndContraction(store::Connection& connection, const QDate& today,
                                                 int horizonDays, DatedScores& scores,
                                                 Progress* progress)
{
    store::DerivedCache& cache = scores.cache(connection);
    const QString key = calibrationKey("churn-and-contraction", today, horizonDays);
    if (const auto kept = cache.find(kCalibrationKind, key)) {
        if (auto calibrations = decodeCalibrations(*kept, 2)) {
            auto& [pair, share] = *calibrations;
            return {std::move(pair[0]), std::move(pair[1]), share};
        }
    }
    const auto sample = sampleBook(connection, today, horizonDays, kCalibrationQuarters,
                                   {&scores, kCalibrationSampleAccounts, progress});
    ChurnAndContraction calibrations{calibrate(sample, Outcome::Churn),
                                     calibrate(sample, Outcome::Contraction),
                                     meanContractedShare(sample.observations)};
    if (calibrations.churn.isUsable() && calibrations.contraction.isUsable()) {
        cache.store(kCalibrationKind, key,
                    encodeCalibrations({&calibrations.churn, &calibrations.contraction},
                                       calibrations.contractedShare));
    }
    return calibrations;
}

} // namespace tenure::health
