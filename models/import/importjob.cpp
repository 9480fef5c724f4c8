#include "importjob.h"

#include "core/progress.h"
#include "importerror.h"
#include "store/book.h"
#include "store/bookerror.h"

#include <QCoreApplication>
#include <QMutex>
#include <QtConcurrent>

#include <atomic>

namespace tenure::import {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::import::ImportJob)
};

constexpr int kPollMilliseconds = 100;

} // namespace

// Shared by the worker, which reports, and the GUI thread, which samples and cancels.
class JobProgress : public Progress
{
public:
    void report(std::int64_t done, std::int64_t total, const QString& stage) override
    {
        const QMutexLocker lock(&m_mutex);
        // The importer ends every file with done == total; a report after that is the next file.
        if (m_fileComplete || (!m_snapshot.stage.isEmpty() && stage != m_snapshot.stage))
            ++m_snapshot.file;
        m_fileComplete = total > 0 && done >= total;
        m_snapshot.done = done;
        m_snapshot.total = total;
        m_snapshot.stage = stage;
    }
    bool isCancelled() const override { return m_cancelled.load(); }
    void cancel() { m_cancelled.store(true); }
    ProgressSnapshot snapshot() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_snapshot;
    }

private:
    mutable QMutex m_mutex;
    ProgressSnapshot m_snapshot;
    bool m_fileComplete = false;
    std::atomic<bool> m_cancelled = false;
};

namespace {

ImportResult runImport(const QString& bookPath, const QStringList& paths,
                       const ImportOptions& options, const std::vector<MappingToRemember>& remember,
                       const ForwarderMaker& forwarder,
                       const std::shared_ptr<JobProgress>& progress)
{
    ImportResult result;
    try {
        auto book = store::Book::open(bookPath, store::Book::Access::ReadWrite);
        if (forwarder)
            book->connection().forwardCommitsTo(forwarder());
        result.outcome = importFiles(*book, paths, options, *progress);
        if (!result.outcome.committed)
            return result;
        try {
            for (const MappingToRemember& made : remember) {
                rememberMapping(book->connection(), made.headers, made.source, made.kind,
                                made.mapping);
                if (!made.name.isEmpty())
                    nameMapping(book->connection(), made.headers, made.name);
            }
        } catch (const store::BookError& error) {
            result.warning =
                Messages::tr("The column mapping could not be saved: %1").arg(error.message());
        }
    } catch (const Cancelled&) {
        result.cancelled = true;
    } catch (const ImportError& error) {
        result.error = error.message();
    } catch (const store::BookError& error) {
        result.error = error.message();
    } catch (const std::exception& error) {
        result.error = QString::fromLocal8Bit(error.what());
    }
    return result;
}

} // namespace

ImportJob::ImportJob(QObject* parent)
    : QObject(parent)
{
    m_poll.setInterval(kPollMilliseconds);
    connect(&m_poll, &QTimer::timeout, this, &ImportJob::poll);
    connect(&m_watcher, &QFutureWatcher<ImportResult>::finished, this, [this] {
        m_poll.stop();
        poll();
        m_result = m_watcher.result();
        m_running = false;
        Q_EMIT finished();
    });
}

ImportJob::~ImportJob()
{
    // The worker holds its own copies; it rolls back and ends on its own.
    if (m_progress)
        m_progress->cancel();
}

void ImportJob::start(const QString& bookPath, const QStringList& paths,
                      const ImportOptions& options, const std::vector<MappingToRemember>& remember,
                      const ForwarderMaker& forwarder)
{
    // A run still going (the user went back and on again) is stopped and forgotten.
    if (m_progress)
        m_progress->cancel();
    m_progress = std::make_shared<JobProgress>();
    m_last = {};
    m_result = {};
    m_running = true;
    m_watcher.setFuture(
        QtConcurrent::run(runImport, bookPath, paths, options, remember, forwarder, m_progress));
    m_poll.start();
}

void ImportJob::cancel()
{
    if (m_running)
        m_progress->cancel();
}

bool ImportJob::isCancelling() const
{
    return m_running && m_progress->isCancelled();
}

void ImportJob::poll()
{
    const ProgressSnapshot now = m_progress->snapshot();
    if (now == m_last)
        return;
    m_last = now;
    Q_EMIT progressed(now);
}

} // namespace tenure::import
