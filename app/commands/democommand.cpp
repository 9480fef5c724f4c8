#include "democommand.h"

#include "commandsupport.h"
#include "core/progress.h"
#include "demo/demogenerator.h"
#include "store/bookerror.h"
#include "terminalprogress.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <optional>
#include <stdexcept>

namespace tenure::app {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::app::DemoCommand)
};

int usageError(const QString& message)
{
    if (!message.isEmpty())
        standardError() << message << '\n';
    standardError() << Messages::tr("Run `tenure demo --help` for the options.") << '\n';
    return UsageError;
}

std::optional<qulonglong> parseNumber(const QString& text, qulonglong low, qulonglong high)
{
    bool ok = false;
    const qulonglong value = text.toULongLong(&ok);
    if (!ok || value < low || value > high)
        return std::nullopt;
    return value;
}

QString summaryLine(const QString& path, const demo::DemoSummary& summary, qint64 milliseconds)
{
    return Messages::tr("Wrote %1: %2 accounts, %3 rows (%4 subscription periods, %5 usage weeks, "
                        "%6 tickets, %7 survey responses, %8 actions, %9 playbook tasks) in %10 s")
        .arg(path)
        .arg(summary.accounts)
        .arg(summary.rows)
        .arg(summary.subscriptionPeriods)
        .arg(summary.usageRows)
        .arg(summary.tickets)
        .arg(summary.surveyResponses)
        .arg(summary.actions)
        .arg(summary.tasks)
        .arg(static_cast<double>(milliseconds) / 1000.0, 0, 'f', 1);
}

} // namespace

int runDemoCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr(
        "Writes a demo book: made-up accounts with billing, usage, support, surveys and CSM "
        "history, the same for the same options."));
    const QCommandLineOption out(QStringLiteral("out"),
                                 Messages::tr("The new book file (must not exist)."),
                                 Messages::tr("FILE"));
    const QCommandLineOption accounts(QStringLiteral("accounts"),
                                      Messages::tr("Number of accounts, 1 to 1000000."),
                                      Messages::tr("N"), QStringLiteral("1500"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  Messages::tr("Random seed; the same seed gives the same book."),
                                  Messages::tr("S"), QStringLiteral("1"));
    const QCommandLineOption months(QStringLiteral("months"),
                                    Messages::tr("Months of history, 1 to 240."), Messages::tr("M"),
                                    QStringLiteral("36"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   Messages::tr("The book's today (default: the real today)."),
                                   Messages::tr("YYYY-MM-DD"));
    parser.addOptions({out, accounts, seed, months, today});
    int exitCode = Success;
    if (!parseCommandLine(parser, QStringLiteral("demo"), arguments, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(
            Messages::tr("Unexpected argument %1.").arg(parser.positionalArguments().constFirst()));
    }

    demo::DemoOptions options;
    const QString path = parser.value(out);
    if (path.isEmpty())
        return usageError(Messages::tr("--out FILE is required."));
    if (QFileInfo::exists(path))
        return usageError(Messages::tr("%1 already exists; choose another name.").arg(path));
    const auto accountCount = parseNumber(parser.value(accounts), 1, 1'000'000);
    if (!accountCount) {
        return usageError(Messages::tr("--accounts must be a whole number from 1 to 1000000, "
                                       "not \"%1\".")
                              .arg(parser.value(accounts)));
    }
    const auto seedValue = parseNumber(parser.value(seed), 0, ~0ULL);
    if (!seedValue) {
        return usageError(
            Messages::tr("--seed must be a whole number, not \"%1\".").arg(parser.value(seed)));
    }
    const auto monthCount = parseNumber(parser.value(months), 1, 240);
    if (!monthCount) {
        return usageError(Messages::tr("--months must be a whole number from 1 to 240, not \"%1\".")
                              .arg(parser.value(months)));
    }
    options.accounts = static_cast<int>(*accountCount);
    options.seed = *seedValue;
    options.months = static_cast<int>(*monthCount);
    if (parser.isSet(today)) {
        const auto day = dateOption(parser, today.names().constFirst());
        if (!day)
            return usageError({});
        options.today = *day;
    }

    // Ctrl+C or a TERM cancels cleanly: the temporary file is removed.
    TerminalProgress progress;
    QElapsedTimer timer;
    timer.start();
    try {
        const demo::DemoSummary summary = demo::generateDemoBook(path, options, &progress);
        progress.finish();
        standardOutput() << summaryLine(path, summary, timer.elapsed()) << '\n';
        return Success;
    } catch (const Cancelled&) {
        standardError() << '\n' << Messages::tr("Cancelled; nothing was written.") << '\n';
    } catch (const store::BookError& error) {
        standardError() << '\n' << error.message() << '\n';
    } catch (const std::exception& error) {
        standardError() << '\n'
                        << Messages::tr("Could not write the demo book: %1")
                               .arg(QString::fromLocal8Bit(error.what()))
                        << '\n';
    }
    return Failure;
}

} // namespace tenure::app
