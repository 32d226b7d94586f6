// SPDX-License-Identifier: GPL-3.0-or-later
// PublishPolicy: one row per identity case of issue #21's "Done when", plus the matching case.
#include "core/provenance/PublishPolicy.h"

#include <QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using td::TrustedPublisher;
using td::TrustProvider;
using namespace td::provenance;

namespace {

// acme/ui released v2.4.0 by release.yml on a tag, from GitHub's hosted runners.
PublisherIdentity acmeIdentity(const QString &ref = u"refs/tags/v2.4.0"_s,
                               const QString &workflow = u"release.yml"_s)
{
    PublisherIdentity identity;
    identity.issuer = QLatin1String(kGitHubActionsIssuer);
    identity.sourceRepositoryUri = u"https://github.com/acme/ui"_s;
    identity.sourceRepositoryId = u"810002373"_s;
    identity.sourceRepositoryOwnerId = u"32398091"_s;
    identity.sourceRepositoryRef = ref;
    identity.buildConfigUri
        = u"https://github.com/acme/ui/.github/workflows/"_s + workflow + u'@' + ref;
    identity.buildSignerUri = identity.buildConfigUri;
    identity.subjectAlternativeName = identity.buildConfigUri;
    identity.buildTrigger = u"release"_s;
    identity.runnerEnvironment = u"github-hosted"_s;
    return identity;
}

ReleaseEvidence trustedRelease(const QString &version, const QDateTime &when,
                               const PublisherIdentity &identity)
{
    ReleaseEvidence release;
    release.version = version;
    release.published = when;
    release.npmUser = u"GitHub Actions"_s;
    release.trustedPublisher = true;
    release.hasAttestations = true;
    release.identity = identity;
    return release;
}

TrustedPublisher acmeConfig(const QString &environment = {})
{
    TrustedPublisher config;
    config.type = TrustProvider::GitHub;
    config.repository = u"acme/ui"_s;
    config.workflowFile = u"release.yml"_s;
    config.environment = environment;
    return config;
}

const QDateTime kEarlier = QDateTime::fromString(u"2026-05-01T10:00:00Z"_s, Qt::ISODate);
const QDateTime kNow = QDateTime::fromString(u"2026-06-01T10:00:00Z"_s, Qt::ISODate);

using Change = std::function<void(ReleaseEvidence &)>;

QStringList problemCodes(const Verdict &verdict)
{
    QStringList codes;
    for (const Finding &finding : verdict.findings) {
        if (finding.text.isEmpty()) // every finding says what it found
            codes.append(u"no text: "_s + finding.code);
        if (finding.level != Level::Verified)
            codes.append(finding.code);
    }
    codes.sort();
    return codes;
}

} // namespace

Q_DECLARE_METATYPE(Change)
Q_DECLARE_METATYPE(Level)

class TestPublishPolicy : public QObject
{
    Q_OBJECT
private slots:
    void judgesIdentity_data();
    void judgesIdentity();
    void withoutHistoryOrConfigs();
    void tellsWhatDiffers();
    void provenanceThatDidNotVerifyIsNotMissing();
};

void TestPublishPolicy::judgesIdentity_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("environment"); // of the trust config
    QTest::addColumn<Level>("level");
    QTest::addColumn<QStringList>("codes"); // the findings below Verified, sorted

    QTest::newRow("matching: the trusted publisher, as before")
        << Change([](ReleaseEvidence &) {}) << QString() << Level::Verified << QStringList();
    QTest::newRow("another repository")
        << Change([](ReleaseEvidence &r) {
               r.identity->sourceRepositoryUri = u"https://github.com/mallory/ui"_s;
               r.identity->sourceRepositoryId = u"999"_s;
               r.identity->sourceRepositoryOwnerId = u"777"_s;
           })
        << QString() << Level::Suspicious
        << QStringList{u"history-repository"_s, u"identity-owner-id"_s, u"identity-repository"_s,
                       u"identity-repository-id"_s};
    QTest::newRow("same name, another repository id")
        << Change([](ReleaseEvidence &r) { r.identity->sourceRepositoryId = u"999"_s; })
        << QString() << Level::Suspicious << QStringList{u"identity-repository-id"_s};
    QTest::newRow("another workflow file")
        << Change([](ReleaseEvidence &r) {
               *r.identity = acmeIdentity(u"refs/tags/v2.4.0"_s, u"ci.yml"_s);
           })
        << QString() << Level::Suspicious
        << QStringList{u"history-workflow"_s, u"identity-workflow"_s};
    QTest::newRow("a branch ref where releases came from tags")
        << Change([](ReleaseEvidence &r) { *r.identity = acmeIdentity(u"refs/heads/main"_s); })
        << QString() << Level::Suspicious << QStringList{u"identity-ref"_s};
    QTest::newRow("pull_request_target")
        << Change([](ReleaseEvidence &r) { r.identity->buildTrigger = u"pull_request_target"_s; })
        << QString() << Level::Suspicious << QStringList{u"identity-trigger"_s};
    QTest::newRow("a trigger earlier releases never used")
        << Change([](ReleaseEvidence &r) { r.identity->buildTrigger = u"workflow_dispatch"_s; })
        << QString() << Level::Suspicious << QStringList{u"identity-trigger"_s};
    QTest::newRow("a self-hosted runner")
        << Change([](ReleaseEvidence &r) { r.identity->runnerEnvironment = u"self-hosted"_s; })
        << QString() << Level::Suspicious << QStringList{u"identity-runner"_s};
    QTest::newRow("another deployment environment")
        << Change([](ReleaseEvidence &r) { r.identity->deploymentEnvironment = u"staging"_s; })
        << u"npm"_s << Level::Suspicious << QStringList{u"identity-environment"_s};
    QTest::newRow("the configured environment")
        << Change([](ReleaseEvidence &r) { r.identity->deploymentEnvironment = u"npm"_s; })
        << u"npm"_s << Level::Verified << QStringList();
    QTest::newRow("trust downgrade: a token after the trusted publisher")
        << Change([](ReleaseEvidence &r) {
               r.identity.reset();
               r.trustedPublisher = false;
               r.hasAttestations = false;
               r.npmUser = u"mallory"_s;
           })
        << QString() << Level::Suspicious
        << QStringList{u"identity-missing"_s, u"trust-downgrade"_s};
    QTest::newRow("trusted publisher without provenance") << Change([](ReleaseEvidence &r) {
        r.identity.reset();
        r.hasAttestations = false;
    }) << QString() << Level::Unverified << QStringList{u"identity-missing"_s};
}

void TestPublishPolicy::judgesIdentity()
{
    QFETCH(Change, change);
    QFETCH(QString, environment);
    QFETCH(Level, level);
    QFETCH(QStringList, codes);

    PublisherIdentity earlierIdentity = acmeIdentity(u"refs/tags/v2.3.0"_s);
    earlierIdentity.deploymentEnvironment = environment;
    const PublishHistory history{{trustedRelease(u"2.3.0"_s, kEarlier, earlierIdentity)}};
    ReleaseEvidence release = trustedRelease(u"2.4.0"_s, kNow, acmeIdentity());
    release.identity->deploymentEnvironment = environment;
    change(release);

    const Verdict verdict = PublishPolicy::judge(release, {acmeConfig(environment)}, history);
    QCOMPARE(problemCodes(verdict), codes);
    QCOMPARE(verdict.level, level);
}

void TestPublishPolicy::withoutHistoryOrConfigs()
{
    // First release, no trust config on record: nothing to compare, so no accusation...
    ReleaseEvidence release = trustedRelease(u"1.0.0"_s, kNow, acmeIdentity());
    QCOMPARE(PublishPolicy::judge(release, {}, {}).level, Level::Verified);
    // ...except what is wrong on its own: a fork-triggered or self-hosted build.
    release.identity->buildTrigger = u"pull_request_target"_s;
    QCOMPARE(problemCodes(PublishPolicy::judge(release, {}, {})),
             QStringList{u"identity-trigger"_s});
    release.identity->buildTrigger = u"release"_s;
    release.identity->runnerEnvironment = u"self-hosted"_s;
    QCOMPARE(problemCodes(PublishPolicy::judge(release, {}, {})),
             QStringList{u"identity-runner"_s});
    // GitLab's own runners are hosted too (its Fulcio runner environment "gitlab-hosted").
    ReleaseEvidence gitlab = release;
    gitlab.identity->issuer = u"https://gitlab.com"_s;
    gitlab.identity->runnerEnvironment = u"gitlab-hosted"_s;
    QCOMPARE(problemCodes(PublishPolicy::judge(gitlab, {}, {})), QStringList());
    // Later releases are not history for an earlier one.
    const PublishHistory later{{trustedRelease(u"2.0.0"_s, kNow.addDays(1), acmeIdentity())}};
    ReleaseEvidence token = release;
    token.identity.reset();
    token.trustedPublisher = false;
    token.hasAttestations = false;
    QVERIFY(problemCodes(PublishPolicy::judge(token, {}, later)).isEmpty());
}

void TestPublishPolicy::tellsWhatDiffers()
{
    ReleaseEvidence release = trustedRelease(u"2.4.0"_s, kNow, acmeIdentity());
    release.identity->sourceRepositoryUri = u"https://github.com/mallory/ui"_s;
    const Verdict verdict = PublishPolicy::judge(release, {acmeConfig()}, {});
    QCOMPARE(verdict.findings.size(), 1);
    QCOMPARE(verdict.findings[0].text,
             u"Built from the repository mallory/ui, but the trusted publisher GitHub Actions "
             "acme/ui, release.yml names acme/ui."_s);
}

void TestPublishPolicy::provenanceThatDidNotVerifyIsNotMissing()
{
    // Attestations were there but gave no identity (a tampered bundle): not "without provenance".
    ReleaseEvidence release = trustedRelease(u"2.4.0"_s, kNow, acmeIdentity());
    release.identity.reset();
    const Verdict tampered = PublishPolicy::judge(release, {acmeConfig()}, {});
    QCOMPARE(problemCodes(tampered), QStringList{u"identity-missing"_s});
    QVERIFY2(tampered.findings[0].text.contains(u"its provenance did not verify"),
             qPrintable(tampered.findings[0].text));
    release.hasAttestations = false;
    QVERIFY(PublishPolicy::judge(release, {acmeConfig()}, {})
                .findings[0]
                .text.contains(u"without provenance"));
}

QTEST_GUILESS_MAIN(TestPublishPolicy)
#include "tst_publishpolicy.moc"
