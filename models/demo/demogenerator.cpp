#include "demogenerator.h"

#include "accountstory.h"
#include "bookwriter.h"
#include "core/atomicfile.h"
#include "core/progress.h"
#include "names.h"
#include "signals.h"
#include "store/book.h"
#include "store/bookerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <csignal>
#include <limits>
#include <stdexcept>
#include <sys/types.h>

namespace tenure::demo {

namespace {

using store::Book;
using store::BookError;

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::demo::DemoGenerator)
};

// Random streams of the whole book, apart from the per-account ones.
constexpr std::uint64_t kSignupStream = 2;
constexpr std::uint64_t kNameStream = 3;
// Accounts between two progress reports and cancellation checks.
constexpr int kReportEvery = 64;

void validate(const DemoOptions& options)
{
    if (options.accounts < 1 || options.accounts > 1'000'000)
        throw std::invalid_argument("accounts must be between 1 and 1000000");
    if (options.months < 1 || options.months > 240)
        throw std::invalid_argument("months must be between 1 and 240");
    if (!options.today.isValid())
        throw std::invalid_argument("today must be a valid date");
}

Window windowFor(const DemoOptions& options)
{
    const QDate monthStart(options.today.year(), options.today.month(), 1);
    return {monthStart.addMonths(-(options.months - 1)), options.today};
}

// A quarter of the accounts joined in the two years before the history
// starts (the book's opening customer base); the rest sign up throughout it,
// a little faster as the company grows. Sorted, so ids follow signup order.
std::vector<QDate> signupDates(const DemoOptions& options, const Window& window)
{
    Random random = Random::forKey(options.seed, 0, kSignupStream);
    const QDate baseStart = window.start.addMonths(-24);
    const int baseDays = daysBetween(baseStart, window.start);
    const int windowDays = daysBetween(window.start, window.today);
    std::vector<QDate> dates;
    dates.reserve(static_cast<std::size_t>(options.accounts));
    for (int i = 0; i < options.accounts; ++i) {
        if (random.chance(0.25)) {
            dates.push_back(baseStart.addDays(random.between(0, baseDays - 1)));
            continue;
        }
        const double u = random.uniform();
        const double position = random.chance(0.5) ? u : std::sqrt(u);
        dates.push_back(window.start.addDays(static_cast<int>(position * windowDays)));
    }
    std::sort(dates.begin(), dates.end());
    return dates;
}

void removeBookFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

QString temporaryPathFor(const QString& path)
{
    const QFileInfo info(path);
    return info.dir().filePath(QStringLiteral(".%1.%2.partial")
                                   .arg(info.fileName())
                                   .arg(QCoreApplication::applicationPid()));
}

// Whether a process with this id is running: kill() with no signal only asks.
// One we may not signal (EPERM) is running too.
bool isRunning(qint64 pid)
{
    if (pid <= 0 || pid > std::numeric_limits<pid_t>::max())
        return false;
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

// The temporary books (".NAME.PID.partial", with any journal, log or
// shared-memory file) that killed runs for the same book left beside it. One
// whose process still runs is being written, and is left alone.
void removeStalePartials(const QString& path)
{
    const QFileInfo info(path);
    const QRegularExpression pattern(
        QStringLiteral("^\\.%1\\.([0-9]+)\\.partial(-wal|-shm|-journal)?$")
            .arg(QRegularExpression::escape(info.fileName())));
    const QDir folder = info.dir();
    const QStringList names =
        folder.entryList({QStringLiteral(".*.partial*")}, QDir::Files | QDir::Hidden);
    for (const QString& name : names) {
        // The pattern holds the book's name: it cannot be a static one.
        const QRegularExpressionMatch match =
            pattern.match(name); // clazy:exclude=use-static-qregularexpression
        if (!match.hasMatch())
            continue;
        bool ok = false;
        const qint64 pid = match.captured(1).toLongLong(&ok);
        if (ok && pid != QCoreApplication::applicationPid() && !isRunning(pid))
            QFile::remove(folder.filePath(name));
    }
}

void refuseExisting(const QString& path)
{
    if (QFileInfo::exists(path)) {
        throw BookError(BookError::Kind::AlreadyExists,
                        Messages::tr("%1 already exists; choose another name.").arg(path));
    }
}

void writeMeta(Book& book, const DemoOptions& options)
{
    book.setMeta(QStringLiteral("book_name"), QStringLiteral("Demo book"));
    book.setMeta(QStringLiteral("demo_seed"), QString::number(options.seed));
    book.setMeta(QStringLiteral("demo_today"), options.today.toString(Qt::ISODate));
    book.setMeta(QStringLiteral("demo_accounts"), QString::number(options.accounts));
    book.setMeta(QStringLiteral("demo_months"), QString::number(options.months));
}

DemoSummary fill(Book& book, const DemoOptions& options, Progress* progress)
{
    const Window window = windowFor(options);
    const std::vector<QDate> signups = signupDates(options, window);
    store::Connection& connection = book.connection();
    store::Transaction transaction(connection);
    BookWriter writer(connection);
    CompanyNames names;
    Random nameRandom = Random::forKey(options.seed, 0, kNameStream);
    const QString stage = Messages::tr("Generating demo accounts");
    for (int i = 0; i < options.accounts; ++i) {
        if (i % kReportEvery == 0 && progress) {
            if (progress->isCancelled())
                throw Cancelled();
            progress->report(i, options.accounts, stage);
        }
        const std::int64_t id = i + 1;
        const AccountStory story =
            planStory(options.seed, id, signups[static_cast<std::size_t>(i)], window);
        const Company company = names.next(nameRandom);
        writer.account(story, company, window.today);
        writer.truth(story);
        writeAccountSignals(story, company.domain, window, writer, options.seed);
    }
    writeMeta(book, options);
    if (progress && progress->isCancelled())
        throw Cancelled();
    transaction.commit();
    if (progress)
        progress->report(options.accounts, options.accounts, stage);
    return writer.summary();
}

} // namespace

DemoSummary generateDemoBook(const QString& path, const DemoOptions& options, Progress* progress)
{
    validate(options);
    refuseExisting(path);
    const QString temporary = temporaryPathFor(path);
    removeBookFiles(temporary); // left over by a killed run of a process with our pid
    removeStalePartials(path);  // left over by killed runs of processes now gone
    DemoSummary summary;
    try {
        {
            auto book = Book::create(temporary, QStringLiteral("USD"));
            store::Connection& connection = book->connection();
            // Nobody else can see the temporary file, and a crash only loses
            // it: trade durability for speed while it is written.
            connection.exec("PRAGMA journal_mode = MEMORY");
            connection.exec("PRAGMA synchronous = OFF");
            connection.exec("PRAGMA cache_size = -65536");
            summary = fill(*book, options, progress);
            connection.exec("PRAGMA journal_mode = WAL");
        }
        // Written without syncing: the whole file reaches the disk before it
        // takes the book's name.
        QString error;
        if (!syncFile(temporary, &error))
            throw BookError(BookError::Kind::Io, error);
        refuseExisting(path);
        if (!QFile::rename(temporary, path)) {
            throw BookError(BookError::Kind::Io,
                            Messages::tr("Could not move the new book to %1.").arg(path));
        }
    } catch (const BookError& error) {
        removeBookFiles(temporary);
        // The temporary file is no name the user gave: say the book's.
        QString message = error.message();
        throw BookError(error.kind(), message.replace(QFileInfo(temporary).fileName(),
                                                      QFileInfo(path).fileName()));
    } catch (...) {
        removeBookFiles(temporary);
        throw;
    }
    return summary;
}

} // namespace tenure::demo
