#include "fileinspection.h"

#include "importerror.h"
#include "store/book.h"
#include "store/bookerror.h"

#include <QFileInfo>

namespace tenure::import {

Inspection inspectInBackground(const QString& path, const ReadingChoices& choices,
                               const QString& bookPath)
{
    try {
        // A connection belongs to the thread that opened it: this one is the worker's own.
        std::unique_ptr<store::Book> book;
        if (QFileInfo::exists(bookPath))
            book = store::Book::open(bookPath, store::Book::Access::ReadOnly);
        return {inspectFile(path, choices, book ? &book->connection() : nullptr), {}};
    } catch (const ImportError& error) {
        return {{}, error.message()};
    } catch (const store::BookError& error) {
        return {{}, error.message()};
    } catch (const std::exception& error) {
        return {{}, QString::fromLocal8Bit(error.what())};
    }
}

} // namespace tenure::import
