// SPDX-License-Identifier: GPL-3.0-or-later
// PublishPathSurvey against the sandbox in this process, over real HTTP on loopback, seeded with
// one package per publish path (tests/data/publishing/publishing-seed.json): the verdict per
// package, how the last release came, no more requests in flight than allowed, progress for every
// package, and a package whose reads answer 401 comes out Unknown while the others still finish.
#include "FakeClock.h"
#include "InProcessSandbox.h"
#include "TestPaths.h"
#include "core/publishing/PublishPathSurvey.h"
#include "core/registry/RegistryClient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {
const QString kSeed = QStringLiteral(TD_TEST_DATA_DIR "/publishing/publishing-seed.json");
const QString kHome = QStringLiteral("/home/maintainer");

template<class T, class Start>
Result<T> await(Start start)
{
    std::optional<Result<T>> result;
    start([&result](Result<T> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return makeError(ErrorCode::Timeout, QStringLiteral("test waited too long"));
    return std::move(*result);
}
} // namespace

class TestPublishPathSurvey : public QObject
{
    Q_OBJECT
    sandbox::Sandbox m_sandbox;
    QNetworkAccessManager m_nam;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<RegistryClient> m_client;
    PublishPathAccount m_account;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<QList<td::PackagePublishPath>>();
        QString error;
        QVERIFY2(m_sandbox.loadSeed(kSeed, &error), qPrintable(error));
        QVERIFY(m_sandbox.start(0));
        // The survey's clock is the registry's: expiry is judged on the same "now".
        m_clock = std::make_unique<FakeClock>(m_sandbox.context().state.now());
        m_client = std::make_unique<RegistryClient>(&m_nam, m_sandbox.baseUrl(), *m_clock);
        const QString session = signInInProcess(m_sandbox, QStringLiteral("maintainer"));
        QVERIFY(!session.isEmpty());
        m_client->setAuthToken(SecretBuffer::fromString(session));

        const auto tokens
            = await<TokenPage>([this](auto done) { m_client->listTokens(this, done); });
        QVERIFY2(tokens, qPrintable(tokens ? QString() : tokens.error().oneLine()));
        const auto packages = await<AccessMap>([this](auto done) {
            m_client->userPackages(QStringLiteral("maintainer"), this, done);
        });
        QVERIFY(packages);
        m_account.accountId = QStringLiteral("maintainer@127.0.0.1");
        m_account.registry = m_sandbox.baseUrl().toString();
        m_account.client = m_client.get();
        m_account.packages = packages.value().keys();
        m_account.tokens = tokens.value().tokens;
        // ship-direct is written in ~/.npmrc (what a migration survey would have found).
        for (const Token &token : std::as_const(m_account.tokens)) {
            if (token.name != QLatin1String("ship-direct"))
                continue;
            TokenUse use;
            use.finding.source = CredentialSource::UserConfig;
            use.finding.file = kHome + QStringLiteral("/.npmrc");
            use.finding.line = 4;
            use.match.outcome = MatchOutcome::MatchesToken;
            use.match.token = token;
            m_account.uses.append(use);
        }
        QCOMPARE(m_account.uses.size(), 1);

        // @ship/offline's registry reads answer 401.
        const SandboxReply faults = handleInProcess(
            m_sandbox, "POST", QStringLiteral("/-/sandbox/faults"),
            QJsonArray{QJsonObject{
                {QStringLiteral("method"), QStringLiteral("GET")},
                {QStringLiteral("path"), QStringLiteral("*offline*")},
                {QStringLiteral("status"), 401},
                {QStringLiteral("body"),
                 QJsonObject{{QStringLiteral("error"), QStringLiteral("Unauthorized")}}}}});
        QCOMPARE(faults.status, 200);
    }

    void verdictPerPackage()
    {
        PublishPathSurvey survey(*m_clock);
        survey.setHomeDir(kHome);
        survey.setMaxRequests(3);
        QSignalSpy progress(&survey, &PublishPathSurvey::progress);
        QSignalSpy finished(&survey, &PublishPathSurvey::finished);
        QVERIFY(survey.start({m_account}));
        QVERIFY(!survey.start({m_account})); // one run at a time
        QVERIFY(finished.wait(30000));

        const auto paths = finished.first().first().value<QList<PackagePublishPath>>();
        QCOMPARE(paths.size(), 7);
        QCOMPARE(progress.size(), 7);
        QCOMPARE(progress.last().at(0).toInt(), 7);
        QCOMPARE(progress.last().at(1).toInt(), 7);
        QVERIFY2(survey.peakRequests() <= 3, qPrintable(QString::number(survey.peakRequests())));
        QVERIFY(survey.peakRequests() > 1); // concurrent, not one by one

        QMap<QString, PackagePublishPath> by;
        for (const PackagePublishPath &p : paths)
            by.insert(p.package, p);
        const auto check = [&by](const char *package, PublishVerdict verdict, WayOut out,
                                 LastReleaseSource source) {
            const PackagePublishPath p = by.value(QLatin1String(package));
            QCOMPARE(p.package, QLatin1String(package));
            QVERIFY2(p.verdict == verdict,
                     qPrintable(QStringLiteral("%1: %2 (%3)")
                                    .arg(p.package, publishVerdictId(p.verdict), p.reason)));
            QCOMPARE(wayOutId(p.wayOut), wayOutId(out));
            QCOMPARE(lastReleaseSourceId(p.last.source), lastReleaseSourceId(source));
            QCOMPARE(p.account, QStringLiteral("maintainer@127.0.0.1"));
        };
        check("@ship/oidc-direct", PublishVerdict::Ready, WayOut::None,
              LastReleaseSource::TrustedPublisher);
        check("@ship/oidc-stage", PublishVerdict::Ready, WayOut::None, LastReleaseSource::Staged);
        check("@ship/stage-token", PublishVerdict::Ready, WayOut::None, LastReleaseSource::Staged);
        check("@ship/direct-token", PublishVerdict::AtRisk, WayOut::TrustedPublishing,
              LastReleaseSource::Token);
        check("@ship/bypass", PublishVerdict::AtRisk, WayOut::StageOnlyToken,
              LastReleaseSource::Token);
        check("@ship/no-path", PublishVerdict::NoPath, WayOut::StageOnlyToken,
              LastReleaseSource::Token);
        check("@ship/offline", PublishVerdict::Unknown, WayOut::None, LastReleaseSource::Unknown);

        const PackagePublishPath oidc = by.value(QStringLiteral("@ship/oidc-direct"));
        QCOMPARE(oidc.last.version, QStringLiteral("1.1.0"));
        QVERIFY(oidc.last.attested);
        QCOMPARE(oidc.last.publisher, QStringLiteral("GitHub Actions"));
        QCOMPARE(oidc.ways.first().route, PublishRoute::OidcDirect);
        QVERIFY(oidc.ways.first().label.contains(QStringLiteral("ship/oidc-direct, publish.yml")));
        QCOMPARE(by.value(QStringLiteral("@ship/oidc-stage")).ways.first().route,
                 PublishRoute::OidcStageOnly);
        QVERIFY(by.value(QStringLiteral("@ship/oidc-stage"))
                    .ways.first()
                    .label.contains(QStringLiteral("environment npm")));

        const PackagePublishPath direct = by.value(QStringLiteral("@ship/direct-token"));
        QVERIFY2(direct.reason.contains(QStringLiteral("\"ship-direct\""))
                     && direct.reason.contains(QStringLiteral("~/.npmrc, line 4")),
                 qPrintable(direct.reason));
        QCOMPARE(direct.ways.first().route, PublishRoute::DirectToken);
        const PackagePublishPath bypass = by.value(QStringLiteral("@ship/bypass"));
        QCOMPARE(bypass.ways.first().route, PublishRoute::Bypass2faToken);
        QVERIFY2(bypass.reason.contains(QStringLiteral("not used anywhere")),
                 qPrintable(bypass.reason));
        // The expired write token of @ship/no-path publishes nothing.
        QVERIFY(by.value(QStringLiteral("@ship/no-path")).ways.isEmpty());
        const QString offline = by.value(QStringLiteral("@ship/offline")).reason;
        QVERIFY2(offline.contains(QStringLiteral("could not read")), qPrintable(offline));
    }

    // Two accounts, each with its own signed-in client: one row per package of each, in the
    // accounts' order; each package is judged by its own account's tokens.
    void everyAccount()
    {
        RegistryClient mateClient(&m_nam, m_sandbox.baseUrl(), *m_clock);
        const QString session = signInInProcess(m_sandbox, QStringLiteral("shipmate"));
        QVERIFY(!session.isEmpty());
        mateClient.setAuthToken(SecretBuffer::fromString(session));
        const auto tokens = await<TokenPage>(
            [&mateClient, this](auto done) { mateClient.listTokens(this, done); });
        QVERIFY(tokens);
        PublishPathAccount mate;
        mate.accountId = QStringLiteral("shipmate@127.0.0.1");
        mate.registry = m_sandbox.baseUrl().toString();
        mate.client = &mateClient;
        mate.packages = {QStringLiteral("@mate/lib")};
        mate.tokens = tokens.value().tokens;
        PublishPathAccount mine = m_account;
        mine.packages = {QStringLiteral("@ship/oidc-direct"), QStringLiteral("@ship/bypass")};

        PublishPathSurvey survey(*m_clock);
        QSignalSpy finished(&survey, &PublishPathSurvey::finished);
        QVERIFY(survey.start({mine, mate}));
        QVERIFY(finished.wait(30000));
        const auto paths = finished.first().first().value<QList<PackagePublishPath>>();
        QCOMPARE(paths.size(), 3);
        QCOMPARE(paths.at(0).package, QStringLiteral("@ship/oidc-direct"));
        QCOMPARE(paths.at(1).package, QStringLiteral("@ship/bypass"));
        QCOMPARE(paths.at(1).account, QStringLiteral("maintainer@127.0.0.1"));
        const PackagePublishPath mates = paths.at(2);
        QCOMPARE(mates.account, QStringLiteral("shipmate@127.0.0.1"));
        QCOMPARE(mates.package, QStringLiteral("@mate/lib"));
        QVERIFY2(mates.verdict == PublishVerdict::AtRisk, qPrintable(mates.reason));
        QCOMPARE(mates.ways.size(), 1); // only shipmate's own token
        QVERIFY2(mates.reason.contains(QStringLiteral("\"mate-bypass\"")),
                 qPrintable(mates.reason));
        QCOMPARE(mates.wayOut, WayOut::TrustedPublishing); // github:mate/lib
    }

    void nothingToSurvey()
    {
        PublishPathSurvey survey(*m_clock);
        QSignalSpy finished(&survey, &PublishPathSurvey::finished);
        QVERIFY(survey.start({}));
        QVERIFY(finished.wait(5000));
        QVERIFY(finished.first().first().value<QList<PackagePublishPath>>().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPublishPathSurvey)
#include "tst_publishpathsurvey.moc"
