#pragma once

#include <QCommandLineParser>
#include <QDate>
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

// Parses `arguments` (without the program and command names); on an error
// prints it with the command's help and returns false. `--help` prints the
// help and also returns false, with `exitCode` set to Success.
bool parseCommandLine(QCommandLineParser& parser, const QString& command,
                      const QStringList& arguments, int& exitCode);

// Opens the --book for reading, or prints why it cannot and returns null.
std::unique_ptr<store::Book> openBookForReading(const QString& path);

// Opens the --book for reading and runs `work` on it; a book that cannot be
// read or a missing currency rate is reported and ends in Failure.
int withBookForReading(const QString& path, const std::function<int(store::Connection&)>& work);

// --as-of: a YYYY-MM-DD date, today when absent; nullopt (after printing the
// reason) when malformed.
std::optional<QDate> asOfOption(const QCommandLineParser& parser, const QString& name);

// Pads each column of `rows` to its widest cell; numeric-looking cells align right.
QString formatTable(const QList<QStringList>& rows);

} // namespace tenure::app
