// SPDX-License-Identifier: GPL-3.0-or-later
// Lockdown end to end against the real tokendesk-sandbox program (`--seed watch`) over HTTP, with
// the real keychain (run under tests/run-headless.sh) and the real npm CLI confirming each action:
// a simulated GitHub job publishes @acme/ui 1.0.0 and 1.1.0 through the trusted publisher, the
// control API publishes 1.1.1 "with the stolen token" and a postinstall and adds mallory as a
// maintainer. A planted watchdog stops the lockdown before any write; once removed, the lockdown
// sets mfa=publish, revokes the tokens but the one verified in CI, removes mallory, moves latest
// back to 1.1.0 and deprecates 1.1.1 under one typed code; npm view, the sandbox and the stolen
// token's failed publish confirm each; the incident report lists every action as done.
#include "AwaitResult.h"
#include "Harness.h"
#include "HttpHelper.h"
#include "LockdownSandboxSupport.h"
#include "NpmCli.h"
#include "RegistryTestSupport.h"
#include "SandboxControl.h"
#include "SandboxProcess.h"
#include "Totp.h"
#include "core/lockdown/IncidentReport.h"
#include "core/lockdown/LockdownGather.h"
#include "core/lockdown/LockdownRunner.h"
#include "core/lockdown/PackumentFacts.h"
#include "core/registry/RegistryClient.h"
#include "core/util/AtomicFile.h"
#include "core/util/Clock.h"
#include "core/watch/WatchReleaseLog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace td;
using namespace td::test;

namespace {
const QByteArray kTotpSecret = "JBSWY3DPEHPK3PXP";
constexpr auto kStolenBypassToken = "npm_SandboxWatchCiBypass0000000000000000"; // ci-publish

// The user types the current code when asked (counted).
class TotpPrompt final : public TwoFactorPrompt
{
public:
    int asked = 0;
    void askForCode(const QString &, CodeAnswer answer) override
    {
        ++asked;
        answer(SecretBuffer(QByteArrayView(totp(kTotpSecret, QDateTime::currentDateTimeUtc()))));
    }
    void showApprovalPage(const QUrl &, Purpose, std::function<void()> cancel) override
    {
        cancel();
    }
};
} // namespace

class TestLockdownSandbox : public QObject
{
    Q_OBJECT
    SystemClock m_clock;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    KeychainSessions m_session;
    QString m_accountId; // signed in by the first test function (the session lasts 2 hours)

    QUrl at(const char *path) const { return m_sandbox.url().resolved(QUrl(QLatin1String(path))); }
    NpmRun npm(const QStringList &args, const QString &workDir = {}, const QStringList &env = {})
    {
        return NpmCli(m_dir.path()).run(args, {}, workDir, env);
    }
    QStringList anonymous() const
    {
        const QString rc = m_dir.filePath(QStringLiteral("empty.npmrc"));
        QFile(rc).open(QIODevice::WriteOnly);
        return NpmCli::commonArgs(m_sandbox.url(), rc);
    }
    NpmRun publish(const QString &version, const QString &userconfig, const QStringList &env)
    {
        const QString dir = NpmCli(m_dir.path()).writePackage(QStringLiteral("@acme/ui"), version);
        return npm(QStringList{QStringLiteral("publish"), QStringLiteral("--access=public")}
                       + NpmCli::commonArgs(m_sandbox.url(), userconfig),
                   dir, env);
    }
    HttpReply control(const char *path, const QJsonObject &body)
    {
        return sandboxControl(m_sandbox.url(), QLatin1String(path), body);
    }
    QString view(const QString &spec, const QString &field)
    {
        return npm(QStringList{QStringLiteral("view"), spec, field} + anonymous()).output.trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QVERIFY(m_dir.isValid());
        const QString problem = NpmCli::versionProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("watch")}),
                 qPrintable(m_sandbox.errorString()));
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_session.open(m_nam.get(), m_dir.filePath(QStringLiteral("accounts.json")), m_clock);
    }
    void cleanupTestCase()
    {
        m_session.close();
        m_nam.reset();
    }

    void lockdownAfterAStolenTokenPublish()
    {
        // The story: two trusted releases, then the attacker's.
        for (const QString &version : {QStringLiteral("1.0.0"), QStringLiteral("1.1.0")}) {
            const NpmRun run = publish(version, m_dir.filePath(QStringLiteral("empty.npmrc")),
                                       githubJobEnv(m_sandbox.url(), QStringLiteral("acme/ui"),
                                                    QStringLiteral("release.yml")));
            QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        }
        QCOMPARE(
            control("/-/sandbox/publish",
                    {{QStringLiteral("package"), QStringLiteral("@acme/ui")},
                     {QStringLiteral("version"), QStringLiteral("1.1.1")},
                     {QStringLiteral("actor"), QStringLiteral("token")},
                     {QStringLiteral("scripts"),
                      QJsonObject{{QStringLiteral("postinstall"), QStringLiteral("node x.js")}}}})
                .status,
            201);
        QCOMPARE(control("/-/sandbox/maintainers",
                         {{QStringLiteral("package"), QStringLiteral("@acme/ui")},
                          {QStringLiteral("add"), QStringLiteral("mallory")}})
                     .status,
                 200);
        QCOMPARE(view(QStringLiteral("@acme/ui"), QStringLiteral("dist-tags.latest")),
                 QStringLiteral("1.1.1"));

        // The maintainer signs in (session in the real keychain) and TokenDesk reads what it knows.
        const auto account = signInMaintainer(*m_session.sessions, m_sandbox.url(),
                                              totp(kTotpSecret, QDateTime::currentDateTimeUtc()));
        QVERIFY2(account.ok(), qPrintable(why(account)));
        m_accountId = account.value().id;
        RegistryClient client(m_nam.get(), m_sandbox.url(), m_clock);
        QVERIFY(authorizeWithTypedCode(*m_session.sessions, client, account.value().id).ok());
        const auto tokens = await<TokenPage>([&](auto done) { client.listTokens(nullptr, done); });
        QVERIFY2(tokens.ok(), qPrintable(why(tokens)));
        QCOMPARE(tokens.value().tokens.size(), 3);

        // The attacker also staged 1.1.2; the publish watch logged mallory's arrival (its
        // release log, as WatchService writes it).
        const HttpReply staged = control("/-/sandbox/staged",
                                         {{QStringLiteral("package"), QStringLiteral("@acme/ui")},
                                          {QStringLiteral("version"), QStringLiteral("1.1.2")},
                                          {QStringLiteral("actor"), QStringLiteral("mallory")}});
        QCOMPARE(staged.status, 201);
        const QString logPath = m_dir.filePath(QStringLiteral("publish-watch-releases.json"));
        watch::WatchReleaseLog log(logPath, 50);
        watch::WatchRelease added;
        added.registry = m_sandbox.url();
        added.kind = watch::WatchEvent::Kind::MaintainerAdded;
        added.package = QStringLiteral("@acme/ui");
        added.actor = QStringLiteral("mallory");
        // Seen after 1.1.1 (the sandbox's clock: it runs with an offset).
        added.at = QDateTime::fromString(httpCall("GET", at("/@acme%2fui"))
                                             .json()
                                             .object()
                                             .value(QStringLiteral("time"))
                                             .toObject()
                                             .value(QStringLiteral("1.1.1"))
                                             .toString(),
                                         Qt::ISODate);
        QVERIFY(added.at.isValid());
        added.seenAt = added.at;
        log.merge({added});
        QVERIFY(log.save().ok());

        // TokenDesk's gather (the CLI's and the desktop's): packument, trust memory, the watch's
        // log, the staged list and the tokens.
        LockdownGather gather(client);
        gather.setTrustConfigPath(m_dir.filePath(QStringLiteral("trust-configs.json")));
        gather.setWatchReleaseLogPath(logPath);
        std::optional<Result<LockdownGather::Gathered>> got;
        gather.gather(
            {QStringLiteral("@acme/ui")},
            [](const QString &) {
                IncidentVersion bad;
                bad.version = QStringLiteral("1.1.1");
                return QList<IncidentVersion>{bad};
            },
            [&](Result<LockdownGather::Gathered> r) { got = std::move(r); });
        QVERIFY(QTest::qWaitFor([&] { return got.has_value(); }, 30000));
        QVERIFY2(got->ok(), qPrintable(why(*got)));
        LockdownFacts facts = got->value().facts;
        const LockdownPackage &pkg = facts.packages.constFirst();
        QCOMPARE(pkg.lastGoodVersion, QStringLiteral("1.1.0"));
        QCOMPARE(pkg.maintainers,
                 (QStringList{QStringLiteral("maintainer"), QStringLiteral("mallory")}));
        QCOMPARE(pkg.expectedMaintainers, QStringList{QStringLiteral("maintainer")});
        QCOMPARE(pkg.distTags.value(QStringLiteral("latest")), QStringLiteral("1.1.1"));
        QCOMPARE(pkg.staged.size(), 1);
        for (LockdownToken &t : facts.tokens) { // watch-read: verified in the user's own CI
            t.verifiedInOwnCi = t.name == QLatin1String("watch-read");
            t.ciLabel = QStringLiteral("GitHub acme/ui WATCH_TOKEN");
        }
        facts.now = m_clock.now();
        const LockdownPlan plan = LockdownPlan::build(facts);
        // mfa, 2 tokens, mallory, the staged 1.1.2, latest, deprecate
        QCOMPARE(plan.runnableActions().size(), 7);
        QVERIFY2(plan.step(LockdownStepKind::RevokeTrust)
                     .whyNot.contains(QLatin1String("1.1.1 was published with a token")),
                 qPrintable(plan.describe()));

        // A planted watchdog stops the lockdown before any write.
        QTemporaryDir home;
        const QString unit = plantWatchdog(home.path());
        QVERIFY(!unit.isEmpty());
        auto catalogue = PersistenceScan::loadCatalogue();
        QVERIFY(catalogue.ok());
        PersistenceScan scan(catalogue.value(), home.path());
        TotpPrompt user;
        const QString journal = m_dir.filePath(QStringLiteral("lockdown.json"));
        LockdownRunner runner(client, &user, m_clock, journal);
        runner.setPersistenceScan(&scan);
        const Result<void> blocked = runner.start(plan, QStringLiteral("e2e"));
        QVERIFY(!blocked.ok());
        QVERIFY(blocked.error().message.contains(unit));
        QCOMPARE(user.asked, 0);
        QCOMPARE(view(QStringLiteral("@acme/ui"), QStringLiteral("dist-tags.latest")),
                 QStringLiteral("1.1.1"));

        // Disarmed: the lockdown runs under one typed code (started early in a 30 s window).
        QVERIFY(QFile::remove(unit));
        while (QDateTime::currentSecsSinceEpoch() % 30 > 15)
            QTest::qWait(500);
        QSignalSpy finished(&runner, &LockdownRunner::finished);
        connect(&runner, &LockdownRunner::actionFinished, this,
                [](int index, bool ok, const QString &message) {
                    qInfo("action %d: %s %s", index, ok ? "done" : "failed", qPrintable(message));
                });
        const Result<void> started = runner.start(plan, QStringLiteral("e2e"));
        QVERIFY2(started.ok(), qPrintable(why(started)));
        QVERIFY(finished.wait(60000));
        for (int i = 0; i < runner.journal().actionCount(); ++i)
            QVERIFY2(runner.journal().state(i) == LockdownJournal::State::Done,
                     qPrintable(runner.journal().action(i).label + QStringLiteral(": ")
                                + runner.journal().error(i)));
        QVERIFY(finished.constFirst().constFirst().toBool());
        QCOMPARE(user.asked, 1);

        // The real npm CLI confirms each action.
        QCOMPARE(view(QStringLiteral("@acme/ui"), QStringLiteral("dist-tags.latest")),
                 QStringLiteral("1.1.0"));
        QVERIFY(view(QStringLiteral("@acme/ui@1.1.1"), QStringLiteral("deprecated"))
                    .contains(QLatin1String("Use 1.1.0")));
        QVERIFY(view(QStringLiteral("@acme/ui@1.1.0"), QStringLiteral("deprecated")).isEmpty());
        const QString maintainers = view(QStringLiteral("@acme/ui"), QStringLiteral("maintainers"));
        QVERIFY2(maintainers.contains(QLatin1String("maintainer")), qPrintable(maintainers));
        QVERIFY2(!maintainers.contains(QLatin1String("mallory")), qPrintable(maintainers));
        const QJsonArray stillStaged = httpCall("GET", at("/-/sandbox/staged")).json().array();
        for (const QJsonValue &item : stillStaged)
            QVERIFY2(item.toObject().value(QStringLiteral("version")).toString()
                         != QLatin1String("1.1.2"),
                     QJsonDocument(item.toObject()).toJson().constData());
        // npm 11 has no `npm access get mfa`: the registry's own access document says it.
        const QJsonObject access
            = httpCall("GET", at("/-/package/@acme%2fui/access")).json().object();
        QCOMPARE(access.value(QStringLiteral("publish_requires_tfa")), QJsonValue(true));
        QCOMPARE(access.value(QStringLiteral("automation_token_overrides_tfa")), QJsonValue(false));
        // The stolen token no longer publishes; only the CI's verified token is left.
        const QString stolenRc = NpmCli(m_dir.path())
                                     .writeTokenRc(m_sandbox.url(), QStringLiteral("stolen.npmrc"),
                                                   QLatin1String(kStolenBypassToken));
        QVERIFY(publish(QStringLiteral("1.1.2"), stolenRc, {}).exitCode != 0);
        const auto left = await<TokenPage>([&](auto done) { client.listTokens(nullptr, done); });
        QVERIFY(left.ok());
        QCOMPARE(left.value().tokens.size(), 1);
        QCOMPARE(left.value().tokens.constFirst().name, QStringLiteral("watch-read"));

        // The report lists every action with its result.
        IncidentFacts report;
        report.versions = {
            {QStringLiteral("@acme/ui"),
             QStringLiteral("1.1.1"),
             {},
             QStringLiteral("alarm"),
             {QStringLiteral("published with a token"), QStringLiteral("new postinstall script")}}};
        report.plan = &plan;
        report.journal = &runner.journal();
        report.writtenAt = m_clock.now();
        const QString path = m_dir.filePath(QStringLiteral("incident.md"));
        QVERIFY(IncidentReport::write(path, report).ok());
        const QString md = QString::fromUtf8(readWholeFile(path).value());
        const QList<LockdownAction> runnable = plan.runnableActions();
        for (const LockdownAction &a : runnable)
            QVERIFY2(md.contains(QStringLiteral("| %1 | done ").arg(a.label)), qPrintable(a.label));
        QVERIFY(!md.contains(QLatin1String("npm_"))); // no secret in the report
    }

    // npmjs's browser approval with "skip 2FA for the next 5 minutes" ticked: one page for the
    // batch. Another package of the same account (@acme/core: 1.0.0, 1.1.0 seeded), attacked the
    // same way; the lockdown requires 2FA, moves latest back and deprecates the bad version.
    void oneBrowserApprovalCoversTheBatch()
    {
        QVERIFY2(!m_accountId.isEmpty(), "runs after lockdownAfterAStolenTokenPublish");
        QCOMPARE(control("/-/sandbox/publish",
                         {{QStringLiteral("package"), QStringLiteral("@acme/core")},
                          {QStringLiteral("version"), QStringLiteral("1.1.1")},
                          {QStringLiteral("actor"), QStringLiteral("token")}})
                     .status,
                 201);
        RegistryClient client(m_nam.get(), m_sandbox.url(), m_clock);
        QVERIFY(await<void>([&](auto done) {
                    m_session.sessions->authorize(client, m_accountId, nullptr, done);
                }).ok());
        client.setAuthType(RegistryClient::AuthType::Web);
        const auto full = await<QByteArray>(
            [&](auto done) { client.packumentJson(QStringLiteral("@acme/core"), nullptr, done); });
        QVERIFY2(full.ok(), qPrintable(why(full)));
        LockdownFacts facts;
        facts.packages = {lockdownPackageFromPackument(
            QJsonDocument::fromJson(full.value()).object(), {QStringLiteral("1.1.1")})};
        facts.now = m_clock.now();
        const LockdownPlan plan = LockdownPlan::build(facts);
        QCOMPARE(plan.runnableActions().size(), 3); // mfa, latest → 1.1.0, deprecate 1.1.1

        ScriptedPrompt user; // approves in the "browser": the sandbox's control API
        user.onPage = [this](const QUrl &) {
            QTimer::singleShot(50, this, [this] {
                const QJsonArray pending = httpCall("GET", at("/-/sandbox/pending")).json().array();
                for (const QJsonValue &p : pending)
                    control("/-/sandbox/approve",
                            {{QStringLiteral("id"), p.toObject().value(QStringLiteral("id"))},
                             {QStringLiteral("username"), QStringLiteral("maintainer")},
                             {QStringLiteral("approve"), true},
                             {QStringLiteral("skip_2fa"), true}});
            });
        };
        LockdownRunner runner(client, &user, m_clock, m_dir.filePath(QStringLiteral("web.json")));
        QSignalSpy finished(&runner, &LockdownRunner::finished);
        QVERIFY(runner.start(plan, QStringLiteral("e2e-web")).ok());
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.constFirst().constFirst().toBool(),
                 qPrintable(runner.journal().error(qMax(0, runner.journal().nextToRun()))));
        QCOMPARE(user.pages.size(), 1);
        QCOMPARE(user.purposes.constFirst(), TwoFactorPrompt::Purpose::ApproveBatch);
        QCOMPARE(user.codeRequests, 0);
        QCOMPARE(view(QStringLiteral("@acme/core"), QStringLiteral("dist-tags.latest")),
                 QStringLiteral("1.1.0"));
        QVERIFY(view(QStringLiteral("@acme/core@1.1.1"), QStringLiteral("deprecated"))
                    .contains(QLatin1String("Use 1.1.0")));
        const QJsonObject access
            = httpCall("GET", at("/-/package/@acme%2fcore/access")).json().object();
        QCOMPARE(access.value(QStringLiteral("publish_requires_tfa")), QJsonValue(true));
    }
};

QTEST_GUILESS_MAIN(TestLockdownSandbox)
#include "tst_lockdown_sandbox.moc"
