// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/SecretBuffer.h"

#include <QTest>

#include <type_traits>

using td::SecretBuffer;

class TstSecretBuffer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isNotCopyable()
    {
        static_assert(!std::is_copy_constructible_v<SecretBuffer>);
        static_assert(!std::is_copy_assignable_v<SecretBuffer>);
        static_assert(std::is_nothrow_move_constructible_v<SecretBuffer>);
        QVERIFY(true);
    }

    void holdsBytes()
    {
        const SecretBuffer secret = SecretBuffer::fromString(QStringLiteral("npm_secret"));
        QCOMPARE(secret.size(), 10);
        QCOMPARE(secret.reveal(), QByteArray("npm_secret"));
        QCOMPARE(secret.revealString(), QStringLiteral("npm_secret"));
    }

    void moveLeavesSourceEmpty()
    {
        SecretBuffer a(QByteArrayView("abc"));
        SecretBuffer b(std::move(a));
        QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): the point of the test
        QCOMPARE(b.reveal(), QByteArray("abc"));
        SecretBuffer c;
        c = std::move(b);
        QVERIFY(b.isEmpty()); // NOLINT(bugprone-use-after-move)
        QCOMPARE(c.reveal(), QByteArray("abc"));
    }

    void clearEmpties()
    {
        SecretBuffer secret(QByteArrayView("abc"));
        secret.clear();
        QVERIFY(secret.isEmpty());
        QCOMPARE(secret.reveal(), QByteArray());
    }

    void revealIsADeepCopy()
    {
        // A revealed copy must not share storage: wiping the buffer must not wipe a copy that a
        // callee (QNetworkRequest, QtKeychain) already owns, and vice versa.
        SecretBuffer secret(QByteArrayView("abcdef"));
        const QByteArray copy = secret.reveal();
        secret.clear();
        QCOMPARE(copy, QByteArray("abcdef"));
    }

    void comparesByContent_data()
    {
        QTest::addColumn<QByteArray>("left");
        QTest::addColumn<QByteArray>("right");
        QTest::addColumn<bool>("equal");
        QTest::newRow("same") << QByteArray("abc") << QByteArray("abc") << true;
        QTest::newRow("different") << QByteArray("abc") << QByteArray("abd") << false;
        QTest::newRow("prefix") << QByteArray("abc") << QByteArray("abcd") << false;
        QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    }
    void comparesByContent()
    {
        QFETCH(QByteArray, left);
        QFETCH(QByteArray, right);
        QFETCH(bool, equal);
        QCOMPARE(SecretBuffer(left) == SecretBuffer(right), equal);
    }
};

QTEST_GUILESS_MAIN(TstSecretBuffer)
#include "tst_secretbuffer.moc"
