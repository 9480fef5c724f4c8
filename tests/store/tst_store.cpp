#include "common/testmain.h"
#include "store/book.h"

class TestStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};

TENURE_TEST_MAIN(TestStore)
#include "tst_store.moc"
