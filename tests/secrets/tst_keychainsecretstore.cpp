// SPDX-License-Identifier: GPL-3.0-or-later
// Against the real gnome-keyring that tests/run-headless.sh unlocks in a throw-away HOME.
#include "Harness.h"
#include "secrets/KeychainSecretStore.h"

#include <QProcess>
#include <QSignalSpy>
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
