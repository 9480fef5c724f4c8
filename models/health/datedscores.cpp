#include "datedscores.h"

#include "datathrough.h"
#include "signalsloader.h"
#include "store/derivedcache.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>
#include <QSet>

#include <algorithm>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <unordered_map>

namespace tenure::health {

namespace {

const QString kScoresKind = QStringLiteral("dated-scores");
const QString kDataThroughKind = QStringLiteral("data-through");

// Which scores of `day`: the whole book, or the sample by its size and
// a digest of its ids.
QString scoresKey(const QDate& day, const std::optional<std::vector<std::int64_t>>& sample)
{
    const QString date = day.toString(Qt::ISODate);
    if (!sample)
        return date + QStringLiteral("|all");
    QCryptographicHash digest(QCryptographicHash::Sha256);
    digest.addData(QByteArrayView(reinterpret_cast<const char*>(sample->data()),
                                  static_cast<qsizetype>(sample->size() * sizeof(std::int64_t))));
    return QStringLiteral("%1|%2|%3")
        .arg(date)
        .arg(sample->size())
        .arg(QString::fromLatin1(digest.result().toHex()));
}

QByteArray encode(const std::vector<DatedScores::Scored>& scored)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(store::kPayloadStreamVersion);
    out << static_cast<quint64>(scored.size());
    for (const DatedScores::Scored& account : scored) {
        out << static_cast<qint64>(account.id) << account.name << account.segment << account.owner
            << static_cast<qint64>(account.mrr) << account.overall.has_value()
            << account.overall.value_or(0) << static_cast<qint32>(account.quadrant)
            << account.reasons << account.renewalOn;
    }
    return bytes;
}

// One copy of each text that repeats (segments, owners, reason codes), as
// the signals loader keeps them: a large book has few of each.
class Interner
{
public:
    void operator()(QString& text) { text = *m_seen.insert(text); }
    void operator()(QStringList& texts)
    {
        for (QString& text : texts)
            (*this)(text);
    }

private:
    QSet<QString> m_seen;
};

// The scores `bytes` hold; none when they do not read back whole.
std::optional<std::vector<DatedScores::Scored>> decode(const QByteArray& bytes)
{
    Interner intern;
    QDataStream in(bytes);
    in.setVersion(store::kPayloadStreamVersion);
    quint64 count = 0;
    in >> count;
    if (count > static_cast<quint64>(bytes.size()))
        return std::nullopt;
    std::vector<DatedScores::Scored> scored(static_cast<std::size_t>(count));
    for (DatedScores::Scored& account : scored) {
        qint64 id = 0;
        qint64 mrr = 0;
        bool hasOverall = false;
        double overall = 0;
        qint32 quadrant = 0;
        in >> id >> account.name >> account.segment >> account.owner >> mrr >> hasOverall >>
            overall >> quadrant >> account.reasons >> account.renewalOn;
        if (quadrant < 0 || quadrant > static_cast<qint32>(Quadrant::Unknown))
            return std::nullopt;
        intern(account.segment);
        intern(account.owner);
        intern(account.reasons);
        account.id = id;
        account.mrr = mrr;
        account.quadrant = static_cast<Quadrant>(quadrant);
        if (hasOverall)
            account.overall = overall;
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return scored;
}

// A whole book's signals, read on two threads, leave freed memory spread over
// two allocator arenas that the next day's reading does not all reuse; handed
// back, it no longer adds up in the process's peak. The report scores three
// days: on 100,000 accounts, a first run peaks at 447 MB with this, 510 MB
// without.
void returnFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

} // namespace

DatedScores::Scored DatedScores::Scored::of(const AccountHealth& account, const QDate& renewalOn)
{
    Scored scored;
    scored.id = account.id;
    scored.name = account.name;
    scored.segment = account.segment;
    scored.owner = account.owner;
    scored.mrr = account.mrr;
    scored.overall = account.score.overall;
    scored.quadrant = account.quadrant;
    scored.renewalOn = renewalOn;
    for (const RiskReason& reason : account.reasons)
        scored.reasons << reason.code;
    return scored;
}

DatedScores::DatedScores() = default;
DatedScores::~DatedScores() = default;

store::DerivedCache& DatedScores::cache(store::Connection& connection)
{
    if (!m_cache)
        m_cache = store::DerivedCache::forBook(connection);
    return *m_cache;
}

const std::vector<DatedScores::Scored>&
DatedScores::at(store::Connection& connection, const QDate& day, const HealthConfig& config,
                const std::optional<std::vector<std::int64_t>>& sample)
{
    const QString key = scoresKey(day, sample);
    const auto found = m_scored.find(key);
    if (found != m_scored.end())
        return found->second;
    if (const auto kept = cache(connection).find(kScoresKind, key)) {
        if (auto scored = decode(*kept))
            return m_scored.emplace(key, std::move(*scored)).first->second;
    }
    std::vector<Scored> scored;
    {
        auto signals_ =
            sample ? loadSignalsOf(connection, day, *sample) : loadSignals(connection, day);
        std::unordered_map<std::int64_t, QDate> renewals;
        for (const AccountSignals& account : signals_)
            renewals.emplace(account.id, account.renewalOn);
        for (const AccountHealth& account : evaluateBook(std::move(signals_), day, config).accounts)
            scored.push_back(Scored::of(account, renewals.at(account.id)));
    }
    returnFreedMemory();
    cache(connection).store(kScoresKind, key, encode(scored));
    return m_scored.emplace(key, std::move(scored)).first->second;
}

QDate DatedScores::dataThrough(store::Connection& connection, const QDate& today)
{
    readDataThrough(connection, {today});
    return m_dataThrough.at(today);
}

void DatedScores::readDataThrough(store::Connection& connection, const std::vector<QDate>& todays)
{
    std::vector<QDate> missing;
    for (const QDate& today : todays) {
        if (m_dataThrough.contains(today) ||
            std::find(missing.begin(), missing.end(), today) != missing.end())
            continue;
        // A null date is kept as an empty payload: the book held no dated data.
        if (const auto kept = cache(connection).find(kDataThroughKind, today.toString(Qt::ISODate)))
            m_dataThrough.emplace(today,
                                  QDate::fromString(QString::fromLatin1(*kept), Qt::ISODate));
        else
            missing.push_back(today);
    }
    if (missing.empty())
        return;
    const std::vector<QDate> latest = health::dataThrough(connection, missing);
    for (std::size_t i = 0; i < missing.size(); ++i) {
        m_dataThrough.emplace(missing[i], latest[i]);
        cache(connection)
            .store(kDataThroughKind, missing[i].toString(Qt::ISODate),
                   latest[i].toString(Qt::ISODate).toLatin1());
    }
}

} // namespace tenure::health
