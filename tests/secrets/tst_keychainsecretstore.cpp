// SPDX-License-Identifier: GPL-3.0-or-later
// Against the real gnome-keyring that tests/run-headless.sh unlocks in a throw-away HOME.
#include "Harness.h"
#include "core/secrets/KeychainSecretStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace td;

namespace {
// Runs one async store call to completion; fine in a test, never in production code.
template<class R, class Call>
R await(Call call)
{
    std::optional<R> result;
    call([&](R r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000))
        return R(makeError(ErrorCode::Timeout, QStringLiteral("test timed out")));
    return std::move(*result);
}

QString secretTool(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"), args);
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class TstKeychainSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { TD_REQUIRE_HARNESS(); }

    void writeReadDeleteRoundTrip()
    {
        KeychainSecretStore store(QStringLiteral("tokendesk-test"));
        const QString key
            = QStringLiteral("token/acct/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString value = QStringLiteral("npm_RoundTrip0123456789012345678901234567");

        auto written = await<Result<void>>(
            [&](auto done) { store.write(key, SecretBuffer::fromString(value), this, done); });
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().oneLine()));

        // The secret really is in the Secret Service, visible to other tools.
        QCOMPARE(secretTool({QStringLiteral("lookup"), QStringLiteral("server"),
                             QStringLiteral("tokendesk-test"), QStringLiteral("user"), key}),
                 value);

        auto read = await<Result<SecretBuffer>>([&](auto done) { store.read(key, this, done); });
        QVERIFY(read.ok());
        QCOMPARE(read.value().revealString(), value);

        auto removed = await<Result<void>>([&](auto done) { store.remove(key, this, done); });
        QVERIFY(removed.ok());
        QCOMPARE(secretTool({QStringLiteral("lookup"), QStringLiteral("server"),
                             QStringLiteral("tokendesk-test"), QStringLiteral("user"), key}),
                 QString());

        auto gone = await<Result<SecretBuffer>>([&](auto done) { store.read(key, this, done); });
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, ErrorCode::NotFound);
    }

    void probeSucceedsAndLeavesNothing()
    {
        KeychainSecretStore store(QStringLiteral("tokendesk-probe-test"));
        auto probed = await<Result<void>>([&](auto done) { store.probe(this, done); });
        QVERIFY2(probed.ok(), qPrintable(probed.ok() ? QString() : probed.error().oneLine()));
        QTRY_COMPARE_WITH_TIMEOUT(
            secretTool({QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                        QStringLiteral("tokendesk-probe-test")}),
            QString(), 5000);
    }

    void indexFollowsWritesAndRemovesWithoutReads()
    {
        QTemporaryDir dir;
        const QString indexPath = dir.filePath(QStringLiteral("index.json"));
        KeychainSecretStore store(QStringLiteral("tokendesk-index-test"));
        store.setIndexPath(indexPath);
        const QString key
            = QStringLiteral("token/acct/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        // First question: the index is built from the keychain's listing (names only).
        QSignalSpy changed(&store, &SecretStore::storedKeysChanged);
        if (!store.isStored(key).has_value())
            QVERIFY(changed.wait(10000));
        QCOMPARE(store.isStored(key), std::optional<bool>(false));

        auto written = await<Result<void>>([&](auto done) {
            store.write(key, SecretBuffer::fromString(QStringLiteral("npm_Indexed0123")), this,
                        done);
        });
        QVERIFY(written.ok());
        QCOMPARE(store.isStored(key), std::optional<bool>(true));
        QFile file(indexPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray onDisk = file.readAll();
        QVERIFY(onDisk.contains(key.toUtf8()));
        QVERIFY(!onDisk.contains("npm_Indexed0123")); // names only, never a secret
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());

        auto removed = await<Result<void>>([&](auto done) { store.remove(key, this, done); });
        QVERIFY(removed.ok());
        QCOMPARE(store.isStored(key), std::optional<bool>(false));
        QCOMPARE(store.readCount(), 0);
    }

    void missingIndexIsRebuiltFromTheKeychainListing()
    {
        // Stored by another program (or before the index existed): found without reading it.
        const QString key
            = QStringLiteral("token/acct/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("store"), QStringLiteral("--label=tokendesk test"),
                    QStringLiteral("server"), QStringLiteral("tokendesk-rebuild-test"),
                    QStringLiteral("user"), key, QStringLiteral("type"),
                    QStringLiteral("plaintext")});
        tool.write("npm_Rebuilt0123");
        tool.closeWriteChannel();
        QVERIFY(tool.waitForFinished(10000));
        QCOMPARE(tool.exitCode(), 0);

        QTemporaryDir dir;
        KeychainSecretStore store(QStringLiteral("tokendesk-rebuild-test"));
        store.setIndexPath(dir.filePath(QStringLiteral("index.json")));
        QSignalSpy changed(&store, &SecretStore::storedKeysChanged);
        QCOMPARE(store.isStored(key), std::nullopt);
        QVERIFY(changed.wait(10000));
        QCOMPARE(store.isStored(key), std::optional<bool>(true));
        QVERIFY(!store.isStored(QStringLiteral("token/acct/other")).value_or(true));
        QCOMPARE(store.readCount(), 0);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("index.json"))));
        (void)await<Result<void>>([&](auto done) { store.remove(key, this, done); });
    }

    void callbackSkippedWhenContextDies()
    {
        KeychainSecretStore store(QStringLiteral("tokendesk-test"));
        bool called = false;
        {
            QObject context;
            store.read(QStringLiteral("nothing/here"), &context,
                       [&](Result<SecretBuffer>) { called = true; });
        }
        QTest::qWait(500);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TstKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
