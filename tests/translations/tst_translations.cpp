// Every user-visible string is translated. The test extracts the strings of
// the sources afresh with lupdate, as a developer would, and fails when the
// committed resources/translations/tenure_<language>.ts lacks a finished,
// non-empty translation of any of them, listing each one so that it can be
// translated. It then loads the compiled translation embedded in the program
// (:/i18n) and checks that known strings, plurals included, come out in that
// language.
#include "common/testmain.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment; // the disambiguation given to tr()
    bool numerus = false;
    bool finished = false;
    QStringList forms; // the translation, or its plural forms
};

QString keyOf(const Message& message)
{
    return message.context + QChar(1) + message.source + QChar(1) + message.comment;
}

// Reads a Qt Linguist .ts file; an unreadable file gives an error message.
QList<Message> readTs(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QList<Message> messages;
    QString context;
    Message message;
    bool inMessage = false;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"message") {
                message = Message{};
                message.context = context;
                message.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
                inMessage = true;
            } else if (name == u"name" && !inMessage) {
                context = xml.readElementText();
            } else if (name == u"source" && inMessage) {
                message.source = xml.readElementText();
            } else if (name == u"comment" && inMessage) {
                message.comment = xml.readElementText();
            } else if (name == u"translation" && inMessage) {
                // unfinished, vanished and obsolete translations are not shown
                message.finished = !xml.attributes().hasAttribute(QStringLiteral("type"));
                if (!message.numerus)
                    message.forms.append(xml.readElementText());
            } else if (name == u"numerusform" && inMessage) {
                message.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages.append(message);
            inMessage = false;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1, line %2: %3")
                     .arg(path)
                     .arg(xml.lineNumber())
                     .arg(xml.errorString());
    return messages;
}

// What is wrong with the translation of a message, or nothing.
QString problemWith(const Message* translated, int pluralForms)
{
    if (!translated)
        return QStringLiteral("not in the file");
    if (!translated->finished)
        return QStringLiteral("unfinished");
    const int wanted = translated->numerus ? pluralForms : 1;
    if (translated->forms.size() < wanted)
        return QStringLiteral("%1 of %2 plural forms").arg(translated->forms.size()).arg(wanted);
    for (qsizetype i = 0; i < wanted; ++i) {
        if (translated->forms.at(i).trimmed().isEmpty())
            return wanted == 1 ? QStringLiteral("empty")
                               : QStringLiteral("plural form %1 empty").arg(i + 1);
    }
    return {};
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        m_extracted = m_folder.filePath(QStringLiteral("extracted.ts"));
        // The same command as the README's, so that the strings are the ones a
        // developer gets: -locations none and -no-obsolete keep the file stable.
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(TENURE_SOURCE_DIR));
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(TENURE_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                       QStringLiteral("app"), QStringLiteral("models"), QStringLiteral("ui"),
                       QStringLiteral("-ts"), m_extracted});
        QVERIFY2(lupdate.waitForStarted(),
                 qPrintable(QStringLiteral("cannot run %1: %2")
                                .arg(QStringLiteral(TENURE_LUPDATE), lupdate.errorString())));
        QVERIFY(lupdate.waitForFinished(300'000));
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAll().constData());
    }

    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << 1;
        QTest::newRow("ru") << QStringLiteral("ru") << 3; // one, few, many
    }

    void everyStringIsTranslated()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        QString error;
        const QList<Message> sources = readTs(m_extracted, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(sources.size() > 1000, "lupdate found too few strings: is the source dir right?");

        const QString path = QStringLiteral(TENURE_SOURCE_DIR "/resources/translations/tenure_") +
                             language + QStringLiteral(".ts");
        const QList<Message> translations = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QHash<QString, const Message*> byKey;
        for (const Message& message : translations)
            byKey.insert(keyOf(message), &message);

        QStringList missing;
        for (const Message& source : sources) {
            const QString problem = problemWith(byKey.value(keyOf(source)), pluralForms);
            if (problem.isEmpty())
                continue;
            QString line = QStringLiteral("  [%1] \"%2\"").arg(source.context, source.source);
            if (!source.comment.isEmpty())
                line += QStringLiteral(" (comment \"%1\")").arg(source.comment);
            missing.append(line + QStringLiteral(": ") + problem);
        }
        // QFAIL, not QVERIFY2, which cuts its message at 1,024 bytes.
        if (!missing.isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 of %2 strings are not translated in %3. Run\n"
                                            "  lupdate -locations none -no-obsolete app models ui "
                                            "-ts resources/translations/tenure_%4.ts\n"
                                            "then translate these (see README, Languages):\n%5")
                                 .arg(missing.size())
                                 .arg(sources.size())
                                 .arg(path, language, missing.join(u'\n'))));
    }

    void embeddedTranslationIsUsed_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("help");
        QTest::addColumn<QStringList>("accounts"); // "%n account(s)" for 1, 3, 5, 11, 21
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("文件(&F)")
                               << QStringLiteral("显示此帮助。")
                               << QStringList{
                                      QStringLiteral("1 个客户"), QStringLiteral("3 个客户"),
                                      QStringLiteral("5 个客户"), QStringLiteral("11 个客户"),
                                      QStringLiteral("21 个客户")};
        QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("&Файл")
                            << QStringLiteral("Показать эту справку.")
                            << QStringList{QStringLiteral("1 клиент"), QStringLiteral("3 клиента"),
                                           QStringLiteral("5 клиентов"),
                                           QStringLiteral("11 клиентов"),
                                           QStringLiteral("21 клиент")};
    }

    void embeddedTranslationIsUsed()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QFETCH(QString, help);
        QFETCH(QStringList, accounts);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/tenure_") + language));
        QCOMPARE(translator.language(), language);
        // Installed last, it is asked before the English plural forms.
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const auto removeTranslator =
            qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });

        QCOMPARE(QCoreApplication::translate("tenure::ui::MainWindow", "&File"), fileMenu);
        QCOMPARE(QCoreApplication::translate("tenure::app::Command", "Show this help."), help);
        const QList<int> counts{1, 3, 5, 11, 21};
        for (qsizetype i = 0; i < counts.size(); ++i)
            QCOMPARE(QCoreApplication::translate("tenure::ui::MainWindow", "%n account(s)", nullptr,
                                                 counts.at(i)),
                     accounts.at(i));
    }

private:
    QTemporaryDir m_folder;
    QString m_extracted;
};

TENURE_TEST_MAIN(TestTranslations)
#include "tst_translations.moc"
