// SPDX-License-Identifier: GPL-3.0-or-later
// The client half of the Secret Service's dh-ietf1024-sha256-aes128-cbc-pkcs7 session: two
// halves agree on one key, a secret encrypted by one side decrypts on the other, and nothing
// decrypts without the agreed key or with a public value outside the group.
#include "core/secrets/DhAesSession.h"

#include <QTest>

using namespace td;

class TstDhAesSession : public QObject
{
    Q_OBJECT

    static QByteArray iv() { return QByteArray(16, '\x5a'); }

private Q_SLOTS:
    void bothHalvesAgreeOnTheKey_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("session token") << QByteArray("npm_Session0123456789012345678901234567");
        QTest::newRow("one block exactly") << QByteArray("0123456789abcdef");
        QTest::newRow("one byte") << QByteArray("x");
        QTest::newRow("binary") << QByteArray("\x00\x01\xff\x80", 4);
    }

    void bothHalvesAgreeOnTheKey()
    {
        QFETCH(QByteArray, secret);
        DhAesSession client, service;
        QVERIFY(client.isValid() && service.isValid());
        QVERIFY(client.publicKey() != service.publicKey());
        QVERIFY(client.publicKey().size() <= 128);
        QVERIFY(client.deriveKey(service.publicKey()));
        QVERIFY(service.deriveKey(client.publicKey()));
        const QByteArray cipherText = service.encryptForTest(iv(), secret);
        QCOMPARE(cipherText.size() % 16, 0);
        if (secret.size() >= 8) // a byte or four may turn up in any random text
            QVERIFY(!cipherText.contains(secret));
        const std::optional<SecretBuffer> plain = client.decrypt(iv(), cipherText);
        QVERIFY(plain.has_value());
        QCOMPARE(plain->reveal(), secret);
    }

    // One block decrypted alone (its padding block dropped): its own last bytes are read as the
    // PKCS#7 padding. Only 1 to 16 bytes, each of that value, count as padding.
    void paddingIsChecked_data()
    {
        QTest::addColumn<QByteArray>("block");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QByteArray>("secret");
        const QByteArray start(12, 'n');
        QTest::newRow("one byte of 1") << start + "abc\x01" << true << start + "abc";
        QTest::newRow("three bytes of 3") << start + "a\x03\x03\x03" << true << start + "a";
        QTest::newRow("sixteen bytes of 16") << QByteArray(16, '\x10') << true << QByteArray();
        QTest::newRow("zero") << start + "abc" + QByteArray(1, '\0') << false << QByteArray();
        QTest::newRow("seventeen") << start + "abc\x11" << false << QByteArray();
        QTest::newRow("3 over too few") << start + "ab\x02\x03" << false << QByteArray();
    }

    void paddingIsChecked()
    {
        QFETCH(QByteArray, block);
        QFETCH(bool, accepted);
        QFETCH(QByteArray, secret);
        QCOMPARE(block.size(), 16);
        DhAesSession client, service;
        QVERIFY(client.deriveKey(service.publicKey()));
        QVERIFY(service.deriveKey(client.publicKey()));
        const QByteArray cipherText = service.encryptForTest(iv(), block).left(16);
        const std::optional<SecretBuffer> plain = client.decrypt(iv(), cipherText);
        QCOMPARE(plain.has_value(), accepted);
        if (accepted)
            QCOMPARE(plain->reveal(), secret);
    }

    void anotherSessionCannotDecrypt()
    {
        DhAesSession client, service, stranger;
        QVERIFY(client.deriveKey(service.publicKey()));
        QVERIFY(service.deriveKey(client.publicKey()));
        QVERIFY(stranger.deriveKey(service.publicKey()));
        const QByteArray cipherText = service.encryptForTest(iv(), "npm_Secret0123456789");
        const std::optional<SecretBuffer> wrong = stranger.decrypt(iv(), cipherText);
        QVERIFY(!wrong || wrong->reveal() != "npm_Secret0123456789");
    }

    void nothingDecryptsBeforeTheKeyIsDerived()
    {
        DhAesSession client;
        QVERIFY(!client.decrypt(iv(), QByteArray(32, 'a')).has_value());
    }

    void publicValuesOutsideTheGroupAreRefused_data()
    {
        QTest::addColumn<QByteArray>("peer");
        const QByteArray primeMinusOne = QByteArray::fromHex(
            "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A"
            "08798E3404DDEF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9"
            "A637ED6B0BFF5CB6F406B7EDEE386BFB5A899FA5AE9F24117C4B1FE649286651ECE65381FFFFFFFFFFFF"
            "FFFE");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("zero") << QByteArray(1, '\0');
        QTest::newRow("one") << QByteArray(1, '\1');
        QTest::newRow("p - 1") << primeMinusOne;
        QTest::newRow("too long") << QByteArray(129, '\1');
    }

    void publicValuesOutsideTheGroupAreRefused()
    {
        QFETCH(QByteArray, peer);
        DhAesSession client;
        QVERIFY(!client.deriveKey(peer));
        QVERIFY(!client.decrypt(iv(), QByteArray(16, 'a')).has_value());
    }
};

QTEST_GUILESS_MAIN(TstDhAesSession)
#include "tst_dhaessession.moc"
