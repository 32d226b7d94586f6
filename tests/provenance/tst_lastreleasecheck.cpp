// SPDX-License-Identifier: GPL-3.0-or-later
// LastReleaseCheck over a real RegistryClient and a loopback registry serving the real
// gundam-visor attestations; the cryptographic checks are faked (VersionVerifier's own tests
// and the bundle tests cover them). What is checked here: the sentence in words, the trust
// configs TokenDesk remembers, the sandbox's trust data fetched once (and the shipped data when
// a loopback registry serves none), errors in words, and no answer to a context that is gone.
#include "FakeClock.h"
#include "FakeRegistryServer.h"
#include "ProvenanceFixtures.h"
#include "VerifierTestSupport.h"

#include "core/provenance/LastReleaseCheck.h"
#include "core/registry/RegistryClient.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace td::provenance;
using td::Result;
using td::provenance::test::fakeChecks;
using td::provenance::test::packument;
using td::test::FakeRegistryServer;

namespace {

QByteArray resource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int requestsTo(const FakeRegistryServer &server, const QByteArray &target)
{
    int count = 0;
    for (const auto &request : server.requests())
        count += request.target == target;
    return count;
}

} // namespace

class TestLastReleaseCheck : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void trustDataSourceByHost();
    void verifiedReleaseInWords();
    void rememberedTrustConfigsDecide();
    void failedBundleNamesTheReason();
    void withoutSandboxTrustDataUsesTheShippedData();
    void registryErrorsInWords();
    void noAnswerAfterTheContextIsGone();

private:
    void serve(bool withTrustRoot);
    Result<ReleaseVerdict> check(LastReleaseCheck &checker, const QString &package);

    FakeRegistryServer *m_server = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    td::RegistryClient *m_client = nullptr;
    td::test::FakeClock m_clock;
    QTemporaryDir m_dir;
    QString m_memoryPath;
};

void TestLastReleaseCheck::init()
{
    m_server = new FakeRegistryServer(this);
    QVERIFY(m_server->listen());
    m_nam = new QNetworkAccessManager(this);
    m_client = new td::RegistryClient(m_nam, m_server->baseUrl(), m_clock, this);
    QVERIFY(m_dir.isValid());
    m_memoryPath = m_dir.filePath(
        u"trust-configs-%1.json"_s.arg(QLatin1String(QTest::currentTestFunction())));
}

void TestLastReleaseCheck::cleanup()
{
    delete m_client;
    delete m_nam;
    delete m_server;
}

void TestLastReleaseCheck::serve(bool withTrustRoot)
{
    const QByteArray document = test::fixtureAttestations(u"gundam-visor-1.0.1"_s);
    QVERIFY(!document.isEmpty());
    // The shipped trust data stands in for the sandbox's: the checks are faked, the file only
    // has to read.
    const QByteArray trustRoot = resource(u":/provenance/trusted_root.json"_s);
    const QByteArray keys = resource(u":/provenance/npm-keys.json"_s);
    QVERIFY(!trustRoot.isEmpty() && !keys.isEmpty());
    const QByteArray body
        = packument({{"1.0.0", "2024-05-01T10:00:00.000Z", true,
                      "https://registry.npmjs.org/-/npm/v1/attestations/gundam-visor@1.0.0"},
                     {"1.0.1", "2024-06-03T22:17:59.000Z", true,
                      "https://registry.npmjs.org/-/npm/v1/attestations/gundam-visor@1.0.1"}});
    m_server->setHandler([=](const FakeRegistryServer::Request &request) {
        if (request.target == "/gundam-visor")
            return FakeRegistryServer::Reply::json(200, body);
        if (request.target.startsWith("/-/npm/v1/attestations/gundam-visor@"))
            return FakeRegistryServer::Reply::json(200, document);
        if (request.target == "/-/sandbox/trusted-root" && withTrustRoot)
            return FakeRegistryServer::Reply::json(200, trustRoot);
        if (request.target == "/-/npm/v1/keys")
            return FakeRegistryServer::Reply::json(200, keys);
        return FakeRegistryServer::Reply::json(404, R"({"error":"not found"})");
    });
}

Result<ReleaseVerdict> TestLastReleaseCheck::check(LastReleaseCheck &checker,
                                                   const QString &package)
{
    std::optional<Result<ReleaseVerdict>> answer;
    checker.check(package, this, [&answer](Result<ReleaseVerdict> r) { answer = std::move(r); });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000); }();
    if (!answer)
        return td::Error{td::ErrorCode::Timeout, u"no answer"_s, {}};
    return *answer;
}

void TestLastReleaseCheck::trustDataSourceByHost()
{
    QCOMPARE(trustDataSourceFor(QUrl(u"http://127.0.0.1:4873/"_s)),
             TrustDataSource::SandboxIfServed);
    QCOMPARE(trustDataSourceFor(QUrl(u"http://localhost:9/"_s)), TrustDataSource::SandboxIfServed);
    QCOMPARE(trustDataSourceFor(QUrl(u"https://registry.npmjs.org/"_s)), TrustDataSource::Shipped);
}

void TestLastReleaseCheck::verifiedReleaseInWords()
{
    serve(true);
    LastReleaseCheck checker(m_client, TrustDataSource::SandboxIfServed, m_memoryPath,
                             fakeChecks());
    const auto verdict = check(checker, u"gundam-visor"_s);
    QVERIFY2(verdict, qPrintable(verdict ? QString() : verdict.error().message));
    QCOMPARE(verdict.value().version, u"1.0.1"_s);
    QCOMPARE(verdict.value().level, Level::Verified);
    QVERIFY(verdict.value().reason.isEmpty());
    QCOMPARE(verdict.value().inWords(),
             u"Published by GitHub Actions from ramonpetgrave64/gundam-visor, npm-publish.yml on "
             "refs/tags/v1.0.1 — provenance verified"_s);
    // The trust data is the registry's own, fetched once for any number of checks.
    QVERIFY(check(checker, u"gundam-visor"_s));
    QCOMPARE(requestsTo(*m_server, "/-/sandbox/trusted-root"), 1);
}

void TestLastReleaseCheck::rememberedTrustConfigsDecide()
{
    serve(true);
    td::TrustedPublisher config;
    config.id = u"cfg-1"_s;
    config.repository = u"acme/ui"_s;
    config.workflowFile = u"npm-publish.yml"_s;
    QVERIFY(TrustConfigMemory(m_memoryPath)
                .remember(m_server->baseUrl(), u"gundam-visor"_s, {config},
                          QDateTime::currentDateTimeUtc()));
    LastReleaseCheck checker(m_client, TrustDataSource::SandboxIfServed, m_memoryPath,
                             fakeChecks());
    const auto verdict = check(checker, u"gundam-visor"_s);
    QVERIFY(verdict);
    QCOMPARE(verdict.value().level, Level::Suspicious);
    QVERIFY2(verdict.value().reason.startsWith(
                 u"Built from the repository ramonpetgrave64/gundam-visor"_s),
             qPrintable(verdict.value().reason));
    QVERIFY(verdict.value().reason.contains(u"acme/ui"_s));
    QCOMPARE(verdict.value().inWords(),
             u"Published by GitHub Actions from ramonpetgrave64/gundam-visor, npm-publish.yml on "
             "refs/tags/v1.0.1 — suspicious: "_s
                 + verdict.value().reason);
}

void TestLastReleaseCheck::failedBundleNamesTheReason()
{
    serve(true);
    LastReleaseCheck checker(m_client, TrustDataSource::SandboxIfServed, m_memoryPath,
                             fakeChecks(Level::Failed));
    const auto verdict = check(checker, u"gundam-visor"_s);
    QVERIFY(verdict);
    QCOMPARE(verdict.value().level, Level::Failed);
    QCOMPARE(verdict.value().reason, u"bundle"_s); // the faked bundle check's finding
    QVERIFY2(verdict.value().inWords().endsWith(u"— verification failed: bundle"_s),
             qPrintable(verdict.value().inWords()));
}

void TestLastReleaseCheck::withoutSandboxTrustDataUsesTheShippedData()
{
    serve(false);
    LastReleaseCheck checker(m_client, TrustDataSource::SandboxIfServed, m_memoryPath,
                             fakeChecks());
    QVERIFY(check(checker, u"gundam-visor"_s));
    QVERIFY(check(checker, u"gundam-visor"_s));
    // Asked each time (a passing failure is not remembered), never the keys for a file.
    QCOMPARE(requestsTo(*m_server, "/-/sandbox/trusted-root"), 2);
    QCOMPARE(requestsTo(*m_server, "/-/npm/v1/keys"), 0);

    m_server->clearRequests();
    LastReleaseCheck shipped(m_client, TrustDataSource::Shipped, m_memoryPath, fakeChecks());
    QVERIFY(check(shipped, u"gundam-visor"_s));
    QCOMPARE(requestsTo(*m_server, "/-/sandbox/trusted-root"), 0);
}

void TestLastReleaseCheck::registryErrorsInWords()
{
    serve(true);
    LastReleaseCheck checker(m_client, TrustDataSource::SandboxIfServed, m_memoryPath,
                             fakeChecks());
    const auto missing = check(checker, u"no-such-package"_s);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, td::ErrorCode::E404);
    QVERIFY(!missing.error().oneLine().isEmpty());

    m_server->setHandler([](const FakeRegistryServer::Request &request) {
        if (request.target == "/-/sandbox/trusted-root")
            return FakeRegistryServer::Reply::json(200, R"({"not":"a trusted root"})");
        return FakeRegistryServer::Reply::json(
            200, packument({{"1.0.1", "2024-06-03T22:17:59.000Z", true, nullptr}}));
    });
    LastReleaseCheck badRoot(m_client, TrustDataSource::SandboxIfServed, m_memoryPath,
                             fakeChecks());
    const auto unreadable = check(badRoot, u"gundam-visor"_s);
    QVERIFY(!unreadable);
    QVERIFY2(unreadable.error().message.startsWith(u"The trust data could not be read"_s),
             qPrintable(unreadable.error().message));
}

void TestLastReleaseCheck::noAnswerAfterTheContextIsGone()
{
    serve(true);
    LastReleaseCheck checker(m_client, TrustDataSource::SandboxIfServed, m_memoryPath,
                             fakeChecks());
    auto *context = new QObject;
    bool answered = false;
    checker.check(u"gundam-visor"_s, context,
                  [&answered](Result<ReleaseVerdict>) { answered = true; });
    delete context;
    // A later check answers, so the first had all the time it needed.
    QVERIFY(check(checker, u"gundam-visor"_s));
    QVERIFY(!answered);
}

QTEST_GUILESS_MAIN(TestLastReleaseCheck)
#include "tst_lastreleasecheck.moc"
