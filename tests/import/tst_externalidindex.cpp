#include "common/testmain.h"
#include "import/externalidindex.h"

#include <QRandomGenerator>

#include <map>
#include <string>

using tenure::import::ExternalIdIndex;

class ExternalIdIndexTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyIndexKnowsNothing();
    void agreesWithStdMap();
    void reinsertingPointsAtTheNewAccount();
    void tellsApartIdsThatDifferByOneCharacter();
};

void ExternalIdIndexTest::emptyIndexKnowsNothing()
{
    const ExternalIdIndex index;
    QCOMPARE(index.find("cus_1"), 0);
    QCOMPARE(index.find(""), 0);
    QCOMPARE(index.size(), std::size_t(0));
}

// Random ids of random lengths, many times the table's first size so that it
// grows again and again; std::map is the reference.
void ExternalIdIndexTest::agreesWithStdMap()
{
    QRandomGenerator random(42);
    const auto randomId = [&random] {
        std::string id(static_cast<std::size_t>(random.bounded(0, 24)), ' ');
        for (char& c : id)
            c = static_cast<char>(random.bounded('0', 'z' + 1));
        return id;
    };
    std::map<std::string, std::int64_t> reference;
    ExternalIdIndex index;
    for (int i = 0; i < 60000; ++i) {
        const std::string id = randomId();
        const std::int64_t account = random.bounded(1, 1 << 30);
        reference[id] = account;
        index.insert(id, account);
    }
    QCOMPARE(index.size(), reference.size());
    for (const auto& [id, account] : reference)
        QCOMPARE(index.find(id), account);
    int absent = 0;
    for (int i = 0; i < 20000; ++i) {
        const std::string id = randomId() + "~"; // '~' is outside the generated range
        QCOMPARE(index.find(id), 0);
        ++absent;
    }
    QCOMPARE(absent, 20000);
}

void ExternalIdIndexTest::reinsertingPointsAtTheNewAccount()
{
    ExternalIdIndex index;
    index.insert("cus_1", 7);
    index.insert("cus_2", 8);
    index.insert("cus_1", 9);
    QCOMPARE(index.find("cus_1"), 9);
    QCOMPARE(index.find("cus_2"), 8);
    QCOMPARE(index.size(), std::size_t(2));
}

void ExternalIdIndexTest::tellsApartIdsThatDifferByOneCharacter()
{
    ExternalIdIndex index;
    for (int i = 0; i < 1000; ++i)
        index.insert("cus_" + std::to_string(i), i + 1);
    for (int i = 0; i < 1000; ++i) {
        QCOMPARE(index.find("cus_" + std::to_string(i)), i + 1);
        QCOMPARE(index.find("cus_" + std::to_string(i) + "0" + "x"), 0);
    }
    QCOMPARE(index.find("cus_"), 0);
    QCOMPARE(index.find("cus_1000"), 0);
}

TENURE_TEST_MAIN(ExternalIdIndexTest)
#include "tst_externalidindex.moc"
