// SPDX-License-Identifier: GPL-3.0-or-later
// Every `npm stage` subcommand of the real npm CLI (11.15+) against tokendesk-sandbox: publish,
// list, view, download, approve (OTP code and web flow) and reject, plus the answers npm must
// understand (409 while validating and for a duplicate, 404 for unknown and not-yours ids) and
// that an approved version is installable. The functions run in order and build on each other.
#include "HttpHelper.h"
#include "NpmCli.h"
#include "SandboxProcess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace td::test;

namespace {

constexpr auto kPackage = "@maintainer/blog";
// "laptop-publish": read-write @maintainer, no bypass 2FA. Staging needs no code with it.
constexpr auto kLaptopToken = "npm_SandboxDemoHealthy000000000000000000";

} // namespace

class SandboxStageNpmTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void stagePublishNeedsNoOtp();
    void listShowsOnlyWhatTheTokenMaySee();
    void listJsonAndPackageFilter();
    void viewShowsValidating();
    void approveWhileValidatingIs409();
    void stagingTheSameVersionAgainIs409();
    void downloadWritesTheStagedTarball();
    void approveWithOtpPublishesAnInstallableVersion();
    void approveWithWebFlowAsksEveryTime();
    void rejectDeletesTheStage();
    void unknownAndNotYoursAre404();

private:
    NpmRun npm(const QStringList &args, const QString &workDir = {},
               const QStringList &answers = {});
    QStringList common() const { return NpmCli::commonArgs(m_sandbox.url(), m_rc); }
    QString stage(const QString &version, const QStringList &extra = {});
    void advanceClock(int seconds);
    // The maintainer's TOTP code on the sandbox clock, which advanceClock moves away from ours.
    QString otp();
    HttpReply control(const QByteArray &method, const QString &path, const QJsonValue &body = {});
    QJsonObject packument();

    SandboxProcess m_sandbox;
    QTemporaryDir m_home;
    QString m_rc;
    QString m_stageId; // 9.0.0, staged first
};

void SandboxStageNpmTest::initTestCase()
{
    QVERIFY(m_home.isValid());
    const QString problem = NpmCli::versionProblem();
    if (!problem.isEmpty())
        QFAIL(qPrintable(problem));
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_rc = NpmCli(m_home.path())
               .writeTokenRc(m_sandbox.url(), QStringLiteral("laptop.npmrc"),
                             QLatin1String(kLaptopToken));
}

NpmRun SandboxStageNpmTest::npm(const QStringList &args, const QString &workDir,
                                const QStringList &answers)
{
    return NpmCli(m_home.path()).run(args + common(), answers, workDir);
}

HttpReply SandboxStageNpmTest::control(const QByteArray &method, const QString &path,
                                       const QJsonValue &body)
{
    QByteArray data;
    if (body.isObject())
        data = QJsonDocument(body.toObject()).toJson();
    else if (body.isArray())
        data = QJsonDocument(body.toArray()).toJson();
    return httpCall(method, m_sandbox.url().resolved(QUrl(path)), data,
                    {{"content-type", "application/json"}});
}

void SandboxStageNpmTest::advanceClock(int seconds)
{
    QCOMPARE(control("POST", QStringLiteral("/-/sandbox/clock"),
                     QJsonObject{{QStringLiteral("advance_seconds"), seconds}})
                 .status,
             200);
}

QString SandboxStageNpmTest::otp()
{
    return control("GET", QStringLiteral("/-/sandbox/totp?username=maintainer"))
        .json()
        .object()
        .value(QStringLiteral("code"))
        .toString();
}

QJsonObject SandboxStageNpmTest::packument()
{
    return httpCall("GET", m_sandbox.url().resolved(QUrl(QStringLiteral("/@maintainer%2fblog"))))
        .json()
        .object();
}

// Stages kPackage@version from a fresh folder; returns the stage id npm printed.
QString SandboxStageNpmTest::stage(const QString &version, const QStringList &extra)
{
    const QString dir = NpmCli(m_home.path()).writePackage(QLatin1String(kPackage), version);
    const NpmRun run
        = npm(QStringList{QStringLiteral("stage"), QStringLiteral("publish")} + extra, dir);
    const auto match
        = QRegularExpression(QStringLiteral("\\+ @maintainer/blog@%1 \\(staged with id "
                                            "([0-9a-f-]{36})\\)")
                                 .arg(QRegularExpression::escape(version)))
              .match(run.output);
    if (run.exitCode != 0 || !match.hasMatch())
        qWarning().noquote() << run.output;
    return match.captured(1);
}

void SandboxStageNpmTest::stagePublishNeedsNoOtp()
{
    // The token has no bypass-2FA flag and @maintainer/blog requires 2FA to publish; staging
    // still needs no code, because 2FA is deferred to approval.
    m_stageId = stage(QStringLiteral("9.0.0"));
    QVERIFY(!m_stageId.isEmpty());
    QVERIFY(!packument()
                 .value(QStringLiteral("versions"))
                 .toObject()
                 .contains(QStringLiteral("9.0.0")));
}

void SandboxStageNpmTest::listShowsOnlyWhatTheTokenMaySee()
{
    const NpmRun run = npm({QStringLiteral("stage"), QStringLiteral("list")});
    QCOMPARE(run.exitCode, 0);
    // npm prints id, package name, version, tag, date staged, staged by, shasum, then the rest.
    const QRegularExpression item(
        QStringLiteral("id: %1\npackage name: @maintainer/blog\nversion: 9.0.0\ntag: latest\n"
                       "date staged: [0-9T:.Z-]+\nstaged by: maintainer \\(user\\)\n"
                       "shasum: [0-9a-f]{40}\naccess: public\nstatus: validating")
            .arg(m_stageId));
    QVERIFY2(item.match(run.output).hasMatch(), qPrintable(run.output));
    // The demo's @acme stages belong to the same user, but this token covers @maintainer only.
    QVERIFY2(!run.output.contains(QStringLiteral("@acme/")), qPrintable(run.output));
}

void SandboxStageNpmTest::listJsonAndPackageFilter()
{
    const NpmRun json = npm({QStringLiteral("stage"), QStringLiteral("list"),
                             QLatin1String(kPackage), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const qsizetype begin = json.output.indexOf(QLatin1Char('['));
    const QJsonArray items
        = QJsonDocument::fromJson(
              json.output.mid(begin, json.output.lastIndexOf(QLatin1Char(']')) - begin + 1)
                  .toUtf8())
              .array();
    QCOMPARE(items.size(), 1);
    const QJsonObject item = items.first().toObject();
    QCOMPARE(item.value(QStringLiteral("id")).toString(), m_stageId);
    QCOMPARE(item.value(QStringLiteral("actorType")).toString(), QStringLiteral("user"));
    QCOMPARE(item.value(QStringLiteral("status")).toString(), QStringLiteral("validating"));

    const NpmRun none = npm(
        {QStringLiteral("stage"), QStringLiteral("list"), QStringLiteral("@maintainer/tools")});
    QCOMPARE(none.exitCode, 0);
    QVERIFY2(none.output.contains(
                 QStringLiteral("No staged versions of package name \"@maintainer/tools\".")),
             qPrintable(none.output));
}

void SandboxStageNpmTest::viewShowsValidating()
{
    const NpmRun run = npm({QStringLiteral("stage"), QStringLiteral("view"), m_stageId});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.output.contains(QStringLiteral("id: ") + m_stageId), qPrintable(run.output));
    QVERIFY(run.output.contains(QStringLiteral("status: validating")));
}

void SandboxStageNpmTest::approveWhileValidatingIs409()
{
    const NpmRun run = npm({QStringLiteral("stage"), QStringLiteral("approve"), m_stageId,
                            QStringLiteral("--otp=") + otp()});
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.output.contains(QStringLiteral("409 Conflict")), qPrintable(run.output));
    QVERIFY(run.output.contains(QStringLiteral("still being validated")));
    QVERIFY(!packument()
                 .value(QStringLiteral("versions"))
                 .toObject()
                 .contains(QStringLiteral("9.0.0")));
}

void SandboxStageNpmTest::stagingTheSameVersionAgainIs409()
{
    const QString dir
        = NpmCli(m_home.path()).writePackage(QLatin1String(kPackage), QStringLiteral("9.0.0"));
    const NpmRun run = npm({QStringLiteral("stage"), QStringLiteral("publish")}, dir);
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.output.contains(QStringLiteral("409 Conflict")), qPrintable(run.output));
    QVERIFY(run.output.contains(
        QStringLiteral("Cannot publish over previously staged version \"9.0.0\".")));
}

void SandboxStageNpmTest::downloadWritesTheStagedTarball()
{
    QTemporaryDir where;
    const NpmRun run
        = npm({QStringLiteral("stage"), QStringLiteral("download"), m_stageId}, where.path());
    QCOMPARE(run.exitCode, 0);
    const QString file = QStringLiteral("maintainer-blog-9.0.0-%1.tgz").arg(m_stageId);
    QVERIFY2(run.output.contains(file), qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("index.js")), qPrintable(run.output));
    QFile saved(where.filePath(file));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const HttpReply served = httpCall(
        "GET", m_sandbox.url().resolved(QUrl(QStringLiteral("/-/stage/%1/tarball").arg(m_stageId))),
        {}, {{"authorization", QByteArray("Bearer ") + kLaptopToken}});
    QCOMPARE(served.status, 200);
    QCOMPARE(saved.readAll(), served.body);
}

void SandboxStageNpmTest::approveWithOtpPublishesAnInstallableVersion()
{
    advanceClock(31); // past the 30 s validation on the sandbox clock
    const NpmRun run = npm({QStringLiteral("stage"), QStringLiteral("approve"), m_stageId,
                            QStringLiteral("--otp=") + otp()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(
        run.output.contains(QStringLiteral("Staged package %1 approved and published successfully.")
                                .arg(m_stageId)),
        qPrintable(run.output));

    const NpmRun view = npm({QStringLiteral("view"), QStringLiteral("@maintainer/blog"),
                             QStringLiteral("dist-tags.latest")});
    QCOMPARE(view.exitCode, 0);
    QCOMPARE(view.output.trimmed(), QStringLiteral("9.0.0"));

    QTemporaryDir project;
    const NpmRun install = npm({QStringLiteral("install"), QStringLiteral("@maintainer/blog@9.0.0"),
                                QStringLiteral("--no-audit"), QStringLiteral("--no-fund")},
                               project.path());
    QCOMPARE(install.exitCode, 0);
    QFile installed(project.filePath(QStringLiteral("node_modules/@maintainer/blog/package.json")));
    QVERIFY(installed.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(installed.readAll())
                 .object()
                 .value(QStringLiteral("version"))
                 .toString(),
             QStringLiteral("9.0.0"));
}

void SandboxStageNpmTest::approveWithWebFlowAsksEveryTime()
{
    QCOMPARE(control("POST", QStringLiteral("/-/sandbox/stage-settings"),
                     QJsonObject{{QStringLiteral("validation_seconds"), 0}})
                 .status,
             200);
    const QString first = stage(QStringLiteral("9.0.1"), {QStringLiteral("--tag=next")});
    const QString second = stage(QStringLiteral("9.0.2"), {QStringLiteral("--tag=next")});
    QVERIFY(!first.isEmpty() && !second.isEmpty());

    // Web flow: npm prints the authUrl and polls doneUrl; the approval (through the control API,
    // as a person would on the page) ticks "skip two-factor authentication for 5 minutes".
    const QStringList args
        = QStringList{QStringLiteral("stage"), QStringLiteral("approve"), first,
                      QStringLiteral("--auth-type=web"), QStringLiteral("--browser=false")}
        + common();
    auto process = NpmCli(m_home.path()).start(args);
    QString pendingId;
    for (int i = 0; i < 300 && pendingId.isEmpty(); ++i) {
        for (const QJsonValue &p :
             control("GET", QStringLiteral("/-/sandbox/pending")).json().array())
            if (p.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("2fa"))
                pendingId = p.toObject().value(QStringLiteral("id")).toString();
        if (pendingId.isEmpty())
            QTest::qWait(100);
    }
    QVERIFY2(!pendingId.isEmpty(), "npm never asked for the web 2FA approval");
    QCOMPARE(control("POST", QStringLiteral("/-/sandbox/approve"),
                     QJsonObject{{QStringLiteral("id"), pendingId},
                                 {QStringLiteral("username"), QStringLiteral("maintainer")},
                                 {QStringLiteral("approve"), true},
                                 {QStringLiteral("skip_2fa"), true}})
                 .status,
             200);
    const NpmRun web = NpmCli::finish(*process, args);
    QCOMPARE(web.exitCode, 0);
    QVERIFY2(web.output.contains(QStringLiteral("/auth/cli/") + pendingId), qPrintable(web.output));
    QVERIFY(web.output.contains(
        QStringLiteral("Staged package %1 approved and published successfully.").arg(first)));

    // The skip window is open now, yet the next approval asks for a code again.
    const NpmRun again = npm({QStringLiteral("stage"), QStringLiteral("approve"), second,
                              QStringLiteral("--auth-type=legacy")},
                             {}, {QStringLiteral("Enter OTP:"), otp()});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.output.contains(QStringLiteral("This operation requires a one-time password")),
             qPrintable(again.output));
    const QJsonObject tags = packument().value(QStringLiteral("dist-tags")).toObject();
    QCOMPARE(tags.value(QStringLiteral("next")).toString(), QStringLiteral("9.0.2"));
    QCOMPARE(tags.value(QStringLiteral("latest")).toString(), QStringLiteral("9.0.0"));
}

void SandboxStageNpmTest::rejectDeletesTheStage()
{
    const QString id = stage(QStringLiteral("9.1.0"));
    QVERIFY(!id.isEmpty());
    const NpmRun run = npm(
        {QStringLiteral("stage"), QStringLiteral("reject"), id, QStringLiteral("--otp=") + otp()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.output.contains(QStringLiteral("Staged package %1 has been rejected.").arg(id)),
             qPrintable(run.output));
    const NpmRun view = npm({QStringLiteral("stage"), QStringLiteral("view"), id});
    QVERIFY(view.exitCode != 0);
    QVERIFY2(view.output.contains(
                 QStringLiteral("No staged package version found with the provided ID.")),
             qPrintable(view.output));
    QVERIFY(!packument()
                 .value(QStringLiteral("versions"))
                 .toObject()
                 .contains(QStringLiteral("9.1.0")));
}

void SandboxStageNpmTest::unknownAndNotYoursAre404()
{
    const HttpReply created
        = control("POST", QStringLiteral("/-/sandbox/staged"),
                  QJsonObject{{QStringLiteral("package"), QStringLiteral("@keyholder/lock")},
                              {QStringLiteral("version"), QStringLiteral("0.4.0")}});
    QCOMPARE(created.status, 201);
    const QString theirs
        = created.json().array().first().toObject().value(QStringLiteral("id")).toString();
    const QString unknown = QStringLiteral("0b7e2c1a-9d8f-4e6a-8b5c-3d2e1f0a9b8c");
    for (const QString &id : {theirs, unknown}) {
        for (const QString &command : {QStringLiteral("view"), QStringLiteral("approve")}) {
            const NpmRun run
                = npm({QStringLiteral("stage"), command, id, QStringLiteral("--otp=") + otp()});
            QVERIFY(run.exitCode != 0);
            QVERIFY2(run.output.contains(QStringLiteral("404 Not Found")), qPrintable(run.output));
            QVERIFY2(run.output.contains(
                         QStringLiteral("No staged package version found with the provided ID.")),
                     qPrintable(run.output));
        }
    }
    QCOMPARE(control("GET", QStringLiteral("/-/sandbox/staged")).json().array().size(),
             3); // the two demo stages and keyholder's, untouched
}

QTEST_GUILESS_MAIN(SandboxStageNpmTest)
#include "tst_sandbox_stage_npm.moc"
