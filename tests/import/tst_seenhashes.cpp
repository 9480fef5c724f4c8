#include "common/testmain.h"
#include "import/seenhashes.h"

#include <QRandomGenerator>

#include <unordered_set>

using tenure::import::SeenHashes;

class SeenHashesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithStdUnorderedSet();
    void zeroIsAHashLikeAnyOther();
};

// Many times the first table size, with repeats, and with hashes that share
// their low bits so that they probe into each other; std::unordered_set is
// the reference.
void SeenHashesTest::agreesWithStdUnorderedSet()
{
    QRandomGenerator random(7);
    std::unordered_set<std::uint64_t> reference;
    SeenHashes seen;
    for (int i = 0; i < 200000; ++i) {
        std::uint64_t hash = random.generate64();
        if (i % 3 == 0)
            hash <<= 20; // low bits all zero: one long probe run
        if (i % 5 == 0 && i > 0)
            hash = static_cast<std::uint64_t>(random.bounded(i)) << 20; // likely a repeat
        QCOMPARE(seen.insert(hash), reference.insert(hash).second);
    }
    QCOMPARE(seen.size(), reference.size());
    for (const std::uint64_t hash : reference)
        QVERIFY(!seen.insert(hash));
}

void SeenHashesTest::zeroIsAHashLikeAnyOther()
{
    SeenHashes seen;
    QVERIFY(seen.insert(0));
    QVERIFY(!seen.insert(0));
    QVERIFY(seen.insert(2));
    QCOMPARE(seen.size(), std::size_t(2));
}

TENURE_TEST_MAIN(SeenHashesTest)
#include "tst_seenhashes.moc"
