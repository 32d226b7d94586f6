// SPDX-License-Identifier: GPL-3.0-or-later
// Against the harness's real gnome-keyring, locked through the Secret Service API: every call
// says "locked" at once (no unlock prompt that nobody answers, no "not found"), changes nothing,
// and everything works again once the keyring is unlocked.
#include "Harness.h"
#include "KeyringControl.h"
#include "core/secrets/KeychainSecretStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace td;
using namespace td::test;

namespace {
template<class R, class Call>
R await(Call call)
{
    std::optional<R> result;
    call([&](R r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return R(makeError(ErrorCode::Timeout, QStringLiteral("test timed out")));
    return std::move(*result);
}

QString describe(const Error &e)
{
    return e.codeName() + QStringLiteral(": ") + e.oneLine();
}
} // namespace

class TstKeychainLocked : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<KeychainSecretStore> m_store;
    const QString m_key
        = QStringLiteral("session/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString m_value = QStringLiteral("npm_LockedKeyring0123456789012345678901");

    void verifyLocked(const Error &error, qint64 elapsedMs)
    {
        QVERIFY2(error.code == ErrorCode::KeychainLocked, qPrintable(describe(error)));
        QCOMPARE(error.message,
                 QStringLiteral("The keychain is locked — unlock it and try again."));
        // Answered by the Secret Service at once, not after the deadline of a stuck prompt.
        QVERIFY2(elapsedMs < 5000, qPrintable(QString::number(elapsedMs)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        m_store = std::make_unique<KeychainSecretStore>(QStringLiteral("tokendesk-locked-test"));
        m_store->setIndexPath(m_dir.filePath(QStringLiteral("index.json")));
        m_store->setTimeout(std::chrono::seconds(15));
        auto written = await<Result<void>>([&](auto done) {
            m_store->write(m_key, SecretBuffer::fromString(m_value), this, done);
        });
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : describe(written.error())));
        QSignalSpy indexed(m_store.get(), &SecretStore::storedKeysChanged);
        if (!m_store->isStored(m_key).has_value())
            QVERIFY(indexed.wait(10000));
        QCOMPARE(m_store->isStored(m_key), std::optional<bool>(true));
        QString error;
        QVERIFY2(lockLoginKeyring(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        if (loginKeyringLocked())
            QVERIFY(unlockLoginKeyring());
        if (m_store)
            (void)await<Result<void>>([&](auto done) { m_store->remove(m_key, nullptr, done); });
    }

    void readSaysLocked()
    {
        QElapsedTimer clock;
        clock.start();
        auto read
            = await<Result<SecretBuffer>>([&](auto done) { m_store->read(m_key, this, done); });
        QVERIFY(!read.ok());
        verifyLocked(read.error(), clock.elapsed());
        // A locked entry is not a missing one: the index still lists it.
        QCOMPARE(m_store->isStored(m_key), std::optional<bool>(true));
    }

    void readOfAnUnknownKeyAlsoSaysLocked()
    {
        // Nothing can be known about a locked collection's contents: never "not found".
        QElapsedTimer clock;
        clock.start();
        auto read = await<Result<SecretBuffer>>(
            [&](auto done) { m_store->read(QStringLiteral("session/nobody"), this, done); });
        QVERIFY(!read.ok());
        verifyLocked(read.error(), clock.elapsed());
    }

    void removeSaysLockedAndKeepsTheEntry()
    {
        QElapsedTimer clock;
        clock.start();
        auto removed = await<Result<void>>([&](auto done) { m_store->remove(m_key, this, done); });
        QVERIFY(!removed.ok());
        verifyLocked(removed.error(), clock.elapsed());
    }

    void writeSaysLocked()
    {
        QElapsedTimer clock;
        clock.start();
        auto written = await<Result<void>>([&](auto done) {
            m_store->write(m_key + QStringLiteral("-new"), SecretBuffer::fromString(m_value), this,
                           done);
        });
        QVERIFY(!written.ok());
        verifyLocked(written.error(), clock.elapsed());
    }

    void worksAgainAfterUnlocking()
    {
        QString error;
        QVERIFY2(unlockLoginKeyring(&error), qPrintable(error));
        auto read
            = await<Result<SecretBuffer>>([&](auto done) { m_store->read(m_key, this, done); });
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : describe(read.error())));
        QCOMPARE(read.value().revealString(), m_value);
    }
};

QTEST_GUILESS_MAIN(TstKeychainLocked)
#include "tst_keychain_locked.moc"
