#pragma once

#include "importer.h"
#include "importsession.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace tenure::store {
class CommitForwarder;
}

namespace tenure::import {

// Makes, on the worker, where an import's commits go before they count (a
// team book's server, see store::Connection::forwardCommitsTo).
using ForwarderMaker = std::function<std::shared_ptr<store::CommitForwarder>()>;

// How far a running import got: `done` of `total` bytes of its `file`-th file.
struct ProgressSnapshot
{
    int file = 0;
    std::int64_t done = 0;
    std::int64_t total = 0;
    QString stage;

    friend bool operator==(const ProgressSnapshot&, const ProgressSnapshot&) = default;
};

// What a background import (or check) ended with.
struct ImportResult
{
    ImportOutcome outcome;
    bool cancelled = false; // stopped by cancel(): the book is unchanged
    QString error;          // it could not run (translated); the book is unchanged
    QString warning;        // it ran, but something beside it failed (remembering a mapping)
};

class JobProgress;

// Runs importFiles() on a worker thread with its own connection to the book,
// so the window stays responsive. Progress is sampled a few times a second
// rather than signalled per report; cancel() stops the worker at its next
// check and its transaction rolls back. Knows nothing of widgets.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    explicit ImportJob(QObject* parent = nullptr);
    ~ImportJob() override;

    // Mappings in `remember` are stored once the import has committed. With
    // `forwarder` (a team book's copy), every commit is made on its server
    // first.
    void start(const QString& bookPath, const QStringList& paths, const ImportOptions& options,
               const std::vector<MappingToRemember>& remember = {},
               const ForwarderMaker& forwarder = {});
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelling() const;
    const ImportResult& result() const { return m_result; }

Q_SIGNALS:
    void progressed(const tenure::import::ProgressSnapshot& snapshot);
    void finished();

private:
    void poll();

    std::shared_ptr<JobProgress> m_progress;
    QFutureWatcher<ImportResult> m_watcher;
    QTimer m_poll;
    ProgressSnapshot m_last;
    ImportResult m_result;
    bool m_running = false;
};

} // namespace tenure::import
