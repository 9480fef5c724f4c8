// The import wizard's files: dropped on the wizard, and several at once, each
// read in its own way, landing together.
#include "common/testmain.h"
#include "wizarddriver.h"
#include "wizardtesthelpers.h"

#include <QCheckBox>
#include <QDropEvent>
#include <QLabel>
#include <QMimeData>
#include <QSignalSpy>
#include <QTableView>
#include <QUrl>

using namespace tenure;
using namespace tenure::test;

namespace {

template <typename Widget> Widget* named(QWidget* parent, const char* accessibleName)
{
    for (Widget* widget : parent->findChildren<Widget*>()) {
        if (widget->accessibleName() == QLatin1String(accessibleName))
            return widget;
    }
    return nullptr;
}

} // namespace

class ImportWizardFilesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void droppedFilesAreAdded();
    void severalFilesAreReadEachTheirOwnWay();
    void readingCanBeOverridden();
    void aFileStillToMapIsPointedAt();

private:
    std::unique_ptr<test::TempFolder> m_folder;
    QString m_book;
};

void ImportWizardFilesTest::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_book = m_folder->path(QStringLiteral("book.tenure"));
    store::Book::create(m_book);
}

void ImportWizardFilesTest::cleanup()
{
    m_folder.reset();
}

void ImportWizardFilesTest::droppedFilesAreAdded()
{
    ImportWizard wizard(m_book);
    wizard.show();
    QVERIFY(!wizard.currentPage()->isComplete()); // no files yet
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(test::importFixture("stripe_subscriptions.csv")),
                  QUrl::fromLocalFile(test::importFixture("stripe_subscriptions.csv"))});
    // As a drag does: entering decides the target, the drop goes to it.
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&wizard, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&wizard, &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(wizard.session().fileCount(), 1); // the same file twice is listed once
    QTRY_VERIFY(wizard.currentPage()->isComplete());
}

void ImportWizardFilesTest::severalFilesAreReadEachTheirOwnWay()
{
    // Comma-separated Stripe export, semicolon-separated customers with day-first dates.
    ImportWizard wizard(m_book, {test::importFixture("stripe_subscriptions.csv"),
                                 test::importFixture("generic_accounts.csv")});
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.show();
    QTRY_VERIFY(!wizard.session().isInspecting());
    QCOMPARE(wizard.session().file(0).plan.dialect.delimiter, ',');
    QCOMPARE(wizard.session().file(1).plan.dialect.delimiter, ';');
    QCOMPARE(wizard.session().file(1).plan.kind, import::Kind::Accounts);
    STEP(runToCheck(wizard));
    STEP(runImport(wizard));
    QCOMPARE(imported.count(), 1);
    QCOMPARE(test::countRows(m_book, "imports"), 2);
    QCOMPARE(test::countRows(m_book, "subscription_periods"), 4);
    auto book = store::Book::open(m_book, store::Book::Access::ReadOnly);
    QCOMPARE(book->connection().queryText("SELECT renewal_on FROM accounts WHERE name = 'Beta "
                                          "GmbH'"),
             QStringLiteral("2025-02-01"));
}

void ImportWizardFilesTest::readingCanBeOverridden()
{
    const QString file = m_folder->write(QStringLiteral("plain.csv"),
                                         "account_id,start_date,mrr\nA1,2024-01-01,10\n");
    ImportWizard wizard(m_book, {file});
    wizard.show();
    QTRY_VERIFY(!wizard.session().isInspecting());
    wizard.next();
    QCOMPARE(page(wizard), PageId::Reading);
    QWidget* reading = wizard.currentPage();
    const QAbstractItemModel* preview = reading->findChild<QTableView*>()->model();
    QCOMPARE(preview->columnCount(), 3);

    auto* delimiter = named<QComboBox>(reading, "Delimiter");
    QVERIFY(delimiter->currentText().contains(QStringLiteral("(detected)")));
    const int tab = delimiter->findData(int{'\t'});
    delimiter->setCurrentIndex(tab);
    Q_EMIT delimiter->activated(tab);
    QTRY_VERIFY(!wizard.session().isInspecting());
    QCOMPARE(preview->columnCount(), 1); // what a wrong delimiter looks like
    QVERIFY(!delimiter->currentText().contains(QStringLiteral("(detected)")));
    QVERIFY(!wizard.session().isReady());

    auto* header = named<QCheckBox>(reading, "Header row");
    QVERIFY(header->isChecked());
    header->click();
    QTRY_VERIFY(!wizard.session().isInspecting());
    QCOMPARE(preview->rowCount(), 2); // the header row is data now
    QCOMPARE(preview->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Column 1"));

    auto* encoding = named<QComboBox>(reading, "Encoding");
    const int cyrillic = encoding->findText(QStringLiteral("windows-1251"));
    encoding->setCurrentIndex(cyrillic);
    Q_EMIT encoding->activated(cyrillic);
    QTRY_VERIFY(!wizard.session().isInspecting());
    QCOMPARE(wizard.session().file(0).plan.encoding, import::Encoding::Windows1251);
}

void ImportWizardFilesTest::aFileStillToMapIsPointedAt()
{
    const QString unknown =
        m_folder->write(QStringLiteral("crm.csv"), "Client Ref,Since,Fee\nC1,2024-01-01,10\n");
    ImportWizard wizard(m_book, {test::importFixture("stripe_subscriptions.csv"), unknown});
    wizard.show();
    QTRY_VERIFY(!wizard.session().isInspecting());
    wizard.next();
    wizard.next();
    QCOMPARE(page(wizard), PageId::Mapping);
    QWizardPage* mapping = wizard.currentPage();
    auto* file = named<QComboBox>(mapping, "File");
    QCOMPARE(file->currentIndex(), 1); // the file that needs something comes first
    QVERIFY(!mapping->isComplete());
    file->setCurrentIndex(0); // Stripe: nothing to do there, but the page says where
    bool pointed = false;
    for (const QLabel* label : mapping->findChildren<QLabel*>())
        pointed = pointed || label->text().contains(QStringLiteral("crm.csv still needs"));
    QVERIFY(pointed);
    QVERIFY(!mapping->isComplete());
}

TENURE_TEST_MAIN(ImportWizardFilesTest)
#include "tst_importwizardfiles.moc"
