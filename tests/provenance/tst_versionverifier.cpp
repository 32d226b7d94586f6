// SPDX-License-Identifier: GPL-3.0-or-later
// VersionVerifier over a real RegistryClient and a loopback registry serving the real
// gundam-visor attestations; the cryptographic checks are faked (the verifier's own tests cover
// them), the certificate identity is read for real from the served document.
#include "FakeClock.h"
#include "FakeRegistryServer.h"
#include "ProvenanceFixtures.h"
#include "VerifierTestSupport.h"

#include "core/provenance/PublishPathWords.h"
#include "core/provenance/TrustRoot.h"
#include "core/provenance/VersionVerifier.h"
#include "core/registry/RegistryClient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace td::provenance;
using td::Result;
using td::provenance::test::fakeChecks;
using td::provenance::test::packument;
using td::provenance::test::Version;
using td::test::FakeRegistryServer;

namespace {

QStringList problemCodes(const Verdict &verdict)
{
    QStringList codes;
    for (const Finding &finding : verdict.findings)
        if (finding.level != Level::Verified)
            codes.append(finding.code);
    codes.sort();
    return codes;
}

} // namespace

class TestVersionVerifier : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void verifiesOneVersionWithItsHistory();
    void attestationsOnlyFromTheAccountsRegistry();
    void allVersionsFindTheTrustDowngrade();
    void trustConfigOfAnotherRepository();
    void failedBundleGivesNoIdentity();
    void missingAttestationsAndBadPackument();
    void trustDataAndKeysAreReadOncePerVerifier();

private:
    Result<QList<VersionReport>> run(const VerifyRequest &request, ProvenanceChecks checks);
    void serve(const QList<Version> &versions);

    FakeRegistryServer *m_server = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    td::test::FakeClock m_clock;
};

void TestVersionVerifier::init()
{
    m_server = new FakeRegistryServer(this);
    QVERIFY(m_server->listen());
    m_nam = new QNetworkAccessManager(this);
}

void TestVersionVerifier::cleanup()
{
    delete m_nam;
    delete m_server;
}

void TestVersionVerifier::serve(const QList<Version> &versions)
{
    const QByteArray document = test::fixtureAttestations(u"gundam-visor-1.0.1"_s);
    QVERIFY(!document.isEmpty());
    const QByteArray body = packument(versions);
    m_server->setHandler([document, body](const FakeRegistryServer::Request &request) {
        if (request.target == "/gundam-visor")
            return FakeRegistryServer::Reply::json(200, body);
        if (request.target.startsWith("/-/npm/v1/attestations/gundam-visor@"))
            return FakeRegistryServer::Reply::json(200, document);
        return FakeRegistryServer::Reply::json(404, R"({"error":"not found"})");
    });
}

Result<QList<VersionReport>> TestVersionVerifier::run(const VerifyRequest &request,
                                                      ProvenanceChecks checks)
{
    td::RegistryClient client(m_nam, m_server->baseUrl(), m_clock);
    VersionVerifier verifier(&client, std::move(checks));
    std::optional<Result<QList<VersionReport>>> answer;
    verifier.verify(request,
                    [&answer](Result<QList<VersionReport>> result) { answer = std::move(result); });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000); }();
    if (!answer)
        return td::Error{td::ErrorCode::Timeout, u"no answer"_s, {}};
    return *answer;
}

void TestVersionVerifier::verifiesOneVersionWithItsHistory()
{
    serve({{"1.0.0", "2024-05-01T10:00:00.000Z", true,
            "https://registry.npmjs.org/-/npm/v1/attestations/gundam-visor@1.0.0"},
           {"1.0.1", "2024-06-03T22:17:59.000Z", true,
            "https://registry.npmjs.org/-/npm/v1/attestations/gundam-visor@1.0.1"}});
    const auto result = run({u"gundam-visor"_s, {}, false, {}, {}}, fakeChecks());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result.value().size(), 1); // latest only; 1.0.0 was verified as its history
    const VersionReport &report = result.value().first();
    QCOMPARE(report.release.version, u"1.0.1"_s);
    QCOMPARE(report.verdict.level, Level::Verified);
    QVERIFY(report.release.identity);
    QCOMPARE(report.release.identity->sourceRepositoryId, u"810002373"_s);
    QStringList codes;
    for (const Finding &f : report.verdict.findings)
        codes.append(f.code);
    QVERIFY2(codes.contains(u"history-identity"_s), qPrintable(codes.join(u' ')));
    QCOMPARE(publishPathInWords(report.release, report.verdict.level),
             u"Published by GitHub Actions from ramonpetgrave64/gundam-visor, npm-publish.yml on "
             "refs/tags/v1.0.1 — provenance verified"_s);
    int attestationFetches = 0;
    for (const auto &request : m_server->requests())
        attestationFetches += request.target.startsWith("/-/npm/v1/attestations/");
    QCOMPARE(attestationFetches, 2);
}

void TestVersionVerifier::attestationsOnlyFromTheAccountsRegistry()
{
    // The packument advertises another host: only its path is fetched, from this registry.
    serve({{"1.0.1", "2024-06-03T22:17:59.000Z", true,
            "https://attacker.example/-/npm/v1/attestations/gundam-visor@1.0.1"}});
    const auto result = run({u"gundam-visor"_s, u"1.0.1"_s, false, {}, {}}, fakeChecks());
    QVERIFY(result);
    QCOMPARE(result.value().first().verdict.level, Level::Verified);
    QCOMPARE(m_server->requests().last().target,
             QByteArray("/-/npm/v1/attestations/gundam-visor@1.0.1"));
}

void TestVersionVerifier::allVersionsFindTheTrustDowngrade()
{
    serve({{"1.0.0", "2024-05-01T10:00:00.000Z", true,
            "https://registry.npmjs.org/-/npm/v1/attestations/gundam-visor@1.0.0"},
           {"1.0.1", "2024-06-03T22:17:59.000Z", true,
            "https://registry.npmjs.org/-/npm/v1/attestations/gundam-visor@1.0.1"},
           {"1.0.2", "2024-07-01T00:00:00.000Z", false, nullptr}});
    const auto result = run({u"gundam-visor"_s, {}, true, {}, {}}, fakeChecks());
    QVERIFY(result);
    QCOMPARE(result.value().size(), 3);
    QCOMPARE(result.value()[0].release.version, u"1.0.0"_s); // oldest first
    QCOMPARE(result.value()[1].verdict.level, Level::Verified);
    const VersionReport &token = result.value()[2];
    QCOMPARE(token.release.version, u"1.0.2"_s);
    QCOMPARE(token.verdict.level, Level::Suspicious);
    QCOMPARE(problemCodes(token.verdict), (QStringList{u"provenance"_s, u"trust-downgrade"_s}));
    QCOMPARE(publishPathInWords(token.release, token.verdict.level),
             u"Published by mallory with a token, without provenance — suspicious"_s);
}

void TestVersionVerifier::trustConfigOfAnotherRepository()
{
    serve({{"1.0.1", "2024-06-03T22:17:59.000Z", true,
            "https://registry.npmjs.org/-/npm/v1/attestations/gundam-visor@1.0.1"}});
    td::TrustedPublisher config;
    config.repository = u"acme/ui"_s;
    config.workflowFile = u"npm-publish.yml"_s;
    const auto result = run({u"gundam-visor"_s, {}, false, {config}, {}}, fakeChecks());
    QVERIFY(result);
    QCOMPARE(result.value().first().verdict.level, Level::Suspicious);
    QCOMPARE(problemCodes(result.value().first().verdict), QStringList{u"identity-repository"_s});
}

void TestVersionVerifier::failedBundleGivesNoIdentity()
{
    serve({{"1.0.1", "2024-06-03T22:17:59.000Z", true,
            "https://registry.npmjs.org/-/npm/v1/attestations/gundam-visor@1.0.1"}});
    const auto result = run({u"gundam-visor"_s, {}, false, {}, {}}, fakeChecks(Level::Failed));
    QVERIFY(result);
    QCOMPARE(result.value().first().verdict.level, Level::Failed);
    QVERIFY(!result.value().first().release.identity);
}

void TestVersionVerifier::missingAttestationsAndBadPackument()
{
    // Advertised, but the registry has none: not verified, and said so.
    serve({{"1.0.1", "2024-06-03T22:17:59.000Z", true,
            "https://registry.npmjs.org/-/npm/v1/elsewhere/gundam-visor@1.0.1"}});
    m_server->setHandler(
        [body = packument({{"1.0.1", "2024-06-03T22:17:59.000Z", true,
                            "https://x/-/npm/v1/attestations/gundam-visor@1.0.1"}})](
            const FakeRegistryServer::Request &request) {
            if (request.target == "/gundam-visor")
                return FakeRegistryServer::Reply::json(200, body);
            return FakeRegistryServer::Reply::json(404, R"({"error":"not found"})");
        });
    auto result = run({u"gundam-visor"_s, {}, false, {}, {}}, fakeChecks());
    QVERIFY(result);
    QCOMPARE(result.value().first().verdict.level, Level::Unverified);
    QCOMPARE(problemCodes(result.value().first().verdict),
             (QStringList{u"attestations"_s, u"identity-missing"_s}));

    m_server->setHandler([](const FakeRegistryServer::Request &) {
        return FakeRegistryServer::Reply::json(200, R"({"versions": [)");
    });
    result = run({u"gundam-visor"_s, {}, false, {}, {}}, fakeChecks());
    QVERIFY(!result);
    QVERIFY2(result.error().message.startsWith(u"Could not verify:"_s),
             qPrintable(result.error().message));

    serve({{"1.0.1", "2024-06-03T22:17:59.000Z", true, nullptr}});
    result = run({u"gundam-visor"_s, u"9.9.9"_s, false, {}, {}}, fakeChecks());
    QVERIFY(!result);
    QCOMPARE(result.error().code, td::ErrorCode::E404);
}

// The publish watch verifies every new version through one verifier: the registry's keys are
// fetched, and the trust data parsed, once for as long as the same trust data comes.
void TestVersionVerifier::trustDataAndKeysAreReadOncePerVerifier()
{
    serve({{"1.0.1", "2024-06-03T22:17:59.000Z", true,
            "https://registry.npmjs.org/-/npm/v1/attestations/gundam-visor@1.0.1"}});
    const QByteArray keys = td::provenance::testing::readData(u"npm-keys/v1-keys.json"_s);
    const QByteArray rootJson = td::provenance::testing::readData(u"sigstore/trusted_root.json"_s);
    QVERIFY(!keys.isEmpty() && !rootJson.isEmpty());
    const FakeRegistryServer::Handler packages = m_server->handler();
    m_server->setHandler([packages, keys](const FakeRegistryServer::Request &request) {
        if (request.target == "/-/npm/v1/keys")
            return FakeRegistryServer::Reply::json(200, keys);
        return packages(request);
    });
    td::RegistryClient client(m_nam, m_server->baseUrl(), m_clock);
    VersionVerifier verifier(&client, fakeChecks());
    VerifyRequest request{u"gundam-visor"_s, {}, false, {}, {}};
    request.trustRootJson = rootJson;
    for (int i = 0; i < 3; ++i) {
        std::optional<Result<QList<VersionReport>>> answer;
        verifier.verify(request,
                        [&answer](Result<QList<VersionReport>> r) { answer = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
        QVERIFY2(answer->ok(), qPrintable(answer->ok() ? QString() : answer->error().message));
    }
    int keyFetches = 0;
    for (const auto &r : m_server->requests())
        keyFetches += r.target == "/-/npm/v1/keys";
    QCOMPARE(keyFetches, 1);
}

QTEST_GUILESS_MAIN(TestVersionVerifier)
#include "tst_versionverifier.moc"
