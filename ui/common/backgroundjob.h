#pragma once

#include "core/progress.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <memory>
#include <optional>

namespace tenure::store {
class Book;
class Connection;
} // namespace tenure::store

namespace tenure::ui {

// What a job hands the GUI thread: a result, or why there is none.
template <typename Result> struct JobOutcome
{
    std::optional<Result> result;
    QString error;
    bool last = true; // false for a partial result: more follows
};

// Why a job over the book at `bookPath` failed, in words for the user.
QString describeJobError(std::exception_ptr error, const QString& bookPath);

// The worker's side of a job: the book on a read-only connection of its own
// (a connection belongs to the thread that uses it), progress and cancel as a
// tenure::Progress to hand to long work, and partial results shown before the
// rest is computed.
class JobBook
{
public:
    explicit JobBook(QString path);
    ~JobBook();
    JobBook(const JobBook&) = delete;
    JobBook& operator=(const JobBook&) = delete;

    const QString& path() const { return m_path; }
    store::Connection& connection(); // opened on first use

private:
    QString m_path;
    std::unique_ptr<store::Book> m_book;
};

// A worker's progress and stop, told through its promise: the progress in
// thousandths, with the stage as its text.
template <typename T> class PromiseProgress : public Progress
{
public:
    explicit PromiseProgress(QPromise<T>& promise)
        : m_promise(promise)
    {
    }

    void report(std::int64_t done, std::int64_t total, const QString& stage) override
    {
        const auto perMille = total > 0 ? static_cast<int>(done * 1000 / total) : 0;
        m_promise.setProgressValueAndText(perMille, stage);
    }
    bool isCancelled() const override { return m_promise.isCanceled(); }

protected:
    QPromise<T>& m_promise;
};

template <typename Result> class JobContext final : public PromiseProgress<JobOutcome<Result>>
{
public:
    JobContext(QPromise<JobOutcome<Result>>& promise, const QString& path)
        : PromiseProgress<JobOutcome<Result>>(promise)
        , m_book(path)
    {
    }

    store::Connection& book() { return m_book.connection(); }
    const QString& bookPath() const { return m_book.path(); }
    // Shown at once, while the job goes on.
    void deliver(Result partial)
    {
        this->m_promise.addResult(JobOutcome<Result>{std::move(partial), {}, false});
    }

private:
    JobBook m_book;
};

// Runs one view's background work, one job at a time: starting a job drops
// the one before, whose results are never shown. The work runs on the global
// thread pool and must hold only values (never the view): what it returns
// (and delivers) reaches `show` on the GUI thread, an exception becomes
// failed(), a cancel ends it silently. Destroying the runner cancels its job
// and does not wait: the job's result is dropped, and the pool is drained
// when the application exits.
class JobRunner : public QObject
{
    Q_OBJECT
public:
    explicit JobRunner(QObject* parent);
    ~JobRunner() override;

    // `work(JobContext<Result>&)` returns the Result; `show(Result)` takes it.
    template <typename Result, typename Work, typename Show>
    void start(const QString& bookPath, Work work, Show show);
    void cancel();
    // Until the latest job's last result (or its failure) is being shown.
    bool isRunning() const { return m_current != nullptr; }

Q_SIGNALS:
    // Per mille of the work done, and what it is doing.
    void progressed(int perMille, const QString& stage);
    void failed(const QString& message);

private:
    void replace(QFutureWatcherBase* next);
    void ended(QFutureWatcherBase* watcher);

    QFutureWatcherBase* m_current = nullptr;
};

template <typename Result, typename Work, typename Show>
void JobRunner::start(const QString& bookPath, Work work, Show show)
{
    using Outcome = JobOutcome<Result>;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    replace(watcher);
    connect(watcher, &QFutureWatcherBase::resultReadyAt, this, [this, watcher, show](int index) {
        if (watcher != m_current)
            return;
        Outcome outcome = watcher->resultAt(index);
        if (outcome.last) // over as its last result is shown: the view may start another
            ended(watcher);
        if (outcome.result)
            show(std::move(*outcome.result));
        else
            Q_EMIT failed(outcome.error);
    });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher](int value) {
        if (watcher == m_current)
            Q_EMIT progressed(value, watcher->progressText());
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] { ended(watcher); });
    watcher->setFuture(
        QtConcurrent::run([bookPath, work = std::move(work)](QPromise<Outcome>& promise) {
            promise.setProgressRange(0, 1000);
            try {
                JobContext<Result> context(promise, bookPath);
                promise.addResult(Outcome{work(context), {}});
            } catch (const Cancelled&) {
                // Nobody waits for it.
            } catch (...) {
                promise.addResult(
                    Outcome{std::nullopt, describeJobError(std::current_exception(), bookPath)});
            }
        }));
}

} // namespace tenure::ui
