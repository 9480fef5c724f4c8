#include "backgroundjob.h"

#include "import/importerror.h"
#include "metrics/basecurrency.h"
#include "metrics/currency.h"
#include "store/book.h"
#include "store/bookerror.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tenure::ui {

namespace {

// Anything else that stops a job, told as the store tells a failure it has no
// words of its own for: the book's name and the technical detail.
QString couldNotUse(const QString& bookPath, const QString& detail)
{
    return QCoreApplication::translate("tenure::store::Connection",
                                       "Tenure could not use the book %1 (%2).")
        .arg(QFileInfo(bookPath).fileName(), detail);
}

} // namespace

QString describeJobError(std::exception_ptr error, const QString& bookPath)
{
    try {
        std::rethrow_exception(std::move(error));
    } catch (const store::BookError& failure) {
        return failure.message();
    } catch (const metrics::MissingRate& failure) {
        return failure.message();
    } catch (const metrics::BaseCurrencyError& failure) {
        return failure.message();
    } catch (const import::ImportError& failure) {
        return failure.message();
    } catch (const std::exception& failure) {
        return couldNotUse(bookPath, QString::fromLocal8Bit(failure.what()));
    } catch (...) {
        return couldNotUse(bookPath, QStringLiteral("unknown exception"));
    }
}

JobBook::JobBook(QString path)
    : m_path(std::move(path))
{
}

JobBook::~JobBook() = default;

store::Connection& JobBook::connection()
{
    if (!m_book)
        m_book = store::Book::open(m_path, store::Book::Access::ReadOnly);
    return m_book->connection();
}

JobRunner::JobRunner(QObject* parent)
    : QObject(parent)
{
}

JobRunner::~JobRunner()
{
    cancel();
}

void JobRunner::cancel()
{
    replace(nullptr);
}

void JobRunner::replace(QFutureWatcherBase* next)
{
    if (m_current) {
        m_current->cancel();
        // Later: this may run inside the old watcher's own signal.
        m_current->deleteLater();
    }
    m_current = next;
}

void JobRunner::ended(QFutureWatcherBase* watcher)
{
    if (watcher != m_current)
        return;
    m_current = nullptr;
    watcher->deleteLater();
}

} // namespace tenure::ui
