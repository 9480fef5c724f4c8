#include "healthcommand.h"

#include "commandsupport.h"
#include "core/alongside.h"
#include "core/jsontext.h"
#include "health/bookhealth.h"
#include "health/calibration.h"
#include "health/signalsloader.h"
#include "metrics/currency.h"
#include "store/book.h"
#include "store/bookerror.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace tenure::app {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::app::Command)
};

QString score(const std::optional<double>& value)
{
    return value ? QString::number(std::lround(*value)) : Messages::tr("no data");
}

// One account's JSON with its calibrated chance of churn or contraction
// within 180 days, or why there is none.
void writeAccount(JsonText& json, const health::AccountHealth& account,
                  const health::Calibration& calibration)
{
    json.beginObject();
    health::writeJsonFields(json, account);
    const auto probability = health::probabilityFor(calibration, account.score.overall);
    json.key("churn_probability")
        .value(probability.value ? std::optional(std::round(*probability.value * 1000) / 1000)
                                 : std::nullopt);
    json.key("churn_probability_reason");
    if (probability.value)
        json.null();
    else
        json.value(probability.reason);
    json.endObject();
}

// The accounts as one JSON array, an account to a line, scored and written a
// few thousand at a time (each batch's halves on two threads) and their
// signals let go of as they go: a large book's scores and JSON are never
// held whole.
void printJson(std::vector<health::AccountSignals>& accounts, const health::BookScorer& scorer,
               const health::Calibration& calibration)
{
    constexpr std::size_t kBatch = 8192;
    const std::span<health::AccountSignals> all(accounts);
    const auto lines = [&](std::size_t from, std::size_t to) {
        QByteArray text;
        for (const auto& account : scorer.score(all.subspan(from, to - from))) {
            text += ",\n  ";
            JsonText json(text);
            writeAccount(json, account, calibration);
        }
        return text;
    };
    writeStandardOutput("[");
    bool first = true;
    const auto write = [&first](QByteArray text) {
        if (text.isEmpty())
            return;
        if (first)
            text.remove(0, 1); // the first account's comma
        first = false;
        writeStandardOutput(text);
    };
    for (std::size_t from = 0; from < all.size(); from += kBatch) {
        const std::size_t to = std::min(from + kBatch, all.size());
        const std::size_t middle = from + (to - from) / 2;
        QByteArray firstHalf;
        QByteArray secondHalf;
        runAlongside([&] { secondHalf = lines(middle, to); },
                     [&] { firstHalf = lines(from, middle); });
        write(std::move(firstHalf));
        write(std::move(secondHalf));
    }
    writeStandardOutput("\n]\n");
}

QString asText(const std::vector<health::AccountHealth>& accounts)
{
    QString text;
    for (const auto& account : accounts) {
        text += Messages::tr("%1 (#%2): health %3 (%4% of its weight known), outcome %5, "
                             "experience %6, relationship %7, %8\n")
                    .arg(account.name)
                    .arg(account.id)
                    .arg(score(account.score.overall))
                    .arg(std::lround(account.score.coverage * 100))
                    .arg(score(account.score.outcome.score), score(account.score.experience.score),
                         score(account.score.relationship.score),
                         health::quadrantTitle(account.quadrant));
        for (const auto& reason : account.reasons) {
            text += QStringLiteral("  - %1 (%2): %3\n")
                        .arg(health::reasonTitle(reason.code))
                        .arg(reason.severity, 0, 'f', 2)
                        .arg(reason.evidence);
        }
    }
    return text;
}

} // namespace

int runHealthCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Messages::tr("Health scores and churn-risk reasons, with their evidence, per account."));
    const QCommandLineOption book = readingBookOption();
    const QCommandLineOption asOf(
        QStringLiteral("as-of"), Messages::tr("Use only data known on this date (default: today)."),
        Messages::tr("YYYY-MM-DD"));
    const QCommandLineOption account(QStringLiteral("account"), Messages::tr("Only this account."),
                                     Messages::tr("ID"));
    const QCommandLineOption json(QStringLiteral("json"), Messages::tr("Print JSON."));
    parser.addOptions({book, asOf, account, json});

    int exitCode = Success;
    if (!parseCommandLine(parser, QStringLiteral("health"), arguments, exitCode))
        return exitCode;
    const auto date = asOfOption(parser, QStringLiteral("as-of"));
    if (!date)
        return UsageError;
    bool idOk = true;
    const qint64 onlyId = parser.isSet(account) ? parser.value(account).toLongLong(&idOk) : 0;
    if (!idOk) {
        standardError() << Messages::tr("--account takes an account id (a number).") << '\n';
        return UsageError;
    }
    return withBookForReading(parser.value(book), [&](store::Connection& connection) {
        auto signals_ = health::loadSignals(connection, *date);
        // Judged against the whole book, also when only one account is shown.
        const health::BookScorer scorer(signals_, *date, health::loadHealthConfig(connection));
        if (parser.isSet(account)) {
            std::erase_if(signals_, [&](const auto& a) { return a.id != onlyId || !a.isPaying(); });
            if (signals_.empty()) {
                standardError() << Messages::tr("No paying account with id %1 on %2.")
                                       .arg(onlyId)
                                       .arg(date->toString(Qt::ISODate))
                                << '\n';
                return Failure;
            }
        }
        if (parser.isSet(json)) {
            printJson(signals_, scorer, health::calibrateLosses(connection, *date));
        } else {
            standardOutput() << scorer.dangerZone().explanation() << "\n\n"
                             << asText(scorer.score(signals_));
        }
        return Success;
    });
}

} // namespace tenure::app
