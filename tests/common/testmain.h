#pragma once

// A QTEST_MAIN that always runs headless and at a fixed DPI, so that results
// and screenshots do not depend on the machine running them. Tests read the
// English words; TENURE_TEST_LOCALE (such as "ru" or "zh_CN") installs that
// language instead, to look at translated screenshots:
//   TENURE_TEST_LOCALE=ru TENURE_SCREENSHOT_DIR=/tmp/ru tests/ui/tst_mainwindow
// Tests that compare words fail under it; it is for looking, not for CI.
// TENURE_TEST_DARK=1 switches to the Fusion style with a dark palette, to look
// at every area as users with a dark desktop see it.
// Settings (QSettings) and the user's cache folder (XDG_CACHE_HOME, where the
// derived cache lives; the tenure processes a test starts inherit it) start
// empty in every test process and are thrown away after it, so no run sees
// what an earlier one remembered.
#include "core/translations.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QtGlobal>

#if defined(QT_WIDGETS_LIB)
#include "common/darkpalette.h"

#include <QApplication>
#define TENURE_TEST_APPLICATION QApplication
#define TENURE_TEST_DARK_PALETTE()                                                                 \
    QApplication::setStyle(QStringLiteral("Fusion"));                                              \
    QApplication::setPalette(tenure::test::darkPalette())
#elif defined(QT_GUI_LIB)
#include "common/darkpalette.h"

#include <QGuiApplication>
#define TENURE_TEST_APPLICATION QGuiApplication
#define TENURE_TEST_DARK_PALETTE() QGuiApplication::setPalette(tenure::test::darkPalette())
#else
#include <QCoreApplication>
#define TENURE_TEST_APPLICATION QCoreApplication
#define TENURE_TEST_DARK_PALETTE()
#endif

#define TENURE_TEST_MAIN(TestClass)                                                                \
    int main(int argc, char* argv[])                                                               \
    {                                                                                              \
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))                                        \
            qputenv("QT_QPA_PLATFORM", "offscreen");                                               \
        qputenv("QT_FONT_DPI", "96");                                                              \
        qputenv("QT_ENABLE_HIGHDPI_SCALING", "0");                                                 \
        TENURE_TEST_APPLICATION app(argc, argv);                                                   \
        const QTemporaryDir settings;                                                              \
        const QTemporaryDir cache;                                                                 \
        qputenv("XDG_CACHE_HOME", QFile::encodeName(cache.path()));                                \
        QSettings::setDefaultFormat(QSettings::IniFormat);                                         \
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());           \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                   \
        if (!qEnvironmentVariableIsEmpty("TENURE_TEST_DARK")) {                                    \
            TENURE_TEST_DARK_PALETTE();                                                            \
        }                                                                                          \
        tenure::installTranslations(qEnvironmentVariableIsEmpty("TENURE_TEST_LOCALE")              \
                                        ? QLocale(QLocale::English)                                \
                                        : QLocale(qEnvironmentVariable("TENURE_TEST_LOCALE")));    \
        TestClass test;                                                                            \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
