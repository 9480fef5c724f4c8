#include "fileinspection.h"

#include "importerror.h"
#include "store/book.h"
#include "store/bookerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace tenure::import {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::import::ImportSession)
};

// Spreadsheets are the most common wrong file: say so instead of showing their bytes as text.
bool isWorkbook(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(4);
    return head == QByteArrayLiteral("PK\x03\x04") ||     // .xlsx, .ods (zip)
           head == QByteArrayLiteral("\xD0\xCF\x11\xE0"); // .xls
}

} // namespace

Inspection inspectInBackground(const QString& path, const ReadingChoices& choices,
                               const QString& bookPath)
{
    if (isWorkbook(path)) {
        return {{},
                Messages::tr("%1 is a spreadsheet workbook, not a CSV file. Save it as CSV "
                             "(File ▸ Save As ▸ CSV UTF-8) and import that.")
                    .arg(QFileInfo(path).fileName())};
    }
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
