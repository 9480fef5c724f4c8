// The `tenure` executable: wiring only. Headless commands run under a
// QCoreApplication so they need no display; everything else opens the window.
#include "commandline.h"
#include "common/personalsettings.h"
#include "core/translations.h"
#include "mainwindow/mainwindow.h"
#include "metrics/currency.h"
#include "store/bookerror.h"
#include "store/person.h"

#include <QApplication>
#include <QTextStream>

#include <cstring>

namespace {

bool isFlag(const char* argument, const char* flag)
{
    return std::strcmp(argument, flag) == 0;
}

int printTo(FILE* stream, const QString& text)
{
    QTextStream(stream) << text;
    return 0;
}

// Runs a headless command. Whatever a command leaves uncaught about the book
// (damaged, missing a table, the disk full) ends here as a message and exit 1,
// never as an abort.
int runCommand(const tenure::app::Command& command, const QStringList& arguments)
{
    try {
        return command.run(arguments);
    } catch (const tenure::store::BookError& error) {
        printTo(stderr, error.message() + u'\n');
    } catch (const tenure::metrics::MissingRate& missing) {
        printTo(stderr, missing.message() + u'\n');
    } catch (const std::exception& error) {
        printTo(stderr, QCoreApplication::translate("tenure::app", "Tenure could not finish: %1\n")
                            .arg(QString::fromLocal8Bit(error.what())));
    }
    return 1;
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tenure"));
    QCoreApplication::setApplicationName(QStringLiteral("Tenure"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TENURE_VERSION));
    // What the person changes is recorded under the name they chose, from the
    // window and the command line alike.
    tenure::store::setCurrentPerson(tenure::ui::personal::personName());
}

} // namespace

int main(int argc, char* argv[])
{
    describeApplication();
    if (argc > 1 && argv[1][0] != '\0') {
        const char* first = argv[1];
        if (isFlag(first, "--help") || isFlag(first, "-h")) {
            QCoreApplication app(argc, argv);
            tenure::installTranslations();
            return printTo(stdout, tenure::app::usageText());
        }
        if (isFlag(first, "--version")) {
            QCoreApplication app(argc, argv);
            return printTo(stdout, tenure::app::versionText());
        }
        if (isFlag(first, "report")) {
            // The report paints a PDF: fonts and QPdfWriter need a QGuiApplication, which
            // never needs a display on the offscreen platform.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            tenure::installTranslations();
            return runCommand(*tenure::app::findCommand(QStringLiteral("report")),
                              app.arguments().mid(2));
        }
        if (const auto* command = tenure::app::findCommand(QString::fromLocal8Bit(first))) {
            QCoreApplication app(argc, argv);
            tenure::installTranslations();
            return runCommand(*command, app.arguments().mid(2));
        }
        if (first[0] == '-' ||
            tenure::app::looksLikeUnknownCommand(QString::fromLocal8Bit(first))) {
            QCoreApplication app(argc, argv);
            tenure::installTranslations();
            printTo(stderr,
                    QCoreApplication::translate("tenure::app", "Unknown command or option %1\n\n")
                        .arg(QString::fromLocal8Bit(first)));
            printTo(stderr, tenure::app::usageText());
            return 2;
        }
    }

    QApplication app(argc, argv);
    // The window speaks the language chosen in Preferences, and formats
    // numbers and dates for it; the command line follows the system.
    const QLocale locale = tenure::ui::personal::chosenLocale();
    QLocale::setDefault(locale);
    tenure::installTranslations(locale);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/tenure/icons/tenure.svg")));
    QApplication::setDesktopFileName(QStringLiteral(TENURE_APP_ID));
    tenure::ui::MainWindow window;
    window.show();
    if (argc > 1)
        window.openBookInBackground(QString::fromLocal8Bit(argv[1]));
    else
        window.reopenLastBook();
    return app.exec();
}
