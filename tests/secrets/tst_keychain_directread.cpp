// SPDX-License-Identifier: GPL-3.0-or-later
// Against the real gnome-keyring of tests/run-headless.sh (issue 18): an unlocked entry is read
// on Qt's one session-bus connection, the one that asked whether it is locked, over an encrypted
// session. Before, QtKeychain's libsecret opened a second connection (and its own session) for
// every process's first read; that start-up was most of `tokendesk-cli token list`'s keychain
// time.
#include "Harness.h"
#include "core/secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QTest>
#include <QUuid>

using namespace td;

namespace {
const QString kService = QStringLiteral("tokendesk-directread-test");

Result<SecretBuffer> readNow(KeychainSecretStore &store, const QString &key, QObject *context)
{
    std::optional<Result<SecretBuffer>> result;
    store.read(key, context, [&](Result<SecretBuffer> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000))
        return makeError(ErrorCode::Timeout, QStringLiteral("test timed out"));
    return std::move(*result);
}

// Stored by another program with QtKeychain's attributes, so this process has not touched
// libsecret before it reads.
bool storeWithSecretTool(const QString &key, const QByteArray &value, const QString &type)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("store"), QStringLiteral("--label=tokendesk test"),
                QStringLiteral("server"), kService, QStringLiteral("user"), key,
                QStringLiteral("type"), type});
    tool.write(value);
    tool.closeWriteChannel();
    return tool.waitForFinished(10000) && tool.exitCode() == 0;
}

// This process's connections to the session bus, as the bus counts them.
int ownBusConnections()
{
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    const QStringList names = bus->registeredServiceNames().value();
    int count = 0;
    for (const QString &name : names)
        if (name.startsWith(QLatin1Char(':'))
            && bus->servicePid(name).value() == uint(QCoreApplication::applicationPid()))
            ++count;
    return count;
}

QString newKey()
{
    return QStringLiteral("session/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

class TstKeychainDirectRead : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { TD_REQUIRE_HARNESS(); }

    // The regression test: run first, before anything in this process used QtKeychain.
    void readsOnTheOneBusConnection()
    {
        const QString key = newKey();
        QVERIFY(storeWithSecretTool(key, "npm_Direct0123456789", QStringLiteral("plaintext")));
        QCOMPARE(ownBusConnections(), 1); // Qt's own, asking
        KeychainSecretStore store(kService);
        const Result<SecretBuffer> read = readNow(store, key, this);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().oneLine()));
        QCOMPARE(read.value().reveal(), QByteArray("npm_Direct0123456789"));
        QCOMPARE(ownBusConnections(), 1);
    }

    void readsBinaryEntriesAsQtKeychainWroteThem()
    {
        const QString key = newKey();
        const QByteArray binary("\x00\x01npm\xff", 6);
        QVERIFY(storeWithSecretTool(key, binary.toBase64(), QStringLiteral("base64")));
        KeychainSecretStore store(kService);
        const Result<SecretBuffer> read = readNow(store, key, this);
        QVERIFY(read.ok());
        QCOMPARE(read.value().reveal(), binary);
    }

    // Every session this process opens with the Secret Service is an encrypted one.
    void opensOnlyEncryptedSessions()
    {
        QProcess monitor;
        monitor.start(QStringLiteral("dbus-monitor"),
                      {QStringLiteral("--session"),
                       QStringLiteral("type='method_call',interface='org.freedesktop.Secret."
                                      "Service',member='OpenSession'")});
        QVERIFY(monitor.waitForStarted(5000));
        QTest::qWait(300); // the monitor's match rule is in place
        const QString key = newKey();
        QVERIFY(storeWithSecretTool(key, "npm_Encrypted0123", QStringLiteral("plaintext")));
        KeychainSecretStore store(kService);
        const Result<SecretBuffer> read = readNow(store, key, this);
        QVERIFY(read.ok());
        QCOMPARE(read.value().reveal(), QByteArray("npm_Encrypted0123"));
        QTest::qWait(300);
        monitor.terminate();
        QVERIFY(monitor.waitForFinished(5000));
        const QByteArray seen = monitor.readAllStandardOutput();
        const qsizetype sessions = seen.count("member=OpenSession");
        QVERIFY2(sessions >= 2, seen.constData()); // secret-tool's and ours
        QCOMPARE(seen.count("dh-ietf1024-sha256-aes128-cbc-pkcs7"), sessions);
        QVERIFY(!seen.contains("npm_Encrypted0123"));
    }

    void anEntryOfAnotherKindIsLeftToQtKeychain()
    {
        // Not QtKeychain's "plaintext" or "base64": QtKeychain, the store of record, decides.
        const QString key = newKey();
        QVERIFY(storeWithSecretTool(key, "npm_Other0123", QStringLiteral("other")));
        KeychainSecretStore store(kService);
        const Result<SecretBuffer> read = readNow(store, key, this);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, ErrorCode::NotFound);
    }

    void cleanupTestCase()
    {
        QProcess::execute(QStringLiteral("secret-tool"),
                          {QStringLiteral("clear"), QStringLiteral("server"), kService});
    }
};

QTEST_GUILESS_MAIN(TstKeychainDirectRead)
#include "tst_keychain_directread.moc"
