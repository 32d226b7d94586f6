// SPDX-License-Identifier: GPL-3.0-or-later
// PlanRunner under registry faults (issue 12, items 3, 4, 6 and 12), with the fake registry and
// keychain of RunnerWorld: a create whose answer is lost leaves no unstored live token (right away,
// or after resume() when the look-up itself failed); a failed revoke of the old token stays
// finishable (resume, confirm, the next plan) and is never rolled back; a replacement that answers
// as another user stops the run before any revoke; a file that ends up holding a token is 0600 and
// the journal says when that tightened a wider mode.
#include "RunnerWorld.h"
#include "core/migration/MigrationJournal.h"
#include "core/migration/PlanRunner.h"
#include "core/migration/ReferenceRewriter.h"
#include "core/npmconfig/TokenIdentity.h"
#include "core/secrets/SecretStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {

// Live tokens of the fake registry that are neither one of the two old tokens nor stored in the
// keychain: tokens nobody could ever find again.
QStringList unaccountedLiveTokens(const RunnerWorld &w)
{
    const QStringList old{sha512Hex(kOldUserToken.toUtf8()), sha512Hex(kOldProjectToken.toUtf8())};
    const QStringList stored = w.store.keys();
    QStringList lost;
    const QJsonObject tokens = QJsonDocument::fromJson(bytesOf(w.s.registryState()))
                                   .object()
                                   .value(QStringLiteral("tokens"))
                                   .toObject();
    for (auto it = tokens.begin(); it != tokens.end(); ++it) {
        if (it.value().toObject().value(QStringLiteral("revoked")).toBool()
            || old.contains(it.key())
            || stored.contains(SecretStore::tokenKey(QStringLiteral("jane"), it.key())))
            continue;
        lost.append(it.key());
    }
    return lost;
}

QString rowError(const PlanRunner &runner, int row)
{
    return runner.journal().row(row).value(QStringLiteral("error")).toString();
}

} // namespace

class TestPlanRunnerFaults : public QObject
{
    Q_OBJECT
private slots:
    void journalNamesTheAttemptBeforeTheRequest()
    {
        RunnerWorld w;
        PlanRunner runner(w.backend, w.store, w.s.journal(), w.s.backups());
        const QString name = w.s.plan().first().spec.name;
        QJsonObject seen;
        w.backend.afterEffect = [&](const QString &effect) {
            if (effect == QLatin1String("backend:create") && seen.isEmpty())
                seen = MigrationJournal::load(w.s.journal()).value().row(0);
        };
        QVERIFY(startToEnd(runner, w.s.plan()));
        QCOMPARE(seen.value(QStringLiteral("stage")).toString(), QStringLiteral("create:started"));
        QCOMPARE(seen.value(QStringLiteral("createName")).toString(), name);
        const QDateTime sent = QDateTime::fromString(
            seen.value(QStringLiteral("createStartedAt")).toString(), Qt::ISODateWithMs);
        QVERIFY2(sent.isValid(), "the send time is journaled even without an injected clock");
        QVERIFY(qAbs(sent.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void lostCreateAnswerRevokesTheOrphan_data()
    {
        QTest::addColumn<int>("made"); // tokens the registry made for the one create
        QTest::addColumn<int>("code");
        QTest::newRow("reset") << 1 << int(ErrorCode::Network);
        QTest::newRow("stall") << 1 << int(ErrorCode::Timeout);
        QTest::newRow("broken JSON") << 1 << int(ErrorCode::MalformedResponse);
        QTest::newRow("reset, sent twice") << 2 << int(ErrorCode::Network);
    }
    void lostCreateAnswerRevokesTheOrphan()
    {
        QFETCH(int, made);
        QFETCH(int, code);
        RunnerWorld w;
        w.backend.lostCreateAnswers = 1;
        w.backend.tokensPerLostCreate = made;
        w.backend.lostCreateError = makeError(ErrorCode(code), QStringLiteral("answer lost"));
        PlanRunner runner(w.backend, w.store, w.s.journal(), w.s.backups());
        // The first row's create answers an error after the registry made the token.
        QVERIFY(startToEnd(runner, w.s.plan()));
        QCOMPARE(runner.journal().stage(0), QStringLiteral("failed"));
        QVERIFY2(rowError(runner, 0).contains(QLatin1String("created it anyway")),
                 qPrintable(rowError(runner, 0)));
        QCOMPARE(unaccountedLiveTokens(w), QStringList());
        QCOMPARE(bytesOf(w.s.userNpmrc()), Scenario::userBytes());
        QVERIFY(w.backend.isAlive(kOldUserToken));
        QVERIFY(w.backend.isAlive(tokenIn(w.s.projectNpmrc()))); // the other row carried on
        QCOMPARE(runner.journal().row(0).value(QStringLiteral("orphansRevoked")).toInt(), made);
    }

    void lostCreateWithFailedLookUpIsResumed()
    {
        RunnerWorld w;
        const QString name = w.s.plan().first().spec.name;
        w.backend.lostCreateAnswers = 1;
        w.backend.orphanLookupFailure
            = makeError(ErrorCode::ServerError, QStringLiteral("Service Unavailable"), {}, 503);
        {
            PlanRunner runner(w.backend, w.store, w.s.journal(), w.s.backups());
            QVERIFY(!startToEnd(runner, w.s.plan())); // stopped: it cannot know yet
            QCOMPARE(runner.journal().stage(0), QStringLiteral("create:started"));
            QVERIFY2(runner.lastError().contains(name), qPrintable(runner.lastError()));
            QVERIFY(MigrationJournal::load(w.s.journal()).value().hasPendingWork());
            QCOMPARE(w.backend.liveKeysNamed(name).size(), 1); // the orphan, for now
        }
        w.backend.orphanLookupFailure.reset();
        PlanRunner resumed(w.backend, w.store, w.s.journal(), w.s.backups());
        QVERIFY(runToEnd(resumed, [&] { return resumed.resume(); }));
        QCOMPARE(resumed.journal().stage(0), QStringLiteral("done"));
        QCOMPARE(resumed.journal().stage(1), QStringLiteral("done"));
        QCOMPARE(resumed.journal().row(0).value(QStringLiteral("orphansRevoked")).toInt(), 1);
        QCOMPARE(unaccountedLiveTokens(w), QStringList());
        QCOMPARE(w.backend.liveCount(), 2); // one replacement per file, nothing else
    }

    void replacementAnsweringAsAnotherUserStopsBeforeAnyRevoke()
    {
        RunnerWorld w;
        w.backend.whoamiUser = QStringLiteral("mallory");
        PlanRunner runner(w.backend, w.store, w.s.journal(), w.s.backups());
        runner.setExpectedUser(QStringLiteral("jane"));
        QVERIFY(!startToEnd(runner, w.s.plan()));
        QVERIFY2(runner.lastError().contains(QLatin1String("\"mallory\""))
                     && runner.lastError().contains(QLatin1String("\"jane\"")),
                 qPrintable(runner.lastError()));
        QCOMPARE(runner.journal().stage(0), QStringLiteral("failed"));
        QCOMPARE(runner.journal().stage(1), QStringLiteral("pending")); // nothing else was tried
        QVERIFY(w.backend.isAlive(kOldUserToken));
        QVERIFY(w.backend.isAlive(kOldProjectToken));
        QCOMPARE(w.backend.liveCount(), 2); // the new token was revoked again
        QCOMPARE(bytesOf(w.s.userNpmrc()), Scenario::userBytes());
        QCOMPARE(unaccountedLiveTokens(w), QStringList());
    }

    void replacementThatCannotBeRevokedIsNamedAndKept()
    {
        RunnerWorld w;
        w.backend.whoamiUser = QStringLiteral("mallory");
        w.backend.revokeFailure
            = makeError(ErrorCode::ServerError, QStringLiteral("Internal Server Error"), {}, 500);
        PlanRunner runner(w.backend, w.store, w.s.journal(), w.s.backups());
        runner.setExpectedUser(QStringLiteral("jane"));
        QVERIFY(!startToEnd(runner, w.s.plan()));
        const QString key = runner.journal().row(0).value(QStringLiteral("newKey")).toString();
        QVERIFY(!key.isEmpty());
        QVERIFY2(runner.lastError().contains(QStringLiteral("token revoke %1").arg(key)),
                 qPrintable(runner.lastError()));
        QCOMPARE(unaccountedLiveTokens(w), QStringList()); // still in the keychain
    }

    void failedRevokeStaysFinishable_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("resume") << QStringLiteral("resume");
        QTest::newRow("confirm") << QStringLiteral("confirm");
        QTest::newRow("next plan") << QStringLiteral("next plan");
    }
    void failedRevokeStaysFinishable()
    {
        QFETCH(QString, how);
        RunnerWorld w;
        w.backend.revokeFailure
            = makeError(ErrorCode::ServerError, QStringLiteral("Internal Server Error"), {}, 500);
        {
            PlanRunner runner(w.backend, w.store, w.s.journal(), w.s.backups());
            QVERIFY(startToEnd(runner, w.s.plan()));
            QCOMPARE(runner.journal().rowsAwaitingRevokeRetry(), (QList<int>{0, 1}));
            QVERIFY(runner.journal().isFinished());
            QVERIFY(runner.journal().hasPendingWork());
        }
        const QByteArray migratedUser = bytesOf(w.s.userNpmrc());
        {
            // Rolling back is not offered for these rows: the files keep the new tokens.
            PlanRunner runner(w.backend, w.store, w.s.journal(), w.s.backups());
            QVERIFY(runToEnd(runner, [&] { return runner.rollback(); }));
            QCOMPARE(runner.journal().stage(0), QStringLiteral("revoke-failed"));
            QCOMPARE(bytesOf(w.s.userNpmrc()), migratedUser);
            QVERIFY(w.backend.isAlive(tokenIn(w.s.userNpmrc())));
        }
        {
            // A retry that fails again stays retryable (and does not loop).
            PlanRunner runner(w.backend, w.store, w.s.journal(), w.s.backups());
            QVERIFY(runToEnd(runner, [&] { return runner.resume(); }));
            QCOMPARE(runner.journal().rowsAwaitingRevokeRetry(), (QList<int>{0, 1}));
        }
        w.backend.revokeFailure.reset();
        PlanRunner runner(w.backend, w.store, w.s.journal(), w.s.backups());
        if (how == QLatin1String("resume")) {
            QVERIFY(runToEnd(runner, [&] { return runner.resume(); }));
        } else if (how == QLatin1String("confirm")) {
            QVERIFY(runToEnd(runner, [&] { return runner.confirm(0); }));
            QVERIFY(runToEnd(runner, [&] { return runner.confirm(1); }));
        } else {
            const QList<PlanRow> rows
                = pendingRevokeRows(MigrationJournal::load(w.s.journal()).value());
            QCOMPARE(rows.size(), 2);
            QVERIFY(rows.first().pendingRevoke);
            QCOMPARE(rows.first().action, PlanAction::Revoke);
            QVERIFY(rows.first().notes.join(QString()).contains(QLatin1String("revoke pending")));
            QVERIFY(QFile::rename(w.s.journal(), w.s.journal() + QStringLiteral(".old")));
            QVERIFY(startToEnd(runner, rows));
        }
        for (int row = 0; row < runner.journal().rowCount(); ++row)
            QCOMPARE(runner.journal().stage(row), QStringLiteral("done"));
        QVERIFY(!w.backend.isAlive(kOldUserToken));
        QVERIFY(!w.backend.isAlive(kOldProjectToken));
        QVERIFY(w.backend.isAlive(tokenIn(w.s.userNpmrc())));
        QVERIFY(w.backend.isAlive(tokenIn(w.s.projectNpmrc())));
        QCOMPARE(bytesOf(w.s.userNpmrc()), migratedUser);
    }

    void fileThatHoldsATokenBecomesOwnerOnly()
    {
        RunnerWorld w;
        QVERIFY(QFile::setPermissions(w.s.userNpmrc(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser
                                          | QFile::WriteUser | QFile::ReadGroup
                                          | QFile::ReadOther));
        QCOMPARE(unixModeOf(w.s.userNpmrc()), QStringLiteral("0644"));
        PlanRunner runner(w.backend, w.store, w.s.journal(), w.s.backups());
        QVERIFY(startToEnd(runner, w.s.plan()));
        QCOMPARE(runner.journal().stage(0), QStringLiteral("done"));
        QCOMPARE(unixModeOf(w.s.userNpmrc()), QStringLiteral("0600"));
        QCOMPARE(unixModeOf(w.s.projectNpmrc()), QStringLiteral("0600")); // was 0640
        const QJsonObject file
            = runner.journal().row(0).value(QStringLiteral("files")).toArray().first().toObject();
        QCOMPARE(file.value(QStringLiteral("modeWas")).toString(), QStringLiteral("0644"));
        QCOMPARE(modeTightenedNote(w.s.userNpmrc(), QStringLiteral("0644")),
                 QStringLiteral("%1 was readable by others (0644); it is now 0600")
                     .arg(w.s.userNpmrc()));
        // The backup of the old file (it held the old token) is owner-only too.
        const QString backup = file.value(QStringLiteral("backup")).toString();
        QCOMPARE(unixModeOf(backup), QStringLiteral("0600"));
    }
};

QTEST_GUILESS_MAIN(TestPlanRunnerFaults)
#include "tst_planrunnerfaults.moc"
