#include "teambookdownload.h"

#include "common/backgroundjob.h"
#include "store/bookerror.h"
#include "store/postgres/serversnapshot.h"
#include "store/sqlite.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace tenure::ui {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::ui::TeamBookDownload)
};

// What the worker hands back: the copy, or why there is none.
struct Downloaded
{
    std::shared_ptr<store::postgres::ServerSnapshot> snapshot;
    QString error;
};

} // namespace

void downloadTeamBook(QObject* context, QWidget* progressParent, const QString& uri,
                      const QString& into, TeamBookRead done)
{
    auto* watcher = new QFutureWatcher<Downloaded>(context);
    if (progressParent) {
        auto* dialog = new QProgressDialog(Messages::tr("Reading the team book…"),
                                           Messages::tr("Cancel"), 0, 1000, progressParent);
        dialog->setWindowTitle(Messages::tr("Open Team Book"));
        dialog->setWindowModality(Qt::WindowModal);
        dialog->setMinimumDuration(300);
        dialog->setAutoClose(false);
        dialog->setAutoReset(false);
        QObject::connect(watcher, &QFutureWatcher<Downloaded>::progressValueChanged, dialog,
                         &QProgressDialog::setValue);
        QObject::connect(watcher, &QFutureWatcher<Downloaded>::progressTextChanged, dialog,
                         &QProgressDialog::setLabelText);
        QObject::connect(dialog, &QProgressDialog::canceled, watcher,
                         &QFutureWatcher<Downloaded>::cancel);
        QObject::connect(watcher, &QObject::destroyed, dialog, &QObject::deleteLater);
        QObject::connect(watcher, &QFutureWatcher<Downloaded>::finished, dialog,
                         &QProgressDialog::hide);
    }
    QObject::connect(watcher, &QFutureWatcher<Downloaded>::finished, context,
                     [watcher, done = std::move(done)] {
                         watcher->deleteLater();
                         if (watcher->future().resultCount() == 0)
                             return; // stopped
                         const Downloaded downloaded = watcher->future().result();
                         done(downloaded.snapshot, downloaded.error);
                     });
    watcher->setFuture(QtConcurrent::run([uri, into](QPromise<Downloaded>& promise) {
        PromiseProgress<Downloaded> progress(promise);
        Downloaded downloaded;
        try {
            // A fresh read is kept, for when the server cannot be reached and
            // for the next read while nothing changes.
            downloaded.snapshot = store::postgres::ServerSnapshot::current(
                uri, store::postgres::ServerSnapshot::Use::Changing, &progress);
            if (!into.isEmpty()) {
                store::Connection source(downloaded.snapshot->path(),
                                         store::Connection::Mode::ReadOnly);
                store::Connection(into, store::Connection::Mode::ReadWrite).replaceWith(source);
            }
        } catch (const Cancelled&) {
            return;
        } catch (const store::BookError& error) {
            downloaded.error = error.message();
        }
        promise.addResult(downloaded);
    }));
}

} // namespace tenure::ui
