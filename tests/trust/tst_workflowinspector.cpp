// SPDX-License-Identifier: GPL-3.0-or-later
// One workflow per trap (tests/data/trust/workflows): each must yield its finding, and the good
// ones none of the errors or warnings.
#include "TestPaths.h"
#include "TestRepo.h"
#include "core/trust/CiChecks.h"
#include "core/trust/WorkflowInspector.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace td;

namespace {

QStringList L(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromUtf8(i);
    return out;
}

QString fixture(const QString &name)
{
    QFile f(QStringLiteral(TD_TEST_DATA_DIR "/trust/workflows/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return QString::fromUtf8(f.readAll());
}

WorkflowReport inspect(const QString &kind, const QString &name)
{
    const QString text = fixture(name);
    if (kind == u"gitlab")
        return WorkflowInspector::inspectGitLab(QStringLiteral(".gitlab-ci.yml"), text);
    if (kind == u"circleci")
        return WorkflowInspector::inspectCircleCi(QStringLiteral(".circleci/config.yml"), text);
    return WorkflowInspector::inspectGitHub(QStringLiteral(".github/workflows/") + name, text);
}

QStringList idsOf(const WorkflowReport &report, bool problemsOnly)
{
    QStringList out;
    for (const WorkflowFinding &f : report.findings) {
        if (!problemsOnly || f.severity != Severity::Info)
            out << f.id;
    }
    return out;
}

} // namespace

class TestWorkflowInspector : public QObject
{
    Q_OBJECT
private slots:
    void eachTrapIsReported_data();
    void eachTrapIsReported();
    void findingsHaveMessageFixAndLine();
    void publishJobFacts();
    void nonPublishingWorkflowHasNoPublishJob();
    void reusableWorkflowIsCheckedAgainstCaller();
    void invalidYamlIsReportedNotThrown();
    void aliasCyclesEnd_data();
    void aliasCyclesEnd();
    void nodeVersionSpecs_data();
    void nodeVersionSpecs();
    void inspectsRepositoryFolder();
    void oversizedWorkflowIsReportedNotRead();
};

void TestWorkflowInspector::eachTrapIsReported_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("file");
    // Exactly the errors and warnings expected (info findings are not compared here).
    QTest::addColumn<QStringList>("problems");

    QTest::newRow("github good") << "github"
                                 << "gh-good.yml" << QStringList{};
    QTest::newRow("job permissions override workflow")
        << "github"
        << "gh-job-permissions-override.yml" << L({"missing-id-token"});
    QTest::newRow("registry-url placeholder, token secret, node 20")
        << "github"
        << "gh-registry-url-and-secret.yml"
        << L({"setup-node-registry-url", "token-secret", "node-too-old", "npm-too-old"});
    QTest::newRow("self-hosted and third-party runners")
        << "github"
        << "gh-self-hosted.yml" << L({"self-hosted-runner", "self-hosted-runner"});
    QTest::newRow("explicit old npm") << "github"
                                      << "gh-old-npm.yml" << L({"npm-too-old"});
    QTest::newRow("node 24 bundled npm")
        << "github"
        << "gh-node24-bundled-npm.yml" << L({"npm-upgrade-recommended"});
    QTest::newRow("node 22.12") << "github"
                                << "gh-node-old-minor.yml" << L({"node-too-old"});
    QTest::newRow("no setup-node") << "github"
                                   << "gh-no-setup-node.yml" << L({"node-version-unknown"});
    QTest::newRow("semantic-release 24")
        << "github"
        << "gh-semantic-release-24.yml" << L({"token-secret", "release-tool-too-old"});
    QTest::newRow("changesets action 1.4")
        << "github"
        << "gh-changesets-old.yml" << L({"release-tool-too-old"});
    QTest::newRow("yarn publish") << "github"
                                  << "gh-yarn.yml" << L({"yarn-no-oidc"});
    QTest::newRow("pnpm publish") << "github"
                                  << "gh-pnpm.yml" << L({"pnpm-oidc"});
    QTest::newRow("gitlab good") << "gitlab"
                                 << "gitlab-good.yml" << QStringList{};
    QTest::newRow("gitlab traps") << "gitlab"
                                  << "gitlab-traps.yml"
                                  << L({"missing-id-token", "token-secret", "self-hosted-runner",
                                        "node-too-old", "npm-too-old"});
    QTest::newRow("gitlab wrong audience")
        << "gitlab"
        << "gitlab-wrong-audience.yml" << L({"id-token-wrong-audience"});
    QTest::newRow("gitlab id token under another name (inherited from default)")
        << "gitlab"
        << "gitlab-default-id-tokens.yml" << L({"id-token-wrong-name"});
    QTest::newRow("circleci good") << "circleci"
                                   << "circleci-good.yml" << QStringList{};
    QTest::newRow("circleci traps")
        << "circleci"
        << "circleci-traps.yml"
        << L({"missing-oidc-context", "missing-id-token", "self-hosted-runner",
              "node-version-unknown", "npm-upgrade-recommended"});
}

void TestWorkflowInspector::eachTrapIsReported()
{
    QFETCH(QString, kind);
    QFETCH(QString, file);
    QFETCH(QStringList, problems);
    const WorkflowReport report = inspect(kind, file);
    QVERIFY2(report.parsed, qPrintable(report.parseError));
    QVERIFY(!report.publishJobs.isEmpty());
    QStringList actual = idsOf(report, true);
    actual.sort();
    problems.sort();
    QCOMPARE(actual, problems);
}

void TestWorkflowInspector::findingsHaveMessageFixAndLine()
{
    const WorkflowReport report
        = inspect(QStringLiteral("github"), QStringLiteral("gh-registry-url-and-secret.yml"));
    for (const WorkflowFinding &f : report.findings) {
        QVERIFY2(!f.message.isEmpty() && !f.fix.isEmpty(), qPrintable(f.id));
        QCOMPARE(f.job, QStringLiteral("release"));
        QCOMPARE(f.file, QStringLiteral(".github/workflows/gh-registry-url-and-secret.yml"));
    }
    QCOMPARE(report.finding(QStringLiteral("setup-node-registry-url"))->line, 14);
    QCOMPARE(report.finding(QStringLiteral("token-secret"))->line, 18);
    QCOMPARE(report.finding(QStringLiteral("setup-node-registry-url"))->severity,
             Severity::Warning);
    QCOMPARE(report.finding(QStringLiteral("node-too-old"))->severity, Severity::Error);
}

void TestWorkflowInspector::publishJobFacts()
{
    const WorkflowReport good = inspect(QStringLiteral("github"), QStringLiteral("gh-good.yml"));
    QCOMPARE(good.publishJobs.size(), 1);
    const PublishJob &job = good.publishJobs.first();
    QCOMPARE(job.jobId, QStringLiteral("publish"));
    QCOMPARE(job.tools, QStringList{QStringLiteral("npm")});
    QVERIFY(job.hasIdToken);
    QVERIFY(!job.selfHosted);
    QCOMPARE(job.nodeVersion, QStringLiteral("24"));
    QVERIFY(job.upgradesNpm);
    QCOMPARE(job.environment, QStringLiteral("release"));

    const WorkflowReport changesets
        = inspect(QStringLiteral("github"), QStringLiteral("gh-changesets-old.yml"));
    QCOMPARE(changesets.publishJobs.first().tools, QStringList{QStringLiteral("changesets")});

    const WorkflowReport gitlab
        = inspect(QStringLiteral("gitlab"), QStringLiteral("gitlab-good.yml"));
    QCOMPARE(gitlab.publishJobs.size(), 1); // the test job does not publish
    QVERIFY(gitlab.publishJobs.first().hasIdToken);
    QVERIFY(!gitlab.hasFinding(QStringLiteral("missing-sigstore-token")));
    const WorkflowReport gitlabTraps
        = inspect(QStringLiteral("gitlab"), QStringLiteral("gitlab-traps.yml"));
    QVERIFY(gitlabTraps.hasFinding(QStringLiteral("missing-sigstore-token")));
}

void TestWorkflowInspector::nonPublishingWorkflowHasNoPublishJob()
{
    const WorkflowReport report
        = inspect(QStringLiteral("github"), QStringLiteral("gh-not-publishing.yml"));
    QVERIFY(report.parsed);
    QVERIFY(report.publishJobs.isEmpty());
    QVERIFY(report.findings.isEmpty()); // Node 18 in a test job is not our business
}

void TestWorkflowInspector::reusableWorkflowIsCheckedAgainstCaller()
{
    const QList<WorkflowReport> reports = WorkflowInspector::inspectGitHubSet(
        {{QStringLiteral(".github/workflows/release.yml"),
          fixture(QStringLiteral("gh-release-caller.yml"))},
         {QStringLiteral(".github/workflows/publish-reusable.yml"),
          fixture(QStringLiteral("gh-publish-reusable.yml"))}});
    QCOMPARE(reports.size(), 2);
    const WorkflowReport &caller = reports.at(0);
    const WorkflowReport &callee = reports.at(1);
    QCOMPARE(caller.calls.size(), 1);
    QCOMPARE(caller.calls.first().targetFile, QStringLiteral("publish-reusable.yml"));
    QVERIFY(caller.hasFinding(QStringLiteral("caller-missing-id-token")));
    QCOMPARE(caller.finding(QStringLiteral("caller-missing-id-token"))->job,
             QStringLiteral("publish"));
    QVERIFY(callee.isReusable);
    QCOMPARE(callee.callers, QStringList{QStringLiteral("release.yml")});
    QVERIFY(callee.hasFinding(QStringLiteral("reusable-workflow-caller")));
    QVERIFY(callee.finding(QStringLiteral("reusable-workflow-caller"))
                ->message.contains(u"release.yml"));
    QVERIFY(!callee.hasFinding(QStringLiteral("missing-id-token")));
}

void TestWorkflowInspector::invalidYamlIsReportedNotThrown()
{
    const WorkflowReport report = WorkflowInspector::inspectGitHub(
        QStringLiteral("bad.yml"), QStringLiteral("jobs:\n  a: [unclosed\n"));
    QVERIFY(!report.parsed);
    QVERIFY(report.parseError.contains(u"bad.yml"));
}

// Found by fuzz_workflow (a stack overflow): YAML aliases can make a node contain itself.
void TestWorkflowInspector::aliasCyclesEnd_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::newRow("gitlab script list holding itself")
        << "gitlab"
        << "release: &release\n  - npm ci\n  - *release\npublish:\n  script:\n    - *release\n"
           "    - npm publish\n";
    QTest::newRow("github runs-on map holding itself")
        << "github"
        << "on: push\njobs:\n  publish:\n    runs-on: &r {group: g, labels: *r}\n    steps:\n"
           "      - run: npm publish\n";
}

void TestWorkflowInspector::aliasCyclesEnd()
{
    QFETCH(QString, kind);
    QFETCH(QString, text);
    const WorkflowReport report = kind == QLatin1String("gitlab")
        ? WorkflowInspector::inspectGitLab(QStringLiteral(".gitlab-ci.yml"), text)
        : WorkflowInspector::inspectGitHub(QStringLiteral(".github/workflows/p.yml"), text);
    QVERIFY(report.parsed);
    QCOMPARE(report.publishJobs.size(), 1);
}

void TestWorkflowInspector::nodeVersionSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("expected"); // 1 recent enough, 0 too old, -1 unknown
    QTest::newRow("24") << "24" << 1;
    QTest::newRow("22") << "22" << 1;
    QTest::newRow("22.x") << "22.x" << 1;
    QTest::newRow("22.14.0") << "22.14.0" << 1;
    QTest::newRow("22.13") << "22.13" << 0;
    QTest::newRow("20") << "20" << 0;
    QTest::newRow("lts/*") << "lts/*" << 1;
    QTest::newRow("lts/iron") << "lts/iron" << 0;
    QTest::newRow("lts/jod") << "lts/jod" << 1;
    QTest::newRow(">=22.14") << ">=22.14" << 1;
    QTest::newRow("expression") << "${{ matrix.node }}" << -1;
}

void TestWorkflowInspector::nodeVersionSpecs()
{
    QFETCH(QString, spec);
    QFETCH(int, expected);
    const auto v = CiChecks::resolveNodeVersion(spec);
    if (expected < 0) {
        QVERIFY(!v.has_value());
        return;
    }
    QVERIFY(v.has_value());
    QCOMPARE(*v >= CiChecks::minimumNode(), expected == 1);
}

void TestWorkflowInspector::inspectsRepositoryFolder()
{
    TestRepo repo;
    repo.write(QStringLiteral("package.json"), "{\"name\": \"w\"}");
    repo.write(QStringLiteral(".github/workflows/release.yml"),
               fixture(QStringLiteral("gh-release-caller.yml")).toUtf8());
    repo.write(QStringLiteral(".github/workflows/publish-reusable.yml"),
               fixture(QStringLiteral("gh-publish-reusable.yml")).toUtf8());
    repo.write(QStringLiteral(".gitlab-ci.yml"),
               fixture(QStringLiteral("gitlab-traps.yml")).toUtf8());
    const auto facts = RepoInspector::inspect(repo.path());
    QVERIFY(facts.ok());
    const QList<WorkflowReport> reports = WorkflowInspector::inspectRepository(facts.value());
    QCOMPARE(reports.size(), 3);
    QStringList files;
    for (const WorkflowReport &r : reports)
        files << r.file;
    files.sort();
    QCOMPARE(files,
             L({".github/workflows/publish-reusable.yml", ".github/workflows/release.yml",
                ".gitlab-ci.yml"}));
    for (const WorkflowReport &r : reports) {
        if (r.file.endsWith(u"publish-reusable.yml"))
            QCOMPARE(r.callers, L({"release.yml"}));
        if (r.file == u".gitlab-ci.yml")
            QCOMPARE(r.provider, GitProvider::GitLab);
    }
}

// A workflow over the 1 MiB cap is not read, and not silently skipped: its report says why.
void TestWorkflowInspector::oversizedWorkflowIsReportedNotRead()
{
    TestRepo repo;
    repo.write(QStringLiteral("package.json"), "{\"name\": \"w\"}");
    repo.write(QStringLiteral(".github/workflows/huge.yml"),
               "on: push\n" + QByteArray(2 * 1024 * 1024, '#') + '\n');
    const auto facts = RepoInspector::inspect(repo.path());
    QVERIFY(facts.ok());
    const QList<WorkflowReport> reports = WorkflowInspector::inspectRepository(facts.value());
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.first().file, QStringLiteral(".github/workflows/huge.yml"));
    QVERIFY(!reports.first().parsed);
    QCOMPARE(reports.first().parseError,
             QDir(repo.path()).filePath(QStringLiteral(".github/workflows/huge.yml"))
                 + QStringLiteral(" is larger than 1 MiB, the most TokenDesk reads from a file "
                                  "like this. Check that it is the right file."));
}

QTEST_GUILESS_MAIN(TestWorkflowInspector)
#include "tst_workflowinspector.moc"
