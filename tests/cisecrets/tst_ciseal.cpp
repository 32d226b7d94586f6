// SPDX-License-Identifier: GPL-3.0-or-later
// sealForGitHub must produce exactly what GitHub opens: libsodium's sealed box for the store's
// public key. Opening it with the matching secret key (crypto_box_seal_open) gives the value back;
// a key that is not 32 bytes of base64 is refused before anything is sent.
#include "core/cisecrets/CiSeal.h"

#include <QTest>

#include <sodium.h>

using namespace td;

class TestCiSeal : public QObject
{
    Q_OBJECT

    unsigned char m_public[crypto_box_PUBLICKEYBYTES] = {};
    unsigned char m_secret[crypto_box_SECRETKEYBYTES] = {};

    QByteArray publicKeyBase64() const
    {
        return QByteArray(reinterpret_cast<const char *>(m_public), sizeof m_public).toBase64();
    }

    QByteArray open(const QByteArray &sealedBase64) const
    {
        const QByteArray sealed = QByteArray::fromBase64(sealedBase64);
        if (sealed.size() < qsizetype(crypto_box_SEALBYTES))
            return "<too short>";
        QByteArray plain(sealed.size() - qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
        if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(plain.data()),
                                 reinterpret_cast<const unsigned char *>(sealed.constData()),
                                 static_cast<unsigned long long>(sealed.size()), m_public, m_secret)
            != 0)
            return "<does not open>";
        return plain;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(sodium_init() >= 0);
        // A fixed seed: the same key pair every run, so a failure is reproducible.
        unsigned char seed[crypto_box_SEEDBYTES];
        for (size_t i = 0; i < sizeof seed; ++i)
            seed[i] = static_cast<unsigned char>(i * 7 + 3);
        QCOMPARE(crypto_box_seed_keypair(m_public, m_secret, seed), 0);
    }

    void sealedValueOpensWithTheStoreKey_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("npm token") << QByteArray("npm_abcdefghijklmnopqrstuvwxyz0123456789");
        QTest::newRow("one byte") << QByteArray("x");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("binary and quotes") << QByteArray("a\"b\\c\n\x01\xff", 8);
    }

    void sealedValueOpensWithTheStoreKey()
    {
        QFETCH(QByteArray, value);
        const auto sealed = sealForGitHub(SecretBuffer(value), publicKeyBase64());
        QVERIFY2(sealed, qPrintable(sealed ? QString() : sealed.error().message));
        QVERIFY(!sealed.value().contains(value) || value.size() < 2);
        QCOMPARE(QByteArray::fromBase64(sealed.value()).size(),
                 value.size() + qsizetype(crypto_box_SEALBYTES));
        QCOMPARE(open(sealed.value()), value);
    }

    void eachSealIsFresh()
    {
        // Sealed boxes use an ephemeral key: two seals of one value differ, both open.
        const SecretBuffer value(QByteArrayView("npm_same"));
        const auto a = sealForGitHub(value, publicKeyBase64());
        const auto b = sealForGitHub(value, publicKeyBase64());
        QVERIFY(a && b);
        QVERIFY(a.value() != b.value());
        QCOMPARE(open(a.value()), QByteArray("npm_same"));
        QCOMPARE(open(b.value()), QByteArray("npm_same"));
    }

    void anotherKeyCannotOpenIt()
    {
        unsigned char otherPublic[crypto_box_PUBLICKEYBYTES];
        unsigned char otherSecret[crypto_box_SECRETKEYBYTES];
        crypto_box_keypair(otherPublic, otherSecret);
        const auto sealed = sealForGitHub(
            SecretBuffer(QByteArrayView("npm_value")),
            QByteArray(reinterpret_cast<const char *>(otherPublic), sizeof otherPublic).toBase64());
        QVERIFY(sealed);
        QCOMPARE(open(sealed.value()), QByteArray("<does not open>"));
    }

    void badKeysAreRefused_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("31 bytes") << QByteArray(31, 'k').toBase64();
        QTest::newRow("33 bytes") << QByteArray(33, 'k').toBase64();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not base64") << QByteArray("!!!!not-base64!!!!");
    }

    void badKeysAreRefused()
    {
        QFETCH(QByteArray, key);
        const auto sealed = sealForGitHub(SecretBuffer(QByteArrayView("npm_value")), key);
        QVERIFY(!sealed);
        QCOMPARE(sealed.error().code, ErrorCode::MalformedResponse);
        QVERIFY2(sealed.error().message.contains(QLatin1String("32-byte")),
                 qPrintable(sealed.error().message));
        QVERIFY(!sealed.error().message.contains(QLatin1String("npm_value")));
    }
};

QTEST_GUILESS_MAIN(TestCiSeal)
#include "tst_ciseal.moc"
