// "Merge into…" from the account list: the dialog offers the likely
// duplicate first, merges as one step of the undo stack, and undo puts the
// account back. With TENURE_SCREENSHOT_DIR it saves a PNG of the dialog.
#include "accountlist/mergeaccountdialog.h"
#include "common/testmain.h"
#include "duplicatebook.h"
#include "store/book.h"
#include "store/bookdocument.h"
#include "store/sqlite.h"

#include <QDir>
#include <QUndoStack>

using namespace tenure;

class MergeAccountDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergesTheChosenAccountUndoably();
};

void MergeAccountDialogTest::mergesTheChosenAccountUndoably()
{
    test::TempFolder folder;
    auto book = store::Book::create(folder.path(QStringLiteral("book.tenure")));
    test::importDuplicateAccounts(folder, *book);
    store::BookDocument document(std::move(book));
    auto& connection = document.connection();
    const auto idOf = [&connection](const char* externalId) {
        return connection
            .queryInt(std::string("SELECT account_id FROM account_external_ids WHERE "
                                  "external_id = '") +
                      externalId + "'")
            .value_or(0);
    };
    const qint64 duplicate = idOf("X1");
    const qint64 acme = idOf("C1");
    const qint64 beta = idOf("C2");
    QUndoStack& undo = document.undoStack();
    ui::MergeAccountDialog dialog(document, duplicate, QStringLiteral("ACME Inc"));
    // Acme Inc first (the same name), then the rest by name; never itself.
    QCOMPARE(dialog.offeredTargets(), QList<qint64>({acme, beta}));
    const QString dir = qEnvironmentVariable("TENURE_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        dialog.show();
        QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("merge-account.png"))));
    }
    dialog.chooseTarget(acme);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(undo.count(), 1);
    QCOMPARE(connection.queryInt("SELECT count(*) FROM accounts").value_or(-1), 2);
    QCOMPARE(
        connection
            .queryInt("SELECT count(*) FROM tickets WHERE account_id = " + std::to_string(acme))
            .value_or(-1),
        2);
    undo.undo();
    QCOMPARE(connection.queryInt("SELECT count(*) FROM accounts").value_or(-1), 3);
    QCOMPARE(connection
                 .queryInt("SELECT count(*) FROM tickets WHERE account_id = " +
                           std::to_string(duplicate))
                 .value_or(-1),
             1);
}

TENURE_TEST_MAIN(MergeAccountDialogTest)
#include "tst_mergeaccountdialog.moc"
