#pragma once

#include "metrics/month.h"
#include "report/quarter.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace tenure::store {
class Book;
class Connection;
} // namespace tenure::store

namespace tenure::app {

// Exit codes shared by every command.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

QTextStream& standardOutput();
QTextStream& standardError();
// Writes bytes that are already UTF-8 (JSON, a CSV) to standard output after
// what standardOutput() holds, without decoding and encoding them again.
void writeStandardOutput(const QByteArray& utf8);

// Parses `arguments` (without the program and command names); on an error
// prints it with the command's help and returns false. `--help` prints the
// help and also returns false, with `exitCode` set to Success.
bool parseCommandLine(QCommandLineParser& parser, const QString& command,
                      const QStringList& arguments, int& exitCode);

// Waits for the integrity check of the book withBookForReading opened, which
// runs beside the command's work; throws its BookError when the book is
// damaged. standardOutput() asks it before the first output, and a command
// that writes a file asks it first: nothing leaves a command that read a
// damaged book.
void requireIntactBook();

// JSON null for empty text (a field the book does not know), else the text.
QJsonValue textOrNull(const QString& text);

// --book for a command that only reads the book: a file or a server's URI.
QCommandLineOption readingBookOption();

// Opens the --book for reading and runs `work` on it, its integrity checked
// meanwhile on a connection of its own (see requireIntactBook); a book that
// cannot be read (missing, damaged) or a missing currency rate is reported
// and ends in Failure; no --book at all is a UsageError. A --book on a
// PostgreSQL server is read from one consistent snapshot (ServerSnapshot).
int withBookForReading(const QString& path, const std::function<int(store::Connection&)>& work);

// A team book to change, when `location` is a postgresql:// URI: a copy read
// from the server into a private file, whose commits are made on the server
// first (store::postgres::ServerWriter), or not at all when `forward` is
// false (a dry run). `copy` keeps the file and must outlive the book. Null
// for a book file; throws BookError when the server cannot be read.
std::unique_ptr<store::Book> openServerBookForWriting(const QString& location, bool forward,
                                                      std::shared_ptr<void>& copy);

// Every date the command line reads goes through these, within the accepted
// years (core/datelimits.h); a value outside them is a usage error.
// A YYYY-MM-DD date option: an invalid QDate when absent; nullopt (after
// printing the reason) when malformed or out of range.
std::optional<QDate> dateOption(const QCommandLineParser& parser, const QString& name);
// --as-of: as dateOption, today when absent.
std::optional<QDate> asOfOption(const QCommandLineParser& parser, const QString& name);
// A month (--from, --to) that is valid and within the accepted years.
bool acceptedMonth(const metrics::Month& month);
// --quarter: 2026Q3 or FY2027Q1 of an accepted year; nullopt after printing why not.
std::optional<report::Quarter> quarterOption(const QCommandLineParser& parser, const QString& name);

// Pads each column of `rows` to its widest cell; numeric-looking cells align right.
QString formatTable(const QList<QStringList>& rows);

} // namespace tenure::app
