// SPDX-License-Identifier: GPL-3.0-or-later
// `tokendesk-cli migrate --apply` and `token rotate` under registry faults (issue 12, items 3, 4,
// 6 and 11): the real program against tokendesk-sandbox (--era 2025-10) with its fault API, the
// harness's real keychain and real .npmrc files in a temp HOME (MigrationWorld).
//  - a create whose answer is lost (half body, a stall past the client's timeout, a reset or
//    broken JSON after the registry made the token) leaves no live token that is neither in the
//    keychain nor revoked — right after the failure and after `--resume`;
//  - a failed revoke of the old token stays in the plan ("revoke pending: retry"), `--rollback`
//    does not undo the verified replacement, and `--resume` finishes it;
//  - a replacement whose whoami answers as another user stops the run before any revoke;
//  - every failed run prints exactly one line on stderr and exits 1.
#include "Harness.h"
#include "migration_e2e_world.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {
QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The run's stderr is exactly one "tokendesk-cli: …" line; returns it (empty when not).
QByteArray theOneLine(const CliRun &run)
{
    const QByteArray err = run.err.trimmed();
    if (err.isEmpty() || err.contains('\n') || !err.startsWith("tokendesk-cli: "))
        return {};
    return err;
}

QStringList journalStages(const MigrationWorld &world)
{
    QStringList stages;
    for (const QJsonValue &row : QJsonDocument::fromJson(bytesOf(world.journalPath()))
                                     .object()
                                     .value(QStringLiteral("rows"))
                                     .toArray())
        stages.append(row.toObject().value(QStringLiteral("stage")).toString());
    return stages;
}

// The sandbox key of the token whose secret is `secret` (the state shows it masked).
QString keyOfSecret(const MigrationWorld &world, const QByteArray &secret)
{
    for (const QJsonValue &t : world.sandboxTokens()) {
        const QString shown = t.toObject().value(QStringLiteral("token")).toString();
        if (!t.toObject().contains(QStringLiteral("revoked"))
            && shown.startsWith(QString::fromLatin1(secret.left(8)))
            && shown.endsWith(QString::fromLatin1(secret.right(4))))
            return t.toObject().value(QStringLiteral("key")).toString();
    }
    return {};
}

const QByteArray kCreate = "{\"method\":\"POST\",\"path\":\"/-/npm/v1/tokens\",";
const QByteArray kRevoke = "{\"method\":\"DELETE\",\"path\":\"/-/npm/v1/tokens/token/*\",";
} // namespace

class TestMigrationFaultsE2e : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QVERIFY2(m_sandbox.start({QStringLiteral("--era"), QStringLiteral("2025-10")}),
                 qPrintable(m_sandbox.errorString()));
    }

    void lostCreateAnswerLeavesNoOrphan_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<QStringList>("flags"); // of the --apply run
        // Every create: the registry makes the token, its answer never arrives whole. The stalls
        // outlast the run's --timeout by 10 s, as a 40 s stall outlasts the default 30 s: the
        // same path, without waiting half a minute for it.
        const QStringList timeout3{QStringLiteral("--timeout"), QStringLiteral("3")};
        QTest::newRow("half body") << kCreate + "\"truncate\":true}" << QStringList();
        QTest::newRow("13 s stall, 3 s timeout") << kCreate + "\"delay_ms\":13000}" << timeout3;
        QTest::newRow("reset after apply")
            << kCreate + "\"reset_after_apply\":true}" << QStringList();
        QTest::newRow("half body after apply")
            << kCreate + "\"truncate_after_apply\":true}" << QStringList();
        QTest::newRow("broken JSON after apply")
            << kCreate + "\"malformed_after_apply\":true}" << QStringList();
        QTest::newRow("13 s stall after apply, 3 s timeout")
            << kCreate + "\"after_apply\":true,\"delay_ms\":13000}" << timeout3;
    }
    void lostCreateAnswerLeavesNoOrphan()
    {
        QFETCH(QByteArray, fault);
        QFETCH(QStringList, flags);
        MigrationWorld world(m_sandbox);
        QString why;
        QVERIFY2(world.setUp(&why), qPrintable(why));
        const QStringList before = world.liveKeys();
        QVERIFY(world.setFaults("[" + fault + "]"));
        const CliRun apply = world.migrate(QStringList{QStringLiteral("--apply")} + flags);
        world.clearFaults();
        QCOMPARE(world.unaccountedLiveTokens(before), QStringList());
        QCOMPARE(apply.exitCode, 1);
        QVERIFY2(!theOneLine(apply).isEmpty(), apply.err.constData());
        QVERIFY(!world.isRevokedOnSandbox(kClassicPublish)); // nothing revoked for that row
        QCOMPARE(bytesOf(world.userNpmrc()), world.originalUserBytes());

        // Whatever --resume says, it leaves nothing behind either; the next --apply finishes.
        const CliRun resume = world.migrate({QStringLiteral("--resume")});
        QCOMPARE(world.unaccountedLiveTokens(before), QStringList());
        const CliRun again = world.migrate({QStringLiteral("--apply")});
        QVERIFY2(again.exitCode == 0, QByteArray(again.out + again.err).constData());
        QVERIFY(world.isRevokedOnSandbox(kClassicPublish));
        QVERIFY(world.isRevokedOnSandbox(kClassicAutomation));
        QCOMPARE(world.unaccountedLiveTokens(before), QStringList());
        QCOMPARE(world.liveReplacementKeys().size(), 2);
        Q_UNUSED(resume);
    }

    void failedRevokeStaysFinishable_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::newRow("500") << kRevoke + "\"status\":500}";
        QTest::newRow("reset") << kRevoke + "\"reset\":true}";
        QTest::newRow("reset after apply") << kRevoke + "\"reset_after_apply\":true}";
        QTest::newRow("403 with a body") << kRevoke + "\"status\":403,\"body\":{\"error\":\"no\"}}";
    }
    void failedRevokeStaysFinishable()
    {
        QFETCH(QByteArray, fault);
        MigrationWorld world(m_sandbox);
        QString why;
        QVERIFY2(world.setUp(&why), qPrintable(why));
        QVERIFY(world.setFaults("[" + fault + "]"));
        const CliRun apply = world.migrate({QStringLiteral("--apply")});
        QCOMPARE(apply.exitCode, 1);
        const QByteArray line = theOneLine(apply);
        QVERIFY2(line.contains("tokendesk-cli migrate --resume"), apply.err.constData());
        const QByteArray user = bytesOf(world.userNpmrc());
        QVERIFY(MigrationWorld::tokenIn(world.userNpmrc()).startsWith("npm_"));

        // The plan still lists it; --rollback does not undo a verified, used replacement.
        const CliRun plan
            = world.cli({QStringLiteral("migrate"), QStringLiteral("--project"), world.project()});
        QVERIFY2(plan.out.contains("revoke pending: retry"), plan.out.constData());
        const CliRun rollback = world.migrate({QStringLiteral("--rollback")});
        QCOMPARE(rollback.exitCode, 1);
        QVERIFY2(theOneLine(rollback).contains("--resume"), rollback.err.constData());
        QCOMPARE(bytesOf(world.userNpmrc()), user);
        const CliRun stillFailing = world.migrate({QStringLiteral("--resume")});
        QCOMPARE(stillFailing.exitCode, 1);
        QVERIFY2(!theOneLine(stillFailing).isEmpty(), stillFailing.err.constData());

        world.clearFaults();
        const CliRun resume = world.migrate({QStringLiteral("--resume")});
        QVERIFY2(resume.exitCode == 0, QByteArray(resume.out + resume.err).constData());
        QVERIFY(resume.err.isEmpty());
        QVERIFY(world.isRevokedOnSandbox(kClassicPublish));
        QVERIFY(world.isRevokedOnSandbox(kClassicAutomation));
        QCOMPARE(journalStages(world),
                 (QStringList{QStringLiteral("done"), QStringLiteral("done")}));
        QCOMPARE(world.whoamiWith(MigrationWorld::tokenIn(world.userNpmrc())),
                 QByteArray("maintainer"));
        const CliRun after
            = world.cli({QStringLiteral("migrate"), QStringLiteral("--project"), world.project()});
        QVERIFY2(!after.out.contains("revoke pending"), after.out.constData());
    }

    void replacementAnsweringAsAnotherUserStops()
    {
        MigrationWorld world(m_sandbox);
        QString why;
        QVERIFY2(world.setUp(&why), qPrintable(why));
        const QStringList before = world.liveKeys();
        QVERIFY(world.setFaults("[{\"method\":\"GET\",\"path\":\"/-/whoami\",\"status\":200,"
                                "\"body\":{\"username\":\"mallory\"}}]"));
        const CliRun apply = world.migrate({QStringLiteral("--apply")});
        world.clearFaults();
        QCOMPARE(apply.exitCode, 1);
        QVERIFY2(theOneLine(apply).contains("\"mallory\""), apply.err.constData());
        QVERIFY(!world.isRevokedOnSandbox(kClassicPublish));
        QVERIFY(!world.isRevokedOnSandbox(kClassicAutomation));
        QCOMPARE(bytesOf(world.userNpmrc()), world.originalUserBytes());
        QCOMPARE(bytesOf(world.projectNpmrc()), world.originalProjectBytes());
        QCOMPARE(world.liveReplacementKeys(), QStringList()); // the new one was revoked again
        QCOMPARE(world.unaccountedLiveTokens(before), QStringList());
    }

    void failedApplySaysSoOnce_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("token list 500")
            << QByteArray("{\"method\":\"GET\",\"path\":\"/-/npm/v1/tokens*\",\"status\":500}")
            << QByteArray("500");
        QTest::newRow("create 500") << kCreate + "\"status\":500}" << QByteArray("not migrated");
        QTest::newRow("create 429")
            << kCreate + "\"status\":429,\"retry_after\":3600}" << QByteArray("not migrated");
        QTest::newRow("create 401")
            << kCreate + "\"status\":401,\"body\":{\"error\":\"Incorrect or missing password.\"}}"
            << QByteArray("not migrated");
    }
    void failedApplySaysSoOnce()
    {
        QFETCH(QByteArray, fault);
        QFETCH(QByteArray, says);
        MigrationWorld world(m_sandbox);
        QString why;
        QVERIFY2(world.setUp(&why), qPrintable(why));
        const QStringList before = world.liveKeys();
        QVERIFY(world.setFaults("[" + fault + "]"));
        const CliRun apply = world.migrate({QStringLiteral("--apply")});
        world.clearFaults();
        QCOMPARE(world.unaccountedLiveTokens(before), QStringList());
        QCOMPARE(apply.exitCode, 1);
        QVERIFY2(theOneLine(apply).contains(says), apply.err.constData());
        QVERIFY(!world.isRevokedOnSandbox(kClassicPublish));
        QCOMPARE(bytesOf(world.userNpmrc()), world.originalUserBytes());
    }

    void failedRotationSaysSoOnce_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<QByteArray>("says");
        QTest::addColumn<QString>("rotated"); // a token's key; empty: the one in ~/.npmrc
        const QString npmrcToken;
        QTest::newRow("create 500")
            << kCreate + "\"status\":500}" << QByteArray("not migrated") << npmrcToken;
        QTest::newRow("create half body")
            << kCreate + "\"truncate\":true}" << QByteArray("not migrated") << npmrcToken;
        QTest::newRow("create reset after apply")
            << kCreate + "\"reset_after_apply\":true}" << QByteArray("not migrated") << npmrcToken;
        QTest::newRow("create 401")
            << kCreate + "\"status\":401,\"body\":{\"error\":\"Incorrect or missing password.\"}}"
            << QByteArray("not migrated") << npmrcToken;
        QTest::newRow("whoami as another user")
            << QByteArray("{\"method\":\"GET\",\"path\":\"/-/whoami\",\"status\":200,"
                          "\"body\":{\"username\":\"mallory\"}}")
            << QByteArray("mallory") << npmrcToken;
        QTest::newRow("revoke 500")
            << kRevoke + "\"status\":500}" << QByteArray("--resume") << npmrcToken;
        // No .npmrc uses the demo "laptop-publish": its "update it wherever you use it" warning
        // must not become a second stderr line when the rotation fails.
        QTest::newRow("create 500, token no .npmrc uses")
            << kCreate + "\"status\":500}" << QByteArray("not migrated")
            << QStringLiteral("0b5f1a2c-0004-4a00-8000-000000000004");
    }
    void failedRotationSaysSoOnce()
    {
        QFETCH(QByteArray, fault);
        QFETCH(QByteArray, says);
        QFETCH(QString, rotated);
        MigrationWorld world(m_sandbox);
        QString why;
        QVERIFY2(world.setUp(&why), qPrintable(why));
        const CliRun apply = world.migrate({QStringLiteral("--apply")});
        QVERIFY2(apply.exitCode == 0, QByteArray(apply.out + apply.err).constData());
        const QByteArray current = MigrationWorld::tokenIn(world.userNpmrc());
        const QString key = rotated.isEmpty() ? keyOfSecret(world, current) : rotated;
        QVERIFY(!key.isEmpty());
        const QStringList before = world.liveKeys();
        QVERIFY(world.setFaults("[" + fault + "]"));
        const CliRun rotate = world.cli(
            {QStringLiteral("token"), QStringLiteral("rotate"), key, QStringLiteral("--project"),
             world.project(), QStringLiteral("--password-stdin"), QStringLiteral("--otp"),
             QString::fromLatin1(world.currentTotp())},
            kSandboxPassword + "\n");
        world.clearFaults();
        QCOMPARE(world.unaccountedLiveTokens(before), QStringList());
        QCOMPARE(rotate.exitCode, 1);
        const QByteArray line = theOneLine(rotate);
        QVERIFY2(line.contains(says), rotate.err.constData());
        QVERIFY2(!line.contains("()"), line.constData()); // the row names the token it rotated
        QVERIFY(!rotate.err.contains(current) && !rotate.out.contains(current));
        // Whatever failed, ~/.npmrc holds a working token of the maintainer.
        QCOMPARE(world.whoamiWith(MigrationWorld::tokenIn(world.userNpmrc())),
                 QByteArray("maintainer"));
    }
};

QTEST_GUILESS_MAIN(TestMigrationFaultsE2e)
#include "migration_faults_e2e.moc"
