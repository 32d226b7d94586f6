// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: `tokendesk-cli migrate --apply` against the real tokendesk-sandbox (--era 2025-10)
// with the real keychain (tests/run-headless.sh) moves the two demo classic tokens of a temp
// HOME's ~/.npmrc and a project .npmrc to granular ones; the real npm CLI then works with each
// rewritten file; the classic tokens are revoked on the sandbox; the keychain holds the new
// secrets. Then the runner is SIGKILLed after each journal step in turn and restarted with
// --resume or --rollback; and faults are injected (500 on revoke).
#include "Harness.h"
#include "HttpHelper.h"
#include "core/npmconfig/TokenIdentity.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/SecretStore.h"
#include "migration_e2e_world.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <optional>

using namespace td;
using namespace td::test;

namespace {
QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The file is what the user wrote, or that with exactly the credential value replaced.
bool originalOrCleanlyRewritten(const QString &path, const QByteArray &original,
                                const QByteArray &oldSecret)
{
    const QByteArray now = bytesOf(path);
    if (now == original)
        return true;
    const QByteArray secret = MigrationWorld::tokenIn(path);
    return secret.startsWith("npm_") && QByteArray(original).replace(oldSecret, secret) == now;
}

Result<SecretBuffer> readKeychain(const QString &key)
{
    KeychainSecretStore keychain(QStringLiteral("tokendesk"));
    std::optional<Result<SecretBuffer>> result;
    keychain.read(key, nullptr, [&](Result<SecretBuffer> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return makeError(ErrorCode::Timeout, QStringLiteral("keychain did not answer"));
    return std::move(*result);
}
} // namespace

class TestMigrationE2e : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;

    // Every reference works, whatever happened.
    void checkEveryReferenceWorks(MigrationWorld &world, const QString &when)
    {
        for (const QString &path : {world.userNpmrc(), world.projectNpmrc()}) {
            const QByteArray secret = MigrationWorld::tokenIn(path);
            QVERIFY2(world.whoamiWith(secret) == "maintainer",
                     qPrintable(QStringLiteral("%1: %2 has no working token").arg(when, path)));
        }
        QVERIFY2(originalOrCleanlyRewritten(world.userNpmrc(), world.originalUserBytes(),
                                            kClassicPublish),
                 qPrintable(when));
        QVERIFY2(originalOrCleanlyRewritten(world.projectNpmrc(), world.originalProjectBytes(),
                                            kClassicAutomation),
                 qPrintable(when));
    }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QVERIFY2(m_sandbox.start({QStringLiteral("--era"), QStringLiteral("2025-10")}),
                 qPrintable(m_sandbox.errorString()));
    }

    void oneRunMigratesBothFiles()
    {
        MigrationWorld world(m_sandbox);
        QString why;
        QVERIFY2(world.setUp(&why), qPrintable(why));

        const CliRun doctor
            = world.cli({QStringLiteral("doctor"), QStringLiteral("--project"), world.project()});
        QCOMPARE(doctor.exitCode, 1); // classic tokens in use
        QVERIFY2(doctor.out.contains(".npmrc:4") && doctor.out.contains("app/.npmrc:2"),
                 doctor.out.constData());
        QVERIFY(!doctor.out.contains(kClassicPublish) && !doctor.out.contains(kClassicAutomation));

        const CliRun plan
            = world.cli({QStringLiteral("migrate"), QStringLiteral("--project"), world.project()});
        QVERIFY2(plan.exitCode == 0, plan.err.constData());
        QVERIFY2(plan.out.contains("create-read-write") && plan.out.contains("create-bypass-2fa"),
                 plan.out.constData());
        QCOMPARE(bytesOf(world.userNpmrc()), world.originalUserBytes()); // a plan changes nothing

        const CliRun apply = world.migrate({QStringLiteral("--apply")});
        QVERIFY2(apply.exitCode == 0, QByteArray(apply.out + apply.err).constData());
        QVERIFY(!apply.out.contains(kSandboxPassword) && !apply.err.contains(kSandboxPassword));
        QVERIFY(apply.out.contains("Backups:"));

        for (const auto &[path, old] : {std::pair{world.userNpmrc(), kClassicPublish},
                                        std::pair{world.projectNpmrc(), kClassicAutomation}}) {
            const QByteArray secret = MigrationWorld::tokenIn(path);
            QVERIFY2(secret.startsWith("npm_"), bytesOf(path).constData());
            QVERIFY(!apply.out.contains(secret));
            // The real npm CLI signs in with the rewritten file.
            const CliRun npm = world.npmWhoami(path);
            QVERIFY2(npm.exitCode == 0, npm.err.constData());
            QCOMPARE(npm.out.trimmed(), QByteArray("maintainer"));
            QVERIFY2(world.isRevokedOnSandbox(old), "the classic token is still active");
            // The keychain holds the new secret under the new token's key.
            QString key;
            for (const QJsonValue &t : world.sandboxTokens())
                if (t.toObject().value(QStringLiteral("key")).toString().size() < 64
                    && t.toObject()
                           .value(QStringLiteral("token"))
                           .toString()
                           .startsWith(QString::fromLatin1(secret.left(8)))
                    && t.toObject()
                           .value(QStringLiteral("token"))
                           .toString()
                           .endsWith(QString::fromLatin1(secret.right(4))))
                    key = t.toObject().value(QStringLiteral("key")).toString();
            QVERIFY(!key.isEmpty());
            const auto stored = readKeychain(SecretStore::tokenKey(world.accountId(), key));
            QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().oneLine()));
            QCOMPARE(QByteArray(stored.value().view().data(), stored.value().view().size()),
                     secret);
        }
        // Comments, CRLF and the missing final newline survived: only the value changed.
        QVERIFY(originalOrCleanlyRewritten(world.userNpmrc(), world.originalUserBytes(),
                                           kClassicPublish));
        QVERIFY(originalOrCleanlyRewritten(world.projectNpmrc(), world.originalProjectBytes(),
                                           kClassicAutomation));
        QVERIFY((int(QFile::permissions(world.userNpmrc())) & 0x0077) == 0); // still 0600
        QCOMPARE(world.liveReplacementKeys().size(), 2);

        // Nothing classic, dead or expiring is left in use.
        const CliRun after
            = world.cli({QStringLiteral("doctor"), QStringLiteral("--project"), world.project()});
        QVERIFY2(after.exitCode == 0, after.out.constData());
    }

    void wideModeIsTightenedAndSaid()
    {
        // A real ~/.npmrc that others could read (0644): after the migration it holds a token,
        // so it is 0600, and the summary says that it was not before.
        MigrationWorld world(m_sandbox);
        QString why;
        QVERIFY2(world.setUp(&why), qPrintable(why));
        QVERIFY(QFile::setPermissions(world.userNpmrc(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser
                                          | QFile::WriteUser | QFile::ReadGroup
                                          | QFile::ReadOther));
        const CliRun apply = world.migrate({QStringLiteral("--apply")});
        QVERIFY2(apply.exitCode == 0, QByteArray(apply.out + apply.err).constData());
        QCOMPARE(int(QFile::permissions(world.userNpmrc())) & 0x0777, 0x0600);
        QVERIFY2(apply.out.contains("~/.npmrc was readable by others (0644); it is now 0600"),
                 apply.out.constData());
        QVERIFY(MigrationWorld::tokenIn(world.userNpmrc()).startsWith("npm_"));
    }

    void revokeFailureLeavesWorkingReferences()
    {
        MigrationWorld world(m_sandbox);
        QString why;
        QVERIFY2(world.setUp(&why), qPrintable(why));
        const HttpReply fault
            = httpCall("POST", m_sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/faults"))),
                       // (a plain string: moc reads "/*" inside a raw string as a comment)
                       "[{\"method\":\"DELETE\",\"path\":\"/-/npm/v1/tokens/token/*\","
                       "\"status\":500}]",
                       {{"content-type", "application/json"}});
        QCOMPARE(fault.status, 200);
        const CliRun apply = world.migrate({QStringLiteral("--apply")});
        httpCall("DELETE", m_sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/faults"))));
        QCOMPARE(apply.exitCode, 1);
        QVERIFY2(apply.out.contains("revoke-failed"), apply.out.constData());
        QVERIFY2(apply.out.contains("500") || apply.out.contains("E500"), apply.out.constData());
        // The references use the verified new tokens; the old ones still exist (not lost).
        checkEveryReferenceWorks(world, QStringLiteral("after a failed revoke"));
        QVERIFY(MigrationWorld::tokenIn(world.userNpmrc()).startsWith("npm_"));
        QVERIFY(!world.isRevokedOnSandbox(kClassicPublish));
        QCOMPARE(world.liveReplacementKeys().size(), 2);
    }

    void tokenRotateReplacesOneTokenEverywhere()
    {
        // The demo tokens all redact to "npm_Sand...0000", so rotate one TokenDesk created: the
        // read-write token that replaced "classic publish" in ~/.npmrc.
        MigrationWorld world(m_sandbox);
        QString why;
        QVERIFY2(world.setUp(&why), qPrintable(why));
        const CliRun apply = world.migrate({QStringLiteral("--apply")});
        QVERIFY2(apply.exitCode == 0, QByteArray(apply.out + apply.err).constData());
        const QByteArray current = MigrationWorld::tokenIn(world.userNpmrc());
        const QByteArray before = bytesOf(world.userNpmrc());
        QJsonObject old;
        for (const QJsonValue &t : world.sandboxTokens()) {
            const QString shown = t.toObject().value(QStringLiteral("token")).toString();
            if (!t.toObject().contains(QStringLiteral("revoked"))
                && shown.startsWith(QString::fromLatin1(current.left(8)))
                && shown.endsWith(QString::fromLatin1(current.right(4))))
                old = t.toObject();
        }
        const QString key = old.value(QStringLiteral("key")).toString();
        QVERIFY(!key.isEmpty());
        const CliRun rotate = world.cli(
            {QStringLiteral("token"), QStringLiteral("rotate"), key, QStringLiteral("--project"),
             world.project(), QStringLiteral("--password-stdin"), QStringLiteral("--otp"),
             QString::fromLatin1(world.currentTotp())},
            kSandboxPassword + "\n");
        QVERIFY2(rotate.exitCode == 0, QByteArray(rotate.out + rotate.err).constData());
        QVERIFY2(rotate.out.contains("1 reference"), rotate.out.constData());
        const QByteArray fresh = MigrationWorld::tokenIn(world.userNpmrc());
        QVERIFY(fresh.startsWith("npm_") && fresh != current);
        QVERIFY(!rotate.out.contains(fresh) && !rotate.err.contains(fresh));
        QCOMPARE(world.whoamiWith(fresh), QByteArray("maintainer"));
        QVERIFY(world.whoamiWith(current).isEmpty()); // the old one is revoked
        QCOMPARE(QByteArray(before).replace(current, fresh), bytesOf(world.userNpmrc()));
        // Same name and grants on the new token.
        int same = 0;
        for (const QJsonValue &t : world.sandboxTokens()) {
            const QJsonObject token = t.toObject();
            if (token.contains(QStringLiteral("revoked"))
                || token.value(QStringLiteral("key")).toString() == key
                || token.value(QStringLiteral("name")) != old.value(QStringLiteral("name")))
                continue;
            ++same;
            QCOMPARE(token.value(QStringLiteral("packages")),
                     old.value(QStringLiteral("packages")));
            QCOMPARE(token.value(QStringLiteral("packages_and_scopes_permission")),
                     old.value(QStringLiteral("packages_and_scopes_permission")));
            QCOMPARE(token.value(QStringLiteral("bypass_2fa")),
                     old.value(QStringLiteral("bypass_2fa")));
        }
        QCOMPARE(same, 1);
    }

    void manualReferenceWaitsUntilConfirmed()
    {
        // The project reads ${NPM_TOKEN}, exported here with the classic automation token, and its
        // release workflow uses the CI secret NPM_TOKEN: TokenDesk can edit neither, so the old
        // token stays valid until `migrate --confirm` says they were updated.
        MigrationWorld world(m_sandbox);
        QString why;
        QVERIFY2(world.setUp(&why), qPrintable(why));
        const QByteArray port = QByteArray::number(m_sandbox.url().port());
        const auto write = [](const QString &path, const QByteArray &bytes) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile file(path);
            return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                && file.write(bytes) == bytes.size();
        };
        QVERIFY(write(world.projectNpmrc(),
                      "registry=http://127.0.0.1:" + port + "/\n//127.0.0.1:" + port
                          + "/:_authToken=${NPM_TOKEN}\n"));
        QVERIFY(write(world.project() + QStringLiteral("/.github/workflows/release.yml"),
                      "name: release\non: push\njobs:\n  publish:\n    runs-on: ubuntu-latest\n"
                      "    steps:\n      - uses: actions/setup-node@v4\n"
                      "      - run: npm publish\n        env:\n"
                      "          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n"));
        QVERIFY(write(world.project() + QStringLiteral("/.git/config"),
                      "[remote \"origin\"]\n\turl = git@github.com:acme/app.git\n"));
        QProcessEnvironment exported;
        exported.insert(QStringLiteral("NPM_TOKEN"), QString::fromLatin1(kClassicAutomation));

        const CliRun apply = world.migrate({QStringLiteral("--apply")}, exported);
        const QByteArray all = apply.out + apply.err;
        QVERIFY2(apply.exitCode == 0, all.constData());
        QVERIFY2(all.contains("Set the CI secret NPM_TOKEN in acme/app to the new token"),
                 all.constData());
        QVERIFY2(all.contains("export NPM_TOKEN=")
                     && all.contains("tokendesk-cli migrate --confirm"),
                 all.constData());
        QVERIFY(all.contains("secret-tool lookup server tokendesk user token/"));
        QVERIFY(world.isRevokedOnSandbox(kClassicPublish)); // ~/.npmrc: replaced and revoked
        QVERIFY2(!world.isRevokedOnSandbox(kClassicAutomation), "revoked before confirmation");
        QVERIFY(!all.contains(MigrationWorld::tokenIn(world.userNpmrc()))); // no new secret

        // A wrong row is refused; the old token's id is accepted.
        const CliRun wrong = world.cli(
            {QStringLiteral("migrate"), QStringLiteral("--confirm"), QStringLiteral("9")});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(!world.isRevokedOnSandbox(kClassicAutomation));
        const CliRun confirm = world.cli({QStringLiteral("migrate"), QStringLiteral("--confirm"),
                                          sha512Hex(kClassicAutomation), QStringLiteral("--otp"),
                                          QString::fromLatin1(world.currentTotp())});
        QVERIFY2(confirm.exitCode == 0, QByteArray(confirm.out + confirm.err).constData());
        QVERIFY(world.isRevokedOnSandbox(kClassicAutomation));
        const CliRun again = world.cli(
            {QStringLiteral("migrate"), QStringLiteral("--confirm"), QStringLiteral("1")});
        QCOMPARE(again.exitCode, 1); // nothing waits any more
    }

    void crashAfterEachStepResumesOrRollsBack()
    {
        MigrationWorld world(m_sandbox);
        for (int step = 1; step < 40; ++step) {
            QString why;
            QVERIFY2(world.setUp(&why), qPrintable(why));
            QProcessEnvironment kill;
            kill.insert(QStringLiteral("TD_TEST_KILL_AFTER_STEP"), QString::number(step));
            const CliRun first = world.migrate({QStringLiteral("--apply")}, kill);
            QVERIFY2(first.crashed, QByteArray(first.out + first.err).constData());
            const QString when = QStringLiteral("killed after step %1").arg(step);
            checkEveryReferenceWorks(world, when);
            QVERIFY2(!world.journalPath().isEmpty(), qPrintable(when));
            bool allFinal = true;
            for (const QJsonValue &row : QJsonDocument::fromJson(bytesOf(world.journalPath()))
                                             .object()
                                             .value(QStringLiteral("rows"))
                                             .toArray()) {
                const QString stage = row.toObject().value(QStringLiteral("stage")).toString();
                allFinal = allFinal
                    && (stage == QLatin1String("done") || stage == QLatin1String("skipped"));
            }
            if (allFinal) {
                // Killed after the very last step: the run was complete.
                QVERIFY(MigrationWorld::tokenIn(world.userNpmrc()).startsWith("npm_"));
                QVERIFY(world.isRevokedOnSandbox(kClassicPublish));
                QVERIFY(world.isRevokedOnSandbox(kClassicAutomation));
                QCOMPARE(world.liveReplacementKeys().size(), 2);
                QVERIFY2(step > 10, "the run had fewer steps than two rows need");
                qInfo("the run has %d journal steps; it was SIGKILLed after each one, then "
                      "resumed (odd) or rolled back (even)",
                      step);
                return;
            }

            // A plain --apply refuses while a run is unfinished.
            const CliRun refused = world.migrate({QStringLiteral("--apply")});
            QVERIFY2(refused.exitCode == 1 && refused.err.contains("--resume"),
                     qPrintable(when + QStringLiteral(": ") + world.journalPath()
                                + QString::fromUtf8(bytesOf(world.journalPath()))
                                + QString::fromUtf8(QByteArray(refused.out + refused.err))));

            const bool rollBack = step % 2 == 0;
            const CliRun second = world.migrate(
                {rollBack ? QStringLiteral("--rollback") : QStringLiteral("--resume")});
            QVERIFY2(second.exitCode == 0,
                     qPrintable(when + QLatin1Char(' ')
                                + QString::fromUtf8(QByteArray(second.out + second.err))));
            const QString after
                = when + (rollBack ? QStringLiteral(", rolled back") : QStringLiteral(", resumed"));
            checkEveryReferenceWorks(world, after);
            const QJsonObject journal
                = QJsonDocument::fromJson(bytesOf(world.journalPath())).object();
            int usingNew = 0;
            for (const auto &[path, old, original] :
                 {std::tuple{world.userNpmrc(), kClassicPublish, world.originalUserBytes()},
                  std::tuple{world.projectNpmrc(), kClassicAutomation,
                             world.originalProjectBytes()}}) {
                const QByteArray now = bytesOf(path);
                if (now == original) {
                    QVERIFY2(!world.isRevokedOnSandbox(old), qPrintable(after));
                } else {
                    ++usingNew;
                    QVERIFY2(world.isRevokedOnSandbox(old), qPrintable(after));
                }
                if (!rollBack)
                    QVERIFY2(now != original, qPrintable(after + QStringLiteral(": not migrated")));
            }
            // No replacement is left behind unused (an orphan from a crash mid-create included).
            QVERIFY2(world.liveReplacementKeys().size() == usingNew,
                     qPrintable(QStringLiteral("%1: %2 live replacements, %3 in use")
                                    .arg(after)
                                    .arg(world.liveReplacementKeys().size())
                                    .arg(usingNew)));
            Q_UNUSED(journal);
        }
        QFAIL("the run never reached its last step");
    }
};

QTEST_GUILESS_MAIN(TestMigrationE2e)
#include "migration_e2e.moc"
