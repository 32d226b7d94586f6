// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 22, `tokendesk-cli lockdown` end to end: the real tokendesk-sandbox (--seed watch), the
// real keychain (the maintainer signs in through the CLI), tokendesk-cli as a process in a HOME of
// its own, and the real npm CLI confirming each change. @acme/ui 1.0.0 and 1.1.0 come from the
// trusted publisher, then 1.1.1 "with the stolen token" and a postinstall. --dry-run prints the
// plan and changes nothing; a watchdog planted in HOME stops the lockdown (exit 3) and is named;
// once removed, one typed code sets mfa=publish with tokens disallowed, revokes the tokens,
// moves latest back to 1.1.0 and deprecates 1.1.1; the report lists every action as done.
// --skip deprecate on @acme/core leaves its bad version undeprecated while latest moves back.
// A failed write on @acme/theme stops the run; lockdown --resume carries on from it.
#include "CliSandboxFixture.h"
#include "NpmCli.h"

#include "core/util/AtomicFile.h"

#include <QFile>

using namespace td::test;

namespace {
const QString kUi = QStringLiteral("@acme/ui");
const QString kCore = QStringLiteral("@acme/core");
} // namespace

class CliLockdownE2eTest : public QObject
{
    Q_OBJECT

private:
    CliSandbox m_env;
    QTemporaryDir m_npmHome;
    QString m_lastOtp;

    HttpReply control(const QString &path, const QJsonObject &body)
    {
        return httpCall("POST", m_env.sandbox.url().resolved(QUrl(path)),
                        QJsonDocument(body).toJson(), {{"content-type", "application/json"}});
    }
    // Publishes through the control API, then moves the sandbox clock a minute on, so each
    // version has its own publish time (the last good version is the newest before a bad one).
    HttpReply publish(const QJsonObject &body)
    {
        HttpReply reply = control(QStringLiteral("/-/sandbox/publish"), body);
        control(QStringLiteral("/-/sandbox/clock"), {{QStringLiteral("advance_seconds"), 60}});
        return reply;
    }
    QString view(const QString &spec, const QString &field)
    {
        const QString rc = m_npmHome.filePath(QStringLiteral("empty.npmrc"));
        QFile(rc).open(QIODevice::WriteOnly);
        return NpmCli(m_npmHome.path())
            .run(QStringList{QStringLiteral("view"), spec, field}
                 + NpmCli::commonArgs(m_env.sandbox.url(), rc))
            .output.trimmed();
    }
    QJsonObject access(const QString &encodedPackage)
    {
        return httpCall("GET",
                        m_env.sandbox.url().resolved(
                            QUrl(QStringLiteral("/-/package/%1/access").arg(encodedPackage))))
            .json()
            .object();
    }
    int tokenCount()
    {
        const CliRun list = m_env.cli(
            {QStringLiteral("--json"), QStringLiteral("token"), QStringLiteral("list")});
        if (list.exitCode != 0)
            qWarning("token list: %s", list.err.constData());
        return int(QJsonDocument::fromJson(list.out).array().size());
    }
    // The current code by the sandbox's clock (moved ahead for the watch), as an authenticator
    // on the user's phone shows it; early in its 30-second window (the offset is whole windows),
    // so one code lasts the whole batch, and never the previous run's (each code is taken once).
    QString freshOtp()
    {
        const auto sandboxCode = [this] {
            return httpCall("GET",
                            m_env.sandbox.url().resolved(
                                QUrl(QStringLiteral("/-/sandbox/totp?username=maintainer"))))
                .json()
                .object()
                .value(QStringLiteral("code"))
                .toString();
        };
        while (QDateTime::currentSecsSinceEpoch() % 30 > 12 || sandboxCode() == m_lastOtp)
            QTest::qWait(500);
        m_lastOtp = sandboxCode();
        return m_lastOtp;
    }
    static QString unitPath(const QString &home)
    {
        return QDir(home).filePath(
            QStringLiteral(".config/systemd/user/npm-token-monitor.service"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QVERIFY(m_env.home.isValid());
        QVERIFY(m_npmHome.isValid());
        const QString problem = NpmCli::versionProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(m_env.sandbox.start({QStringLiteral("--seed"), QStringLiteral("watch")}),
                 qPrintable(m_env.sandbox.errorString()));
        QVERIFY(!m_env.signIn().isEmpty());
        for (const char *version : {"1.0.0", "1.1.0"})
            QCOMPARE(publish({{QStringLiteral("package"), kUi},
                              {QStringLiteral("version"), QLatin1String(version)},
                              {QStringLiteral("actor"), QStringLiteral("trusted-publisher")},
                              {QStringLiteral("provenance"), true}})
                         .status,
                     201);
        QCOMPARE(
            publish({{QStringLiteral("package"), kUi},
                     {QStringLiteral("version"), QStringLiteral("1.1.1")},
                     {QStringLiteral("actor"), QStringLiteral("token")},
                     {QStringLiteral("scripts"),
                      QJsonObject{{QStringLiteral("postinstall"), QStringLiteral("node x.js")}}}})
                .status,
            201);
        QCOMPARE(view(kUi, QStringLiteral("dist-tags.latest")), QStringLiteral("1.1.1"));
    }

    void dryRunPrintsThePlanAndChangesNothing()
    {
        const QJsonObject before = access(QStringLiteral("@acme%2fui"));
        const CliRun r = m_env.cli({QStringLiteral("lockdown"), kUi, QStringLiteral("--bad"),
                                    QStringLiteral("1.1.1"), QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("latest → 1.1.0"), r.out.constData());
        QVERIFY2(r.out.contains("1.1.1"), r.out.constData());
        QVERIFY2(r.out.contains("nothing was changed"), r.out.constData());
        QCOMPARE(view(kUi, QStringLiteral("dist-tags.latest")), QStringLiteral("1.1.1"));
        QVERIFY(view(kUi + QStringLiteral("@1.1.1"), QStringLiteral("deprecated")).isEmpty());
        QCOMPARE(tokenCount(), 3);
        QCOMPARE(access(QStringLiteral("@acme%2fui")), before);
    }

    void aPlantedWatchdogStopsItAndIsNamed()
    {
        const QString unit = unitPath(m_env.home.path());
        const QJsonObject before = access(QStringLiteral("@acme%2fui"));
        QVERIFY(
            td::writeFileAtomically(unit, "ExecStart=/bin/sh -c 'npm whoami || rm -rf ~'\n").ok());
        const CliRun r
            = m_env.cli({QStringLiteral("lockdown"), kUi, QStringLiteral("--bad"),
                         QStringLiteral("1.1.1"), QStringLiteral("--otp"), currentOtp()});
        QVERIFY(QFile::remove(unit)); // disarmed, for the runs that follow
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(unit.toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains("disarm"), r.err.constData());
        QCOMPARE(view(kUi, QStringLiteral("dist-tags.latest")), QStringLiteral("1.1.1"));
        QCOMPARE(access(QStringLiteral("@acme%2fui")), before);
        QCOMPARE(tokenCount(), 3);
    }

    void lockdownUnderOneCodeDoesEveryStep()
    {
        const QString report = m_env.home.filePath(QStringLiteral("incident.md"));
        const CliRun r = m_env.cli({QStringLiteral("lockdown"), kUi, QStringLiteral("--bad"),
                                    QStringLiteral("1.1.1"), QStringLiteral("--otp"), freshOtp(),
                                    QStringLiteral("--report"), report},
                                   {}, 180000);
        qInfo("%s", r.out.constData());
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("[1/"), r.out.constData());
        QVERIFY2(r.out.contains(report.toUtf8()), r.out.constData());

        // The real npm CLI and the registry's access document confirm each change.
        QCOMPARE(view(kUi, QStringLiteral("dist-tags.latest")), QStringLiteral("1.1.0"));
        QVERIFY(!view(kUi + QStringLiteral("@1.1.1"), QStringLiteral("deprecated")).isEmpty());
        QVERIFY(view(kUi + QStringLiteral("@1.1.0"), QStringLiteral("deprecated")).isEmpty());
        const QJsonObject after = access(QStringLiteral("@acme%2fui"));
        QCOMPARE(after.value(QStringLiteral("publish_requires_tfa")), QJsonValue(true));
        QCOMPARE(after.value(QStringLiteral("automation_token_overrides_tfa")), QJsonValue(false));
        QCOMPARE(tokenCount(), 0);

        // The report lists each action as done, and no secret.
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(file.readAll());
        for (const char *label : {"latest → 1.1.0", "ci-publish", "laptop-publish", "watch-read"})
            QVERIFY2(md.contains(QString::fromUtf8(label)), label);
        QVERIFY2(md.count(QStringLiteral(" | done ")) >= 6, qPrintable(md));
        QVERIFY(!md.contains(QLatin1String("npm_")));
    }

    // Without --bad the bad versions are the watch's open alarms for the package.
    void skipLeavesAStepOutAndTheWatchNamesTheBadVersion()
    {
        const CliRun baseline
            = m_env.cli({QStringLiteral("watch"), QStringLiteral("--once")}, {}, 300000);
        QVERIFY2(baseline.exitCode == 0, QByteArray(baseline.out + baseline.err).constData());
        QCOMPARE(
            control(QStringLiteral("/-/sandbox/publish"),
                    {{QStringLiteral("package"), kCore},
                     {QStringLiteral("version"), QStringLiteral("1.1.1")},
                     {QStringLiteral("actor"), QStringLiteral("token")},
                     {QStringLiteral("scripts"),
                      QJsonObject{{QStringLiteral("postinstall"), QStringLiteral("node x.js")}}}})
                .status,
            201);
        QCOMPARE(
            control(QStringLiteral("/-/sandbox/clock"), {{QStringLiteral("advance_seconds"), 60}})
                .status,
            200);
        const CliRun alarm
            = m_env.cli({QStringLiteral("watch"), QStringLiteral("--once")}, {}, 300000);
        QVERIFY2(alarm.exitCode == 1, QByteArray(alarm.out + alarm.err).constData());
        const CliRun r = m_env.cli({QStringLiteral("lockdown"), kCore, QStringLiteral("--skip"),
                                    QStringLiteral("deprecate"), QStringLiteral("--otp"),
                                    freshOtp(), QStringLiteral("--report"),
                                    m_env.home.filePath(QStringLiteral("core.md"))},
                                   {}, 180000);
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QCOMPARE(view(kCore, QStringLiteral("dist-tags.latest")), QStringLiteral("1.1.0"));
        QVERIFY(view(kCore + QStringLiteral("@1.1.1"), QStringLiteral("deprecated")).isEmpty());
        QFile report(m_env.home.filePath(QStringLiteral("core.md")));
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QByteArray md = report.readAll();
        QVERIFY2(md.contains("alarm") && md.contains("postinstall"), md.constData());
        QCOMPARE(
            access(QStringLiteral("@acme%2fcore")).value(QStringLiteral("publish_requires_tfa")),
            QJsonValue(true));
    }

    // A write that fails stops the run (exit 1) with the rest journaled; --resume carries on
    // from that write once the cause is gone, and afterwards there is nothing left to resume.
    void aFailedStepIsResumed()
    {
        const QString theme = QStringLiteral("@acme/theme");
        QCOMPARE(publish({{QStringLiteral("package"), theme},
                          {QStringLiteral("version"), QStringLiteral("3.0.1")},
                          {QStringLiteral("actor"), QStringLiteral("token")}})
                     .status,
                 201);
        // npm deprecate's write (PUT of the packument) fails; moving the tag does not.
        const HttpReply fault = httpCall(
            "POST", m_env.sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/faults"))),
            "[{\"method\":\"PUT\",\"path\":\"/@acme*theme\",\"status\":500}]",
            {{"content-type", "application/json"}});
        QCOMPARE(fault.status, 200);
        const CliRun failed
            = m_env.cli({QStringLiteral("lockdown"), theme, QStringLiteral("--bad"),
                         QStringLiteral("3.0.1"), QStringLiteral("--otp"), freshOtp()},
                        {}, 180000);
        httpCall("DELETE", m_env.sandbox.url().resolved(QUrl(QStringLiteral("/-/sandbox/faults"))));
        QVERIFY2(failed.exitCode == 1, QByteArray(failed.out + failed.err).constData());
        QVERIFY2(failed.err.contains("lockdown --resume"), failed.err.constData());
        QCOMPARE(view(theme, QStringLiteral("dist-tags.latest")), QStringLiteral("3.0.0"));
        QVERIFY(view(theme + QStringLiteral("@3.0.1"), QStringLiteral("deprecated")).isEmpty());

        const QString report = m_env.home.filePath(QStringLiteral("resumed.md"));
        const CliRun resumed
            = m_env.cli({QStringLiteral("lockdown"), QStringLiteral("--resume"),
                         QStringLiteral("--otp"), freshOtp(), QStringLiteral("--report"), report},
                        {}, 180000);
        QVERIFY2(resumed.exitCode == 0, QByteArray(resumed.out + resumed.err).constData());
        QVERIFY(!view(theme + QStringLiteral("@3.0.1"), QStringLiteral("deprecated")).isEmpty());
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray md = file.readAll();
        QVERIFY2(md.contains("3.0.1") && md.contains(" | done "), md.constData());

        const CliRun nothing = m_env.cli({QStringLiteral("lockdown"), QStringLiteral("--resume")});
        QCOMPARE(nothing.exitCode, 2);
        QVERIFY2(nothing.err.contains("no unfinished lockdown"), nothing.err.constData());
    }

    void unknownStepIsAUsageError()
    {
        const CliRun r = m_env.cli({QStringLiteral("lockdown"), kUi, QStringLiteral("--skip"),
                                    QStringLiteral("everything"), QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(cliLines(r.err).contains("everything"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(CliLockdownE2eTest)
#include "tst_cli_lockdown_e2e.moc"
