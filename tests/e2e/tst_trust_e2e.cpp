// SPDX-License-Identifier: GPL-3.0-or-later
// Trusted publishing end to end against the real tokendesk-sandbox and the real npm CLI: a
// five-package GitLab monorepo made by the test is inspected and planned, TrustService configures
// all five with ONE second-factor code, the sandbox holds exactly those configs, a simulated GitLab
// CI job publishes every package through OIDC with npm, and the verifier reports the publish path.
// A package whose config names the wrong owner is caught by the verifier before any publish.
#include "FakeClock.h"
#include "GitLabCiJob.h"
#include "HttpHelper.h"
#include "RegistryTestSupport.h"
#include "SandboxProcess.h"
#include "core/registry/RegistryClient.h"
#include "core/trust/RegistryTrustBridge.h"
#include "core/trust/RepoInspector.h"
#include "core/trust/TrustBootstrap.h"
#include "core/trust/TrustPlanner.h"
#include "core/trust/TrustService.h"
#include "sandbox/auth/Totp.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace td;
using namespace td::test;

namespace {

constexpr auto kTotpSecret = "JBSWY3DPEHPK3PXP";
const QStringList kPackages{QStringLiteral("alpha"), QStringLiteral("beta"),
                            QStringLiteral("gamma"), QStringLiteral("delta"),
                            QStringLiteral("epsilon")};

QString totpNow()
{
    return td::sandbox::totp::code(*td::sandbox::totp::decodeBase32(QLatin1String(kTotpSecret)),
                                   QDateTime::currentDateTimeUtc());
}

void writeJson(const QString &path, const QJsonObject &json)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(json).toJson());
}

void writeText(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

// A prompt that types the current TOTP code, as the user would, and counts how often it was asked.
class TotpPrompt final : public TwoFactorPrompt
{
public:
    void askForCode(const QString &, CodeAnswer answer) override
    {
        ++asked;
        answer(SecretBuffer::fromString(totpNow()));
    }
    void showApprovalPage(const QUrl &, Purpose, std::function<void()> cancel) override
    {
        ++asked;
        if (approve)
            QTimer::singleShot(0, approve); // the user clicks "approve" on the page
        else
            QTimer::singleShot(0, std::move(cancel));
    }
    int asked = 0;
    std::function<void()> approve;
};

} // namespace

class TrustE2eTest : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_home;
    QString m_repo;
    QNetworkAccessManager m_nam;
    FakeClock m_clock;
    TotpPrompt m_prompt;
    std::unique_ptr<RegistryClient> m_client;
    std::unique_ptr<TrustService> m_service;
    RepoFacts m_facts;
    TrustedPublisher m_desired;

    QJsonObject sandboxPackage(const QString &name)
    {
        return td::test::sandboxPackage(m_sandbox.url(), name);
    }
    QHash<QString, PackageRegistryState> registryState(const QStringList &names)
    {
        std::optional<QHash<QString, PackageRegistryState>> states;
        m_service->readRegistryState(names, [&](auto s) { states = s; });
        if (!QTest::qWaitFor([&] { return states.has_value(); }, 15000))
            return {};
        return *states;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QProcess version;
        version.start(QStringLiteral("npm"), {QStringLiteral("--version")});
        if (!version.waitForFinished(30000) || version.exitCode() != 0)
            QFAIL("npm (11.5.1 or later) is needed on PATH and was not found");
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));

        // A world with the user and the packages this repository publishes (trust needs packages
        // that exist), plus one whose config names a former owner of the project.
        QJsonArray packages;
        for (const QString &p : kPackages)
            packages.append(QJsonObject{
                {QStringLiteral("name"), QString(QStringLiteral("@acme/mono-") + p)},
                {QStringLiteral("maintainers"), QJsonArray{QStringLiteral("maintainer")}},
                {QStringLiteral("versions"), QJsonArray{QStringLiteral("0.1.0")}},
                {QStringLiteral("access"), QStringLiteral("public")}});
        TrustedPublisher wrong;
        wrong.type = TrustProvider::GitLab;
        wrong.projectPath = QStringLiteral("acme-old/mono");
        wrong.ciConfigFile = QStringLiteral(".gitlab-ci.yml");
        packages.append(
            QJsonObject{{QStringLiteral("name"), QStringLiteral("@acme/mono-legacy")},
                        {QStringLiteral("maintainers"), QJsonArray{QStringLiteral("maintainer")}},
                        {QStringLiteral("versions"), QJsonArray{QStringLiteral("0.1.0")}},
                        {QStringLiteral("access"), QStringLiteral("public")},
                        {QStringLiteral("trust"), QJsonArray{wrong.toJson()}}});
        const QJsonObject seed{
            {QStringLiteral("users"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("maintainer")},
                             {QStringLiteral("password"), QStringLiteral("sandbox-password")},
                             {QStringLiteral("email"), QStringLiteral("m@example.com")},
                             {QStringLiteral("tfa"), QStringLiteral("totp")},
                             {QStringLiteral("totp_secret"), QString::fromLatin1(kTotpSecret)}}}},
            {QStringLiteral("packages"), packages}};
        const HttpReply reset
            = httpCall("POST", m_sandbox.url().resolved(QUrl(QStringLiteral("-/sandbox/reset"))),
                       QJsonDocument(QJsonObject{{QStringLiteral("seed"), seed}}).toJson());
        QVERIFY2(reset.status == 200, reset.body.constData());

        // The monorepo: npm workspaces, a GitLab remote, repository fields with `directory`.
        m_repo = m_home.filePath(QStringLiteral("mono"));
        writeJson(m_repo + QStringLiteral("/package.json"),
                  {{QStringLiteral("name"), QStringLiteral("mono")},
                   {QStringLiteral("private"), true},
                   {QStringLiteral("workspaces"), QJsonArray{QStringLiteral("packages/*")}}});
        for (const QString &p : kPackages) {
            writeJson(m_repo + QStringLiteral("/packages/") + p + QStringLiteral("/package.json"),
                      {{QStringLiteral("name"), QString(QStringLiteral("@acme/mono-") + p)},
                       {QStringLiteral("version"), QStringLiteral("1.0.0")},
                       {QStringLiteral("repository"),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("git")},
                                    {QStringLiteral("url"),
                                     QStringLiteral("git+https://gitlab.com/acme/mono.git")},
                                    {QStringLiteral("directory"),
                                     QString(QStringLiteral("packages/") + p)}}}});
            writeText(m_repo + QStringLiteral("/packages/") + p + QStringLiteral("/index.js"),
                      "module.exports = 1;\n");
        }
        writeText(
            m_repo + QStringLiteral("/.git/config"),
            "[core]\n\tbare = false\n[remote \"origin\"]\n\turl = git@gitlab.com:acme/mono.git\n"
            "\tfetch = +refs/heads/*:refs/remotes/origin/*\n");
        writeText(
            m_repo + QStringLiteral("/.gitlab-ci.yml"),
            "publish:\n  image: node:24\n  id_tokens:\n    NPM_ID_TOKEN:\n"
            "      aud: \"npm:registry.npmjs.org\"\n  script:\n    - npm publish --workspaces\n");

        m_client = std::make_unique<RegistryClient>(&m_nam, m_sandbox.url(), m_clock);
        m_client->setTwoFactorPrompt(&m_prompt);
        m_client->setAuthType(RegistryClient::AuthType::Legacy);
        m_service = std::make_unique<TrustService>(*m_client);
        m_service->setTwoFactorPrompt(&m_prompt);
        m_service->setPacing(std::chrono::milliseconds(100));
    }

    void signIn()
    {
        std::optional<Result<SecretBuffer>> session;
        m_client->couchLogin(QStringLiteral("maintainer"),
                             SecretBuffer(QByteArrayView("sandbox-password")), this,
                             [&](Result<SecretBuffer> s) { session.emplace(std::move(s)); });
        QVERIFY(QTest::qWaitFor([&] { return session.has_value(); }, 15000));
        QVERIFY2(session->ok(), session->ok() ? "" : qPrintable(session->error().oneLine()));
        m_client->setAuthToken(std::move(*session).value());
    }

    void inspectsTheMonorepo()
    {
        const auto facts = RepoInspector::inspect(m_repo);
        QVERIFY(facts.ok());
        m_facts = facts.value();
        QCOMPARE(m_facts.publishablePackages().size(), 5);
        const auto remote = m_facts.primaryRemote();
        QVERIFY(remote.has_value());
        QCOMPARE(remote->provider, GitProvider::GitLab);
        m_desired = TrustPlanner::desiredConfig(*remote, QStringLiteral(".gitlab-ci.yml"), {},
                                                TrustAction::Publish);
        QCOMPARE(m_desired.projectPath, QStringLiteral("acme/mono"));
    }

    void configuresFivePackagesWithOneCode()
    {
        QList<QString> names;
        for (const PackageInfo &p : m_facts.publishablePackages())
            names << p.name;
        const auto plans = TrustPlanner::plan(m_facts.publishablePackages(), registryState(names),
                                              m_desired, *m_facts.primaryRemote());
        for (const PackagePlan &plan : plans) {
            QCOMPARE(plan.action, PackagePlan::Action::Create);
            QVERIFY2(plan.repository.matches, qPrintable(plan.repository.problem));
        }
        const int askedBefore = m_prompt.asked;
        QSignalSpy finished(m_service.get(), &TrustService::finished);
        QElapsedTimer timer;
        timer.start();
        m_service->apply(trustTargetsFrom(plans));
        QVERIFY(finished.wait(60000));
        qInfo("5 trust configs created and verified in %lld ms", timer.elapsed());
        for (const TrustOutcome &o : m_service->outcomes())
            QVERIFY2(o.stage == TrustStage::Verified,
                     qPrintable(o.packageName + QStringLiteral(": ")
                                + (o.error ? o.error->oneLine() : o.verification.summary())));
        QCOMPARE(m_service->outcomes().size(), 5);
        QCOMPARE(m_prompt.asked - askedBefore, 1);
        QCOMPARE(m_service->approvalsAsked(), 1);
    }

    void sandboxHoldsExactlyMatchingConfigs()
    {
        for (const QString &p : kPackages) {
            const QJsonArray trust = sandboxPackage(QStringLiteral("@acme/mono-") + p)
                                         .value(QStringLiteral("trust"))
                                         .toArray();
            QCOMPARE(trust.size(), 1);
            const QJsonObject c = trust.first().toObject();
            const QString mismatch = gitLabConfigMismatch(c, QStringLiteral("acme/mono"),
                                                          QStringLiteral(".gitlab-ci.yml"));
            QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
            // And the verifier, reading back through the client, agrees field by field.
            const auto state = registryState({QStringLiteral("@acme/mono-") + p});
            QVERIFY(TrustVerifier::verify(p, m_desired, state.begin()->configs).matches());
        }
    }

    void wrongOwnerIsCaughtBeforeAnyPublish()
    {
        const QString name = QStringLiteral("@acme/mono-legacy");
        const auto state = registryState({name});
        const TrustVerification v
            = TrustVerifier::verify(name, m_desired, state.value(name).configs);
        QVERIFY(v.configFound);
        QVERIFY(!v.matches());
        QCOMPARE(v.mismatches.size(), 1);
        QCOMPARE(v.mismatches.first().expected, QStringLiteral("acme"));
        QCOMPARE(v.mismatches.first().actual, QStringLiteral("acme-old"));
        QVERIFY2(v.summary().contains(QStringLiteral("acme-old"))
                     || v.mismatches.first().message.contains(QStringLiteral("acme-old")),
                 qPrintable(v.mismatches.first().message));
        // Nothing was published: only the seeded version exists.
        QCOMPARE(sandboxPackage(name).value(QStringLiteral("versions")).toObject().keys(),
                 QStringList{QStringLiteral("0.1.0")});
    }

    void realNpmPublishesEachPackageThroughOidc()
    {
        for (const QString &p : kPackages) {
            const NpmPublishRun run
                = npmPublishAsGitLabJob(m_repo + QStringLiteral("/packages/") + p, m_sandbox.url(),
                                        m_home.path(), gitLabIdToken(m_sandbox.url(), m_desired));
            QVERIFY(run.finished);
            QVERIFY2(run.exitCode == 0, qPrintable(run.output));
            QVERIFY2(run.usedOidc(), qPrintable(run.output));
        }
    }

    void bootstrapTokenIsOneDayScopedAndRevoked()
    {
        const BootstrapPlan plan
            = TrustBootstrap::plan({QStringLiteral("@acme/mono-zeta")}, m_sandbox.url().host());
        QCOMPARE(plan.steps.size(), 4);
        // Token creation asks for a browser approval here: approve it as the user would.
        m_prompt.approve = [this] {
            const QUrl base = m_sandbox.url();
            const HttpReply pending
                = httpCall("GET", base.resolved(QUrl(QStringLiteral("-/sandbox/pending"))));
            for (const QJsonValue &p : pending.json().array())
                httpCall("POST", base.resolved(QUrl(QStringLiteral("-/sandbox/approve"))),
                         QJsonDocument(
                             QJsonObject{
                                 {QStringLiteral("id"), p.toObject().value(QStringLiteral("id"))},
                                 {QStringLiteral("username"), QStringLiteral("maintainer")},
                                 {QStringLiteral("approve"), true}})
                             .toJson());
        };
        std::optional<Result<CreatedToken>> created;
        TrustBootstrap::createToken(*m_client, plan,
                                    SecretBuffer(QByteArrayView("sandbox-password")), this,
                                    [&](Result<CreatedToken> t) { created.emplace(std::move(t)); });
        QVERIFY(QTest::qWaitFor([&] { return created.has_value(); }, 15000));
        QVERIFY2(created->ok(), created->ok() ? "" : qPrintable(created->error().oneLine()));
        const QString key = created->value().token.key;
        const auto tokenInSandbox = [&]() -> QJsonObject {
            const HttpReply state = httpCall(
                "GET", m_sandbox.url().resolved(QUrl(QStringLiteral("-/sandbox/state"))));
            for (const QJsonValue &t :
                 state.json().object().value(QStringLiteral("tokens")).toArray())
                if (t.toObject().value(QStringLiteral("key")).toString() == key)
                    return t.toObject();
            return {};
        };
        const QJsonObject token = tokenInSandbox();
        QCOMPARE(token.value(QStringLiteral("scopes")).toArray(),
                 QJsonArray{QStringLiteral("@acme")});
        QVERIFY(!token.value(QStringLiteral("bypass_2fa")).toBool());
        const QDateTime expiry = QDateTime::fromString(
            token.value(QStringLiteral("expiry")).toString(), Qt::ISODateWithMs);
        QVERIFY(expiry.isValid());
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expiry) - 86400) < 600);

        std::optional<Result<void>> revoked;
        TrustBootstrap::revokeToken(*m_client, key, this,
                                    [&](Result<void> r) { revoked.emplace(std::move(r)); });
        QVERIFY(QTest::qWaitFor([&] { return revoked.has_value(); }, 15000));
        QVERIFY(revoked->ok());
        const QJsonObject after = tokenInSandbox();
        QVERIFY(after.isEmpty() || !after.value(QStringLiteral("revoked")).toString().isEmpty());
    }

    void verifierReportsPublishedViaTrustedPublishing()
    {
        for (const QString &p : kPackages) {
            std::optional<Result<PublishPath>> path;
            m_service->checkPublishPath(QStringLiteral("@acme/mono-") + p, this,
                                        [&](Result<PublishPath> r) { path.emplace(std::move(r)); });
            QVERIFY(QTest::qWaitFor([&] { return path.has_value(); }, 15000));
            QVERIFY2(path->ok(), path->ok() ? "" : qPrintable(path->error().oneLine()));
            QCOMPARE(path->value().version, QStringLiteral("1.0.0"));
            QVERIFY(path->value().viaTrustedPublishing);
            QVERIFY2(
                path->value().message.contains(QStringLiteral("published via trusted publishing")),
                qPrintable(path->value().message));
        }
    }
};

QTEST_GUILESS_MAIN(TrustE2eTest)
#include "tst_trust_e2e.moc"
