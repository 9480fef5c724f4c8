// libFuzzer target for books that were damaged or tampered with, opened
// read-only the way every reading command opens one: a small valid book is
// built once, each input overwrites some of its bytes (and may cut it short),
// and the result is opened, checked and read through the metrics, health and
// work-log loaders. Whatever the bytes, the only way out is a BookError or a
// MissingRate: never a crash, another exception or a sanitizer report.
#include "health/bookhealth.h"
#include "health/signalsloader.h"
#include "metrics/currency.h"
#include "metrics/historyloader.h"
#include "metrics/periodmetrics.h"
#include "metrics/selection.h"
#include "playbooks/worklog.h"
#include "store/book.h"
#include "store/bookcheck.h"
#include "store/bookerror.h"
#include "store/sqlite.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

using namespace tenure;

const QDate kAsOf(2026, 6, 30);

QTemporaryDir& scratch()
{
    static QTemporaryDir folder;
    return folder;
}

QString bookPath()
{
    return scratch().filePath(QStringLiteral("fuzzed.tenure"));
}

// The book every input starts from: two accounts in two currencies with
// periods, an action and a task, in one file (no write-ahead log).
QByteArray makeTemplate()
{
    const QString path = scratch().filePath(QStringLiteral("template.tenure"));
    {
        auto book = store::Book::create(path);
        book->connection().exec(R"sql(
            INSERT INTO accounts(id, name, segment, owner) VALUES
                (1, 'Acme', 'High touch', 'Dana'), (2, 'Globex', 'Low touch', 'Lee');
            INSERT INTO currency_rates(currency, rate_on, per_base) VALUES ('EUR', '2024-01-01', 1.1);
            INSERT INTO subscription_periods(account_id, start_on, end_on, amount_minor,
                                             interval_unit, currency, mrr_minor) VALUES
                (1, '2024-01-10', '2025-01-10', 120000, 'year', 'USD', 10000),
                (1, '2025-01-10', NULL, 180000, 'year', 'USD', 15000),
                (2, '2024-03-01', NULL, 9000, 'month', 'EUR', 9000);
            INSERT INTO actions(account_id, occurred_on, kind, summary)
                VALUES (1, '2026-05-01', 'call', 'Check-in');
            INSERT INTO tasks(account_id, title, kind, owner, due_on)
                VALUES (2, 'Renewal call', 'call', 'Lee', '2026-07-15');
            PRAGMA journal_mode = DELETE;
        )sql");
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        std::abort();
    return file.readAll();
}

void readEverything(const QString& path)
{
    auto book = store::Book::open(path, store::Book::Access::ReadOnly);
    auto& connection = book->connection();
    store::checkIntact(connection, QStringLiteral("fuzzed.tenure"));
    const auto history = metrics::loadMrrHistory(connection, kAsOf);
    metrics::periodMetrics(history, metrics::selectAccounts(history), history.firstMonth(),
                           history.lastMonth(), metrics::Granularity::Quarter,
                           metrics::RetentionMethod::Cohort);
    const auto signals_ = health::loadSignals(connection, kAsOf);
    health::evaluateBook(signals_, kAsOf, health::loadHealthConfig(connection));
    playbooks::loadActions(connection);
    playbooks::loadOpenTasks(connection, {}, QDate());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const QByteArray original = makeTemplate();
    QByteArray bytes = original;
    // Each whole group of four bytes writes one byte: three give the offset,
    // the fourth the value. One byte left over cuts the book short there.
    for (std::size_t i = 0; i + 4 <= size; i += 4) {
        const auto offset = (std::size_t{data[i]} | std::size_t{data[i + 1]} << 8 |
                             std::size_t{data[i + 2]} << 16) %
                            static_cast<std::size_t>(bytes.size());
        bytes[static_cast<qsizetype>(offset)] = static_cast<char>(data[i + 3]);
    }
    if (size % 4 != 0)
        bytes.truncate(bytes.size() * data[size - 1] / 256);

    const QString path = bookPath();
    for (const char* suffix : {"-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        std::abort();
    file.close();
    try {
        readEverything(path);
    } catch (const store::BookError&) {
    } catch (const metrics::MissingRate&) {
    }
    return 0;
}
