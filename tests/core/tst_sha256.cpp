// The import's file hash: FIPS 180-2's own test vectors, and agreement with
// Qt's independent implementation over pieces of every size.
#include "common/testmain.h"
#include "core/sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

using tenure::core::Sha256;

class Sha256Test : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesThePublishedVectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("digest");
        QTest::newRow("empty")
            << QByteArray()
            << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc")
            << QByteArray("abc")
            << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("two blocks")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("a million a")
            << QByteArray(1'000'000, 'a')
            << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }

    void matchesThePublishedVectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, digest);
        Sha256 hash;
        hash.addData(input);
        QCOMPARE(hash.hexResult(), digest);
    }

    // The import feeds the file in chunks whose sizes fall where they may.
    void piecesOfAnySizeGiveTheWholeDigest_data()
    {
        QTest::addColumn<qsizetype>("length");
        QTest::addColumn<qsizetype>("piece");
        QTest::newRow("byte by byte") << qsizetype(1000) << qsizetype(1);
        QTest::newRow("just under a block") << qsizetype(300'001) << qsizetype(63);
        QTest::newRow("a block") << qsizetype(300'001) << qsizetype(64);
        QTest::newRow("just over a block") << qsizetype(300'001) << qsizetype(65);
        QTest::newRow("odd large pieces") << qsizetype(300'001) << qsizetype(65'537);
    }

    void piecesOfAnySizeGiveTheWholeDigest()
    {
        QFETCH(qsizetype, length);
        QFETCH(qsizetype, piece);
        QRandomGenerator random(20261207);
        QByteArray bytes(length, Qt::Uninitialized);
        for (char& byte : bytes)
            byte = static_cast<char>(random.bounded(256));
        Sha256 hash;
        for (qsizetype at = 0; at < bytes.size(); at += piece)
            hash.addData(QByteArrayView(bytes).sliced(at, std::min(piece, bytes.size() - at)));
        QCOMPARE(hash.hexResult(),
                 QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }
};

TENURE_TEST_MAIN(Sha256Test)
#include "tst_sha256.moc"
