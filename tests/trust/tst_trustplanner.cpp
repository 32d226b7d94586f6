// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trust/TrustPlanner.h"
#include "core/trust/TrustService.h"
#include "core/trust/TrustVerifier.h"

#include <QJsonDocument>
#include <QTest>

using namespace td;

Q_DECLARE_METATYPE(td::PackageInfo)

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

GitRemote remote(const char *url)
{
    return *GitRemote::fromUrl(QString::fromUtf8(url));
}

PackageInfo package(const char *name, const char *repository, const char *dir = "",
                    const char *directory = "")
{
    PackageInfo p;
    p.name = QString::fromUtf8(name);
    p.relativeDir = QString::fromUtf8(dir);
    if (*repository) {
        p.repository.present = true;
        p.repository.url = QString::fromUtf8(repository);
        p.repository.directory = QString::fromUtf8(directory);
    }
    return p;
}

TrustedPublisher github(const char *repo, const char *file, const char *env = "")
{
    TrustedPublisher c;
    c.repository = QString::fromUtf8(repo);
    c.workflowFile = QString::fromUtf8(file);
    c.environment = QString::fromUtf8(env);
    return c;
}

} // namespace

class TestTrustPlanner : public QObject
{
    Q_OBJECT
private slots:
    void configJsonMatchesNpmCli();
    void configJsonRoundTrip();
    void configFromOlderRegistryShapes();
    void workflowFileNames_data();
    void workflowFileNames();
    void repositoryCheck_data();
    void repositoryCheck();
    void repositoryFixIsExact();
    void verifierReportsOwnerCase();
    void verifierComparesEveryField();
    void verifierPicksClosestConfig();
    void planPerPackage();
    void onlyTheSamePublisherIsReplaced_data();
    void onlyTheSamePublisherIsReplaced();
    void fullPackageIsAConflict_data();
    void fullPackageIsAConflict();
    void gitlabDesiredConfigUsesSubgroups();
    void publishPath_data();
    void publishPath();
};

void TestTrustPlanner::configJsonMatchesNpmCli()
{
    // The exact body npm trust github sends (npm-registry-api.md §11).
    const QJsonObject expected
        = json("{\"type\":\"github\",\"claims\":{\"repository\":\"acme/widgets\", "
               "\"workflow_ref\":{\"file\":\"publish.yml\"}},\"permissions\":[\"createPackage\"]}");
    QCOMPARE(github("acme/widgets", "publish.yml").toJson(), expected);
}

void TestTrustPlanner::configJsonRoundTrip()
{
    TrustedPublisher gl;
    gl.type = TrustProvider::GitLab;
    gl.projectPath = QStringLiteral("acme/web/ui");
    gl.ciConfigFile = QStringLiteral(".gitlab-ci.yml");
    gl.environment = QStringLiteral("prod");
    gl.actions = TrustAction::StagePublish;
    TrustedPublisher cc;
    cc.type = TrustProvider::CircleCi;
    cc.orgId = QStringLiteral("6d1c2a6e-0000-4000-8000-000000000001");
    cc.projectId = QStringLiteral("6d1c2a6e-0000-4000-8000-000000000002");
    cc.pipelineDefinitionId = QStringLiteral("6d1c2a6e-0000-4000-8000-000000000003");
    cc.vcsOrigin = QStringLiteral("github.com/acme/widgets");
    cc.contextIds = QStringList{QStringLiteral("6d1c2a6e-0000-4000-8000-000000000004")};
    cc.actions = TrustAction::Publish | TrustAction::StagePublish;
    for (const TrustedPublisher &c : {github("acme/widgets", "publish.yml", "release"), gl, cc}) {
        const auto back = TrustedPublisher::fromJson(c.toJson());
        QVERIFY(back.has_value());
        QVERIFY(*back == c);
    }
    QCOMPARE(gl.toJson()
                 .value(QLatin1String("claims"))
                 .toObject()
                 .value(QLatin1String("project_path"))
                 .toString(),
             QStringLiteral("acme/web/ui"));
}

void TestTrustPlanner::configFromOlderRegistryShapes()
{
    const auto c = TrustedPublisher::fromJson(
        json("{\"id\":\"u-1\",\"type\":\"github\",\"environment\":\"prod\","
             " \"claims\":{\"repository\":\"acme/"
             "widgets\",\"workflow_ref\":{\"file\":\"publish.yml\"}}}"));
    QVERIFY(c.has_value());
    QCOMPARE(c->id, QStringLiteral("u-1"));
    QCOMPARE(c->environment, QStringLiteral("prod"));
    QCOMPARE(c->actions, TrustActions(TrustAction::Publish)); // pre-2026-05 configs: publish only
    QVERIFY(
        !TrustedPublisher::fromJson(json("{\"type\":\"bitbucket\",\"claims\":{}}")).has_value());
}

void TestTrustPlanner::workflowFileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("yml") << "publish.yml" << true;
    QTest::newRow("yaml") << "release.yaml" << true;
    QTest::newRow("path") << ".github/workflows/publish.yml" << false;
    QTest::newRow("backslash path") << "workflows\\publish.yml" << false;
    QTest::newRow("no extension") << "publish" << false;
    QTest::newRow("wrong extension") << "publish.yml.txt" << false;
    QTest::newRow("empty") << "" << false;
}

void TestTrustPlanner::workflowFileNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(TrustPlanner::workflowFileProblem(name).isEmpty(), valid);
}

void TestTrustPlanner::repositoryCheck_data()
{
    QTest::addColumn<PackageInfo>("pkg");
    QTest::addColumn<bool>("matches");
    QTest::newRow("git+https url")
        << package("w", "git+https://github.com/acme/widgets.git") << true;
    QTest::newRow("shorthand") << package("w", "github:acme/widgets") << true;
    QTest::newRow("bare shorthand") << package("w", "acme/widgets") << true;
    QTest::newRow("owner case") << package("w", "https://github.com/Acme/widgets") << false;
    QTest::newRow("fork") << package("w", "https://github.com/someone/widgets") << false;
    QTest::newRow("missing") << package("w", "") << false;
    QTest::newRow("gitlab url for github remote")
        << package("w", "https://gitlab.com/acme/widgets") << false;
    QTest::newRow("monorepo with directory")
        << package("a", "github:acme/widgets", "packages/a", "packages/a") << true;
    QTest::newRow("monorepo without directory")
        << package("a", "github:acme/widgets", "packages/a") << false;
}

void TestTrustPlanner::repositoryCheck()
{
    QFETCH(PackageInfo, pkg);
    QFETCH(bool, matches);
    const RepositoryCheck check
        = TrustPlanner::checkRepository(pkg, remote("git@github.com:acme/widgets.git"));
    QCOMPARE(check.matches, matches);
    QCOMPARE(check.problem.isEmpty(), matches);
}

void TestTrustPlanner::repositoryFixIsExact()
{
    const RepositoryCheck check
        = TrustPlanner::checkRepository(package("@acme/a", "github:Acme/mono", "packages/a"),
                                        remote("https://github.com/acme/mono"));
    QVERIFY(!check.matches);
    QVERIFY(check.problem.contains(QStringLiteral("https://github.com/Acme/mono")));
    QCOMPARE(check.fixedUrl, QStringLiteral("git+https://github.com/acme/mono.git"));
    QCOMPARE(check.fixJson,
             QStringLiteral("\"repository\":{\"directory\":\"packages/a\",\"type\":\"git\","
                            "\"url\":\"git+https://github.com/acme/mono.git\"}"));
}

void TestTrustPlanner::verifierReportsOwnerCase()
{
    const TrustVerification v = TrustVerifier::verify(QStringLiteral("@acme/widgets"),
                                                      github("acme/widgets", "publish.yml"),
                                                      {github("Acme/widgets", "publish.yml")});
    QVERIFY(v.configFound);
    QVERIFY(!v.matches());
    QCOMPARE(v.mismatches.size(), 1);
    const FieldMismatch &m = v.mismatches.first();
    QCOMPARE(m.field, QStringLiteral("owner"));
    QCOMPARE(m.expected, QStringLiteral("acme"));
    QCOMPARE(m.actual, QStringLiteral("Acme"));
    QVERIFY(m.caseOnly);
    QVERIFY(m.message.contains(QStringLiteral("\"Acme\"")));
    QVERIFY(m.message.contains(QStringLiteral("\"acme\"")));
    QVERIFY(m.message.contains(QStringLiteral("case")));
    QVERIFY(v.summary().contains(QStringLiteral("@acme/widgets")));
}

void TestTrustPlanner::verifierComparesEveryField()
{
    TrustedPublisher expected = github("acme/widgets", "publish.yml", "release");
    expected.actions = TrustAction::Publish | TrustAction::StagePublish;
    TrustedPublisher actual = github("acme/Widgets", "publish.yaml", "");
    const QList<FieldMismatch> m = TrustVerifier::compare(expected, actual);
    QStringList fields;
    for (const FieldMismatch &f : m)
        fields << f.field;
    QCOMPARE(fields,
             QStringList({QStringLiteral("repository"), QStringLiteral("workflow file"),
                          QStringLiteral("environment"), QStringLiteral("allowed actions")}));
    QVERIFY(m.at(0).caseOnly);
    QVERIFY(!m.at(1).caseOnly);
    QVERIFY(TrustVerifier::compare(expected, expected).isEmpty());
    // Extra allowed actions on npm are fine; missing ones are not.
    TrustedPublisher wider = expected;
    expected.actions = TrustAction::Publish;
    QVERIFY(TrustVerifier::compare(expected, wider).isEmpty());
}

void TestTrustPlanner::verifierPicksClosestConfig()
{
    TrustedPublisher gitlab;
    gitlab.type = TrustProvider::GitLab;
    TrustedPublisher a = github("other/repo", "x.yml");
    a.id = QStringLiteral("far");
    TrustedPublisher b = github("acme/widgets", "release.yml");
    b.id = QStringLiteral("near");
    const TrustVerification v = TrustVerifier::verify(
        QStringLiteral("w"), github("acme/widgets", "publish.yml"), {gitlab, a, b});
    QCOMPARE(v.closestConfigId, QStringLiteral("near"));
    QCOMPARE(v.mismatches.size(), 1);
    QVERIFY(
        !TrustVerifier::verify(QStringLiteral("w"), github("acme/widgets", "publish.yml"), {gitlab})
             .configFound);
}

void TestTrustPlanner::planPerPackage()
{
    const GitRemote origin = remote("git@github.com:acme/mono.git");
    const TrustedPublisher desired = TrustPlanner::desiredConfig(
        origin, QStringLiteral("publish.yml"), {}, TrustAction::Publish);
    QCOMPARE(desired.repository, QStringLiteral("acme/mono"));
    PackageInfo priv = package("@acme/private", "github:acme/mono", "packages/p", "packages/p");
    priv.isPrivate = true;
    const QList<PackageInfo> packages
        = {package("@acme/new", "github:acme/mono", "packages/new", "packages/new"),
           package("@acme/bare", "github:acme/mono", "packages/bare", "packages/bare"),
           package("@acme/done", "github:acme/mono", "packages/done", "packages/done"),
           package("@acme/wrong", "github:acme/mono", "packages/wrong", "packages/wrong"), priv};
    QHash<QString, PackageRegistryState> states;
    states.insert(QStringLiteral("@acme/bare"), {true, {}, {}});
    states.insert(QStringLiteral("@acme/done"), {true, {desired}, {}});
    states.insert(QStringLiteral("@acme/wrong"), {true, {github("Acme/mono", "publish.yml")}, {}});
    const QList<PackagePlan> plans = TrustPlanner::plan(packages, states, desired, origin);
    QCOMPARE(plans.size(), 5);
    QCOMPARE(plans.at(0).action, PackagePlan::Action::Bootstrap);
    QCOMPARE(plans.at(1).action, PackagePlan::Action::Create);
    QCOMPARE(plans.at(1).toCreate.size(), 1);
    QVERIFY(plans.at(1).toCreate.first() == desired);
    QCOMPARE(plans.at(2).action, PackagePlan::Action::AlreadyConfigured);
    QCOMPARE(plans.at(3).action, PackagePlan::Action::Create);
    QCOMPARE(plans.at(3).differing.size(), 1);
    QCOMPARE(plans.at(3).verification.mismatches.first().field, QStringLiteral("owner"));
    QCOMPARE(plans.at(4).action, PackagePlan::Action::Skip);
    for (int i = 0; i < 4; ++i) {
        QVERIFY(plans.at(i).repository.matches);
        QVERIFY(plans.at(i).problems.isEmpty());
    }

    const TrustedPublisher badFile = TrustPlanner::desiredConfig(
        origin, QStringLiteral(".github/workflows/publish.yml"), {}, TrustAction::Publish);
    QCOMPARE(TrustPlanner::planPackage(packages.at(1), states.value(QStringLiteral("@acme/bare")),
                                       badFile, origin)
                 .problems.size(),
             1);
}

// Several configs stand side by side: only an older version of the same publisher (same
// repository and CI file, letter case aside) is replaced; another workflow's config is kept.
void TestTrustPlanner::onlyTheSamePublisherIsReplaced_data()
{
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("replaced");
    QTest::newRow("owner in other letter case") << "Acme/mono"
                                                << "publish.yml" << true;
    QTest::newRow("file name in other letter case") << "acme/mono"
                                                    << "Publish.yml" << true;
    QTest::newRow("another workflow of the repository") << "acme/mono"
                                                        << "nightly.yml" << false;
    QTest::newRow("another repository") << "acme/fork"
                                        << "publish.yml" << false;
}

void TestTrustPlanner::onlyTheSamePublisherIsReplaced()
{
    QFETCH(QString, repository);
    QFETCH(QString, file);
    QFETCH(bool, replaced);
    const GitRemote origin = remote("git@github.com:acme/mono.git");
    const TrustedPublisher desired = TrustPlanner::desiredConfig(
        origin, QStringLiteral("publish.yml"), QStringLiteral("npm"), TrustAction::StagePublish);
    TrustedPublisher held = github(qPrintable(repository), qPrintable(file));
    held.id = QStringLiteral("held");
    const PackagePlan plan
        = TrustPlanner::planPackage(package("@acme/p", "github:acme/mono"),
                                    PackageRegistryState{true, {held}, {}}, desired, origin);
    QCOMPARE(plan.action, PackagePlan::Action::Create);
    QCOMPARE(plan.differing.size(), replaced ? 1 : 0);
    QCOMPARE(trustTargetsFrom({plan}).first().replaceIds,
             replaced ? QStringList{QStringLiteral("held")} : QStringList{});
}

// npm holds at most 10 configs: an 11th (or a replacement, which is created before the old one
// goes) has no slot, so the plan says so instead of sending a create the registry refuses.
void TestTrustPlanner::fullPackageIsAConflict_data()
{
    QTest::addColumn<int>("held");        // configs of another repository already on npm
    QTest::addColumn<bool>("oneMatches"); // one of them is exactly the desired config
    QTest::addColumn<int>("action");      // PackagePlan::Action
    QTest::newRow("9 held: room for one") << 9 << false << int(PackagePlan::Action::Create);
    QTest::newRow("10 held: conflict") << 10 << false << int(PackagePlan::Action::Conflict);
    QTest::newRow("10 held, one matches")
        << 10 << true << int(PackagePlan::Action::AlreadyConfigured);
}

void TestTrustPlanner::fullPackageIsAConflict()
{
    QFETCH(int, held);
    QFETCH(bool, oneMatches);
    QFETCH(int, action);
    const GitRemote origin = remote("git@github.com:acme/mono.git");
    const TrustedPublisher desired = TrustPlanner::desiredConfig(
        origin, QStringLiteral("publish.yml"), {}, TrustAction::StagePublish);
    PackageRegistryState state{true, {}, {}};
    for (int i = 0; i < held; ++i) {
        TrustedPublisher other = desired;
        other.id = QStringLiteral("id-%1").arg(i);
        other.workflowFile = QStringLiteral("other-%1.yml").arg(i);
        state.configs << other;
    }
    if (oneMatches)
        state.configs.last() = desired;
    const PackagePlan plan = TrustPlanner::planPackage(package("@acme/full", "github:acme/mono"),
                                                       state, desired, origin);
    QCOMPARE(int(plan.action), action);
    QCOMPARE(plan.problems.isEmpty(), plan.action != PackagePlan::Action::Conflict);
    QCOMPARE(trustTargetsFrom({plan}).size(), plan.action == PackagePlan::Action::Create ? 1 : 0);
}

void TestTrustPlanner::gitlabDesiredConfigUsesSubgroups()
{
    const TrustedPublisher c = TrustPlanner::desiredConfig(
        remote("git@gitlab.com:acme/web/ui.git"), {}, QStringLiteral("prod"), TrustAction::Publish);
    QCOMPARE(c.type, TrustProvider::GitLab);
    QCOMPARE(c.projectPath, QStringLiteral("acme/web/ui"));
    QCOMPARE(c.ciConfigFile, QStringLiteral(".gitlab-ci.yml"));
    QCOMPARE(c.environment, QStringLiteral("prod"));
}

void TestTrustPlanner::publishPath_data()
{
    QTest::addColumn<QByteArray>("packument");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("viaOidc");
    QTest::addColumn<bool>("attested");
    QTest::newRow("trusted publisher") << QByteArray(
        "{\"dist-tags\":{\"latest\":\"1.4.4\"},\"versions\":{\"1.4.4\":{ "
        "\"_npmUser\":{\"name\":\"GitHub "
        "Actions\",\"email\":\"npm-oidc-no-reply@github.com\",\"trustedPublisher\":{\"id\":"
        "\"github\",\"oidcConfigId\":\"oidc:1\"}}, "
        "\"dist\":{\"attestations\":{\"url\":\"https://registry.npmjs.org/-/npm/v1/attestations/"
        "x@1.4.4\",\"provenance\":{\"predicateType\":\"https://slsa.dev/provenance/v1\"}}}}}}")
                                       << "" << true << true;
    QTest::newRow("provenance but token")
        << QByteArray("{\"dist-tags\":{\"latest\":\"2.0.0\"},\"versions\":{\"2.0.0\":{ "
                      "\"_npmUser\":{\"name\":\"me\"},\"dist\":{\"attestations\":{\"url\":\"u\","
                      "\"provenance\":{}}}}}}")
        << "" << false << true;
    QTest::newRow("by hand") << QByteArray(
        "{\"dist-tags\":{\"latest\":\"1.0.0\"},\"versions\":{\"1.0.0\":{\"_npmUser\":{\"name\":"
        "\"me\"},\"dist\":{}}}}")
                             << "" << false << false;
    QTest::newRow("older version asked")
        << QByteArray("{\"dist-tags\":{\"latest\":\"2.0.0\"},\"versions\":{ "
                      "\"1.0.0\":{\"_npmUser\":{\"trustedPublisher\":{\"id\":\"gitlab\"}}},\"2.0."
                      "0\":{\"_npmUser\":{\"name\":\"me\"}}}}")
        << "1.0.0" << true << false;
}

void TestTrustPlanner::publishPath()
{
    QFETCH(QByteArray, packument);
    QFETCH(QString, version);
    QFETCH(bool, viaOidc);
    QFETCH(bool, attested);
    const PublishPath p
        = TrustVerifier::checkPublishPath(QJsonDocument::fromJson(packument).object(), version);
    QCOMPARE(p.viaTrustedPublishing, viaOidc);
    QCOMPARE(p.hasAttestations, attested);
    QCOMPARE(p.message.contains(QStringLiteral("published via trusted publishing")), viaOidc);
    QVERIFY(!p.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestTrustPlanner)
#include "tst_trustplanner.moc"
