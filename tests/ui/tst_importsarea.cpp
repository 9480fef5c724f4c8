// The Imports area and the import wizard in the window: File ▸ Import and
// files dropped on the window open the wizard with those files; the log lists
// every committed import with its counts and what a newer export changed.
#include "common/countingprogress.h"
#include "common/screenshot.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "import/importer.h"
#include "importhistory/importsview.h"
#include "importwizard/importwizard.h"
#include "mainwindow/mainwindow.h"
#include "store/book.h"
#include "store/person.h"

#include <QMimeData>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include <QUrl>

using namespace tenure;

namespace {

void importInto(const QString& book, const QString& file)
{
    auto opened = store::Book::open(book);
    test::CountingProgress progress;
    QVERIFY(import::importFiles(*opened, {file}, {}, progress).committed);
}

} // namespace

class ImportsAreaTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logListsCommittedImports()
    {
        test::TempFolder folder;
        const QString book = folder.path(QStringLiteral("b.tenure"));
        store::Book::create(book);
        const QString file = folder.write(QStringLiteral("subs.csv"), "account_id,start_date,mrr\n"
                                                                      "A1,2026-01-01,100\n"
                                                                      "A2,2026-02-01,50\n");
        store::setCurrentPerson(QStringLiteral("Ana"));
        importInto(book, file);
        folder.write(QStringLiteral("subs.csv"), "account_id,start_date,mrr\n"
                                                 "A1,2026-01-01,120\n"
                                                 "A2,2026-02-01,50\n");
        store::setCurrentPerson(QStringLiteral("Ben"));
        importInto(book, file);
        store::setCurrentPerson({});

        ui::MainWindow window;
        window.show();
        QVERIFY(window.openBook(book));
        window.showArea(ui::MainWindow::Area::Imports); // read when first shown
        const auto& records = window.importsView()->records();
        QCOMPARE(records.size(), 2u);
        QCOMPARE(records[0].entry.rowsUpdated, 1); // newest first
        QCOMPARE(records[1].entry.rowsInserted, 2);
        QCOMPARE(records[0].entry.fileName, QStringLiteral("subs.csv"));
        QVERIFY(!records[0].entry.changes.isEmpty());
        auto* log = window.importsView()->findChild<QTreeWidget*>();
        QCOMPARE(log->topLevelItemCount(), 2);
        QCOMPARE(log->topLevelItem(0)->text(6), QStringLiteral("1"));
        // Who ran each import, in the details of the one chosen.
        QCOMPARE(records[0].importedBy, QStringLiteral("Ben"));
        QCOMPARE(records[1].importedBy, QStringLiteral("Ana"));
        log->setCurrentItem(log->topLevelItem(1));
        auto* details = window.importsView()->findChild<QPlainTextEdit*>();
        QVERIFY(details);
        QVERIFY(details->toPlainText().contains(u"Imported by Ana."));
        window.resize(1200, 700);
        QVERIFY(test::saveScreenshot(window, QStringLiteral("imports-details")));
    }

    void droppedFilesOpenTheWizard()
    {
        test::TempFolder folder;
        const QString book = folder.path(QStringLiteral("b.tenure"));
        store::Book::create(book);
        const QString file = folder.write(QStringLiteral("subs.csv"), "account_id,start_date,mrr\n"
                                                                      "A1,2026-01-01,100\n");
        ui::MainWindow window;
        QVERIFY(window.openBook(book));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        auto* wizard = window.findChild<ui::ImportWizard*>();
        QVERIFY(wizard);
        QCOMPARE(wizard->session().paths(), QStringList{file});
        wizard->close();
    }
};

TENURE_TEST_MAIN(ImportsAreaTest)
#include "tst_importsarea.moc"
