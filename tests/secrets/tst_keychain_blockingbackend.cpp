// SPDX-License-Identifier: GPL-3.0-or-later
// Runs on a private session bus (tests/support/session-nosvc.conf) with no Secret Service, in a
// KDE session whose kwalletd5 (silent_secret_service.py) never answers. QtKeychain 0.13 then
// blocks the thread that starts its first job on a synchronous KWallet call before it falls back
// to libsecret. That thread must be the keychain thread, never the caller's: a timer on the
// caller's thread keeps ticking, and the answer (no usable keychain) still arrives.
#include "Harness.h"
#include "TestPaths.h"
#include "core/secrets/KeychainSecretStore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace td;

class TstKeychainBlockingBackend : public QObject
{
    Q_OBJECT

    QProcess m_kwallet;

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        qputenv("XDG_CURRENT_DESKTOP", "KDE");
        qputenv("KDE_SESSION_VERSION", "5");
        m_kwallet.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_kwallet.start(QStringLiteral("/usr/bin/python3"),
                        {QStringLiteral(TD_SOURCE_DIR "/tests/secrets/silent_secret_service.py"),
                         QStringLiteral("org.kde.kwalletd5")});
        QVERIFY(m_kwallet.waitForStarted());
        QVERIFY(m_kwallet.waitForReadyRead(10000));
        QTRY_VERIFY_WITH_TIMEOUT(QDBusConnection::sessionBus().interface()->isServiceRegistered(
                                     QStringLiteral("org.kde.kwalletd5")),
                                 5000);
    }

    void cleanupTestCase()
    {
        m_kwallet.kill();
        m_kwallet.waitForFinished();
    }

    void aBlockingJobNeverBlocksTheCaller()
    {
        QTemporaryDir dir;
        KeychainSecretStore store(QStringLiteral("tokendesk-blocking-test"));
        store.setIndexPath(dir.filePath(QStringLiteral("index.json")));
        store.setTimeout(std::chrono::seconds(10));

        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this,
                [&] { longestGap = std::max(longestGap, sinceTick.restart()); });
        std::optional<Result<SecretBuffer>> result;
        sinceTick.start();
        ticker.start();
        store.read(QStringLiteral("session/acct"), this,
                   [&](Result<SecretBuffer> r) { result.emplace(std::move(r)); });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 15000));
        longestGap = std::max(longestGap, sinceTick.elapsed());
        qInfo("the caller's thread stood still for at most %lld ms", longestGap);
        QVERIFY2(longestGap < 250, qPrintable(QString::number(longestGap)));
        QVERIFY(!result->ok());
        QCOMPARE(result->error().code, ErrorCode::KeychainUnavailable);
    }
};

QTEST_GUILESS_MAIN(TstKeychainBlockingBackend)
#include "tst_keychain_blockingbackend.moc"
