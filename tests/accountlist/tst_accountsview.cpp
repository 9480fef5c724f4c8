// The Accounts view: the list shows first, then its health columns fill in
// from the same worker; "sort by risk" puts the most ARR at risk on top.
#include "accountlist/accountsview.h"
#include "accountlist/accounttablemodel.h"
#include "accountpage/handmadebook.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "store/bookdocument.h"

#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>

using tenure::accounts::AccountTableModel;
using tenure::ui::AccountsView;

class TestAccountsView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void healthColumnsFillInAfterTheList()
    {
        tenure::test::TempFolder folder;
        const QString path = folder.path(QStringLiteral("h.tenure"));
        tenure::test::createHandMadeBook(path);
        tenure::store::BookDocument document(
            tenure::store::Book::open(path, tenure::store::Book::Access::ReadOnly));
        AccountsView view;
        QSignalSpy loaded(&view, &AccountsView::loaded);
        QSignalSpy healthLoaded(&view, &AccountsView::healthLoaded);
        view.setDocument(&document);
        QTRY_COMPARE_WITH_TIMEOUT(healthLoaded.count(), 1, 30000);
        QCOMPARE(loaded.count(), 1);
        QVERIFY(!view.isLoading());

        auto* table = view.findChild<QTableView*>();
        const auto* model = table->model();
        QCOMPARE(model->rowCount(), 9);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(!model->index(row, AccountTableModel::Health).data().toString().isEmpty());

        view.sortByRisk();
        double previous = std::numeric_limits<double>::max();
        for (int row = 0; row < model->rowCount(); ++row) {
            const double risk = model->index(row, AccountTableModel::ArrAtRisk)
                                    .data(AccountTableModel::SortRole)
                                    .toDouble();
            QVERIFY(risk <= previous);
            previous = risk;
        }
        // Acme pays $700 a month today, a filler $10: Acme carries the most ARR at risk.
        QCOMPARE(model->index(0, AccountTableModel::Name).data().toString(),
                 QStringLiteral("Acme"));
    }

    void columnsKeepTheirWidthOrderAndSort()
    {
        {
            AccountsView view;
            QHeaderView* header = view.findChild<QTableView*>()->horizontalHeader();
            header->resizeSection(AccountTableModel::Owner, 333);
            header->moveSection(header->visualIndex(AccountTableModel::Health), 1);
            view.sortByRisk();
        }
        AccountsView view;
        QHeaderView* header = view.findChild<QTableView*>()->horizontalHeader();
        QCOMPARE(header->sectionSize(AccountTableModel::Owner), 333);
        QCOMPARE(header->visualIndex(AccountTableModel::Health), 1);
        QCOMPARE(header->sortIndicatorSection(), int(AccountTableModel::ArrAtRisk));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    }
};

TENURE_TEST_MAIN(TestAccountsView)
#include "tst_accountsview.moc"
