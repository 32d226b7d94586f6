// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPaths.h"
#include "TestRepo.h"
#include "core/trust/UnifiedDiff.h"
#include "core/trust/WorkflowInspector.h"
#include "core/trust/WorkflowWriter.h"

#include <QFile>
#include <QTest>

using namespace td;

namespace {

QString fixture(const QString &name)
{
    QFile f(QStringLiteral(TD_TEST_DATA_DIR "/trust/workflows/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return QString::fromUtf8(f.readAll());
}

QStringList problems(const WorkflowReport &report)
{
    QStringList out;
    for (const WorkflowFinding &f : report.findings) {
        if (f.severity != Severity::Info)
            out << f.id;
    }
    return out;
}

} // namespace

class TestWorkflowWriter : public QObject
{
    Q_OBJECT
private slots:
    void patchFixesEveryTrapAndKeepsTheRest();
    void patchedFixturesInspectClean_data();
    void patchedFixturesInspectClean();
    void patchAddsIdTokenToExistingJobBlock();
    void patchRewritesFlowPermissions();
    void cleanWorkflowNeedsNoPatch();
    void patchAlignsNewStepsWithTheDash();
    void patchKeepsWithWhenAddingNodeVersion();
    void patchKeepsPermissionsBelowTheirKeyValid_data();
    void patchKeepsPermissionsBelowTheirKeyValid();
    void patchRemovesMultiLineValuesWhole_data();
    void patchRemovesMultiLineValuesWhole();
    void newGitHubWorkflowIsClean();
    void gitLabJobIsAppended();
    void applyWritesOnlyOnApplyAndRefusesStaleProposals();
    void diffHunkHeaders();
};

void TestWorkflowWriter::patchFixesEveryTrapAndKeepsTheRest()
{
    const QString before = QStringLiteral("# Release workflow — keep this comment\n"
                                          "name: Release\n"
                                          "on: workflow_dispatch\n"
                                          "jobs:\n"
                                          "  release:\n"
                                          "    runs-on: ubuntu-latest   # hosted\n"
                                          "    steps:\n"
                                          "      - uses: actions/checkout@v4\n"
                                          "      - uses: actions/setup-node@v4\n"
                                          "        with:\n"
                                          "          node-version: 20\n"
                                          "          registry-url: 'https://registry.npmjs.org'\n"
                                          "      - run: npm ci   # install\n"
                                          "      - run: npm publish --provenance\n"
                                          "        env:\n"
                                          "          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n");
    const QString expected = QStringLiteral("# Release workflow — keep this comment\n"
                                            "name: Release\n"
                                            "on: workflow_dispatch\n"
                                            "jobs:\n"
                                            "  release:\n"
                                            "    permissions:\n"
                                            "      contents: read\n"
                                            "      id-token: write\n"
                                            "    runs-on: ubuntu-latest   # hosted\n"
                                            "    steps:\n"
                                            "      - uses: actions/checkout@v4\n"
                                            "      - uses: actions/setup-node@v4\n"
                                            "        with:\n"
                                            "          node-version: 24\n"
                                            "      - run: npm ci   # install\n"
                                            "      - run: npm install -g npm@latest\n"
                                            "      - run: npm publish --provenance\n");
    const WorkflowProposal p = WorkflowWriter::patchGitHubWorkflow(
        QStringLiteral(".github/workflows/release.yml"), before);
    QCOMPARE(p.newText, expected);
    QCOMPARE(p.changes.size(), 5);
    QVERIFY(p.diff.startsWith(QStringLiteral(
        "--- a/.github/workflows/release.yml\n+++ b/.github/workflows/release.yml\n")));
    QVERIFY(p.diff.contains(
        QStringLiteral("\n-          registry-url: 'https://registry.npmjs.org'\n")));
    QVERIFY(p.diff.contains(QStringLiteral("\n+      id-token: write\n")));
}

void TestWorkflowWriter::patchedFixturesInspectClean_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f :
         {"gh-job-permissions-override.yml", "gh-registry-url-and-secret.yml", "gh-old-npm.yml",
          "gh-node24-bundled-npm.yml", "gh-node-old-minor.yml", "gh-no-setup-node.yml"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestWorkflowWriter::patchedFixturesInspectClean()
{
    QFETCH(QString, file);
    const QString before = fixture(file);
    QVERIFY(!problems(WorkflowInspector::inspectGitHub(file, before)).isEmpty());
    const WorkflowProposal p = WorkflowWriter::patchGitHubWorkflow(file, before);
    QVERIFY(!p.isEmpty());
    const WorkflowReport after = WorkflowInspector::inspectGitHub(file, p.newText);
    QVERIFY2(after.parsed, qPrintable(p.newText));
    const QStringList remaining = problems(after);
    QVERIFY2(remaining.isEmpty(), qPrintable(remaining.join(u',') + QLatin1Char('\n') + p.newText));
    // Every comment of the original survives.
    for (const QString &line : before.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1Char('#')))
            QVERIFY(p.newText.contains(line));
    }
}

void TestWorkflowWriter::patchAddsIdTokenToExistingJobBlock()
{
    const WorkflowProposal p = WorkflowWriter::patchGitHubWorkflow(
        QStringLiteral("x.yml"), fixture(QStringLiteral("gh-job-permissions-override.yml")));
    QVERIFY(p.newText.contains(
        QStringLiteral("    permissions:\n      id-token: write\n      contents: read\n")));
    QCOMPARE(p.changes.size(), 1);
}

void TestWorkflowWriter::patchRewritesFlowPermissions()
{
    const QString before = QStringLiteral(
        "on: push\njobs:\n  publish:\n    runs-on: ubuntu-latest\n"
        "    permissions: { contents: write }\n    steps:\n"
        "      - uses: actions/setup-node@v4\n        with:\n          node-version: 24\n"
        "      - run: npm install -g npm@latest\n      - run: npm publish\n");
    const WorkflowProposal p = WorkflowWriter::patchGitHubWorkflow(QStringLiteral("x.yml"), before);
    QVERIFY(p.newText.contains(
        QStringLiteral("    permissions:\n      contents: write\n      id-token: write\n")));
    QVERIFY(
        problems(WorkflowInspector::inspectGitHub(QStringLiteral("x.yml"), p.newText)).isEmpty());
}

// Found by fuzz_workflow: a permissions value on the line below its key ("permissions:\n  x")
// that is not a block map was rewritten on the key's line only; the value's line stayed behind
// and the patched workflow was no longer YAML.
void TestWorkflowWriter::patchKeepsPermissionsBelowTheirKeyValid_data()
{
    QTest::addColumn<QByteArray>("permissions");
    QTest::newRow("fuzz crash") << QByteArray("permissions:\n  id-token:\xff\xff\xff\xffte\n");
    QTest::newRow("scalar below") << QByteArray("permissions:\n  read-all\n");
    QTest::newRow("block list below (fuzz)")
        << QByteArray("permissions:\n- contents: write\n  issues: write\n  id-token: write\n");
    QTest::newRow("flow map below")
        << QByteArray("permissions:\n  { contents: read,\n    pages: write }\n");
}

void TestWorkflowWriter::patchKeepsPermissionsBelowTheirKeyValid()
{
    QFETCH(QByteArray, permissions);
    const QString before = QStringLiteral("name: Publish\non: push\n")
        + QString::fromUtf8(permissions)
        + QStringLiteral("jobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n"
                         "      - uses: actions/setup-node@v4\n        with:\n"
                         "          node-version: 22.12.0\n      - run: npm publish\n");
    QVERIFY(!WorkflowInspector::inspectGitHub(QStringLiteral("x.yml"), before).parseError.size());
    const WorkflowProposal p = WorkflowWriter::patchGitHubWorkflow(QStringLiteral("x.yml"), before);
    QVERIFY(!p.isEmpty()); // Node and npm are still fixed
    const WorkflowReport after
        = WorkflowInspector::inspectGitHub(QStringLiteral("x.yml"), p.newText);
    QVERIFY2(after.parsed, qPrintable(after.parseError + QLatin1Char('\n') + p.newText));
}

// Found by fuzz_workflow: deleting a key whose value runs over several lines (a quoted or plain
// scalar continued on the next lines, a block scalar) removed only the key's line; the rest of
// the value stayed behind and the patched workflow was no longer YAML. `gone` must vanish
// entirely, `kept` must survive byte for byte. A value the patcher cannot delete cleanly (a quote
// yaml-cpp lets run to the end of the file) refuses the whole patch instead of breaking the file.
void TestWorkflowWriter::patchRemovesMultiLineValuesWhole_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QStringList>("gone");
    QTest::addColumn<QString>("kept");
    QTest::addColumn<bool>("refused");
    const auto workflow = [](const QString &setupWith, const QString &publishEnv) -> QString {
        return QStringLiteral("name: Release\non: push\npermissions:\n  id-token: write\njobs:\n"
                              "  release:\n    runs-on: ubuntu-latest\n    steps:\n"
                              "      - uses: actions/setup-node@v4\n        with:\n")
            + setupWith
            + QStringLiteral("      - run: npm install -g npm@latest\n"
                             "      - run: npm publish\n        env:\n")
            + publishEnv;
    };
    const QString nodeAndCache
        = QStringLiteral("          node-version: 24\n          cache: npm\n");
    const QString ci = QStringLiteral("          CI: true\n");
    // The fuzzer's input minus its first byte (4: patchGitHubWorkflow), decoded.
    QTest::newRow("fuzz reproducer") << QString::fromUtf8(
        QByteArray::fromBase64("BG5hbWU6IFJlbGVhc2UKb246IHdvcmtmbG93X2Rpc3BhdGNoCnBlcm1pc3Npb25u"
                               "b2RlLXZlcnNpb24tZmlsZXM6CiAgY29udGVudHM6IHdyaXRlCiAgaWQtdG9rZW46"
                               "IHdyaXRlCmpvYnM6CiAgcmVsZWFzZToKICAgIHJ1bnMtb246IHVidW50dS1sYXRl"
                               "c3QKICAgIHN0ZXBzOgogICAgICAtIHVzZXM6IGFjdGlvbnMvY2hlYyAnaHR0cHM6"
                               "Ly9yZWdpc3RyeS5ucG1qcy5vcmcnCiAgICAgIC0gcnVuOiBucG0gY2kKICAgICAg"
                               "LSBydW46IG5wbSBwdWJsaXNoIC0tcHJvdmVuYW5jZQogICAgICAgIGVudjoKICAg"
                               "ICAgICAgIE5PREVfQVVUSF9UT0tFTjogJHt7IHNla291dEB2NAogICAgICAtIHVz"
                               "ZXM6IGFjdGlvbnMvc2V0dXAtbm9kZUB2NAogICAgICAgIHdpdGg6CiAgICAgICAg"
                               "ICBub2RlLXZlcnNpb246IDIwCiAgICAgICAgICByZWdpc3RyeS11cmw6ICdodHRw"
                               "czovL3JlZ2lzdGNyZXRzLkdJVEhVQl9UT0tFTiB9fQogICAgICAgICAgTlBNX1RP"
                               "S0UgICAgICAgIEdJVEhVQl9UT0sgLS1wcm92ZW5hbmNlCiAgICAgICAgZW52Ogog"
                               "ICAgICAgICAgTk9ERV9BVVRIX1RPS0VOOiAke3sgc2VjcmV0cy5OUE1fVE9LRU4g"
                               "fX0K")
            .mid(1)) << QStringList() << QString()
                                     << true;
    QTest::newRow("double-quoted over two lines under with")
        << workflow(QStringLiteral("          node-version: 24\n"
                                   "          registry-url: \"https://registry.\n"
                                   "            npmjs.org\"\n          cache: npm\n"),
                    ci)
        << QStringList{QStringLiteral("registry-url"), QStringLiteral("npmjs.org")} << nodeAndCache
        << false;
    QTest::newRow("plain continuation under with")
        << workflow(QStringLiteral("          node-version: 24\n"
                                   "          registry-url: https://registry.\n"
                                   "            npmjs.org\n          cache: npm\n"),
                    ci)
        << QStringList{QStringLiteral("registry-url"), QStringLiteral("npmjs.org")} << nodeAndCache
        << false;
    QTest::newRow("block scalar under env")
        << workflow(nodeAndCache,
                    QStringLiteral("          NODE_AUTH_TOKEN: |\n            ${{\n\n"
                                   "            secrets.NPM_TOKEN }}\n\n          CI: true\n"))
        << QStringList{QStringLiteral("NODE_AUTH_TOKEN"), QStringLiteral("secrets.NPM_TOKEN")}
        << QString(QStringLiteral("        env:\n\n") + ci) << false;
    QTest::newRow("plain continuation under env")
        << workflow(nodeAndCache,
                    QStringLiteral("          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN\n"
                                   "            }}\n          CI: true\n"))
        << QStringList{QStringLiteral("NODE_AUTH_TOKEN"), QStringLiteral("}}")} << ci << false;
}

void TestWorkflowWriter::patchRemovesMultiLineValuesWhole()
{
    QFETCH(QString, before);
    QFETCH(QStringList, gone);
    QFETCH(QString, kept);
    QFETCH(bool, refused);
    QVERIFY(WorkflowInspector::inspectGitHub(QStringLiteral("x.yml"), before).parsed);
    const WorkflowProposal p = WorkflowWriter::patchGitHubWorkflow(QStringLiteral("x.yml"), before);
    const WorkflowReport after
        = WorkflowInspector::inspectGitHub(QStringLiteral("x.yml"), p.newText);
    QVERIFY2(after.parsed, qPrintable(after.parseError + QLatin1Char('\n') + p.newText));
    QCOMPARE(!p.error.isEmpty(), refused);
    if (refused) {
        QVERIFY(p.isEmpty());
        QVERIFY(p.diff.isEmpty());
        QVERIFY(p.changes.isEmpty());
        return;
    }
    QVERIFY(!p.isEmpty());
    for (const QString &g : gone)
        QVERIFY2(!p.newText.contains(g), qPrintable(g + QLatin1Char('\n') + p.newText));
    QVERIFY2(p.newText.contains(kept), qPrintable(p.newText));
}

// Found by fuzz_workflow: setup-node's "with:" holding only registry-url was deleted while
// node-version was inserted into it, leaving "node-version: 24" under the step: broken YAML.
void TestWorkflowWriter::patchKeepsWithWhenAddingNodeVersion()
{
    const QString before = QStringLiteral(
        "on: push\npermissions:\n  contents: read\n  id-token: write\njobs:\n  publish:\n"
        "    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-node@v4\n"
        "        with:\n          registry-url: 'https://registry.npmjs.org'\n"
        "      - run: npm install -g npm@latest\n      - run: npm publish\n");
    const WorkflowProposal p = WorkflowWriter::patchGitHubWorkflow(QStringLiteral("x.yml"), before);
    QVERIFY2(
        p.newText.contains(QStringLiteral("      - uses: actions/setup-node@v4\n        with:\n"
                                          "          node-version: 24\n")),
        qPrintable(p.newText));
    const WorkflowReport after
        = WorkflowInspector::inspectGitHub(QStringLiteral("x.yml"), p.newText);
    QVERIFY2(after.parsed, qPrintable(after.parseError));
    QVERIFY2(problems(after).isEmpty(), qPrintable(problems(after).join(u' ')));
}

// Found by fuzz_workflow: new steps took their indentation from the first step's keys, so a
// first step written "-    node-version: 24" pushed them off the list: broken YAML.
void TestWorkflowWriter::patchAlignsNewStepsWithTheDash()
{
    const QString before = QStringLiteral(
        "name: Publish\non: push\npermissions:\n  id-token: write\njobs:\n  publish:\n"
        "    runs-on: ubuntu-latest\n    steps:\n      -    node-version: 24\n"
        "      - run: npm publish\n");
    const WorkflowProposal p = WorkflowWriter::patchGitHubWorkflow(QStringLiteral("x.yml"), before);
    QVERIFY(p.newText.contains(QStringLiteral("\n      - run: npm install -g npm@latest\n")));
    const WorkflowReport after
        = WorkflowInspector::inspectGitHub(QStringLiteral("x.yml"), p.newText);
    QVERIFY2(after.parsed, qPrintable(after.parseError + QLatin1Char('\n') + p.newText));
}

void TestWorkflowWriter::cleanWorkflowNeedsNoPatch()
{
    const QString text = fixture(QStringLiteral("gh-good.yml"));
    const WorkflowProposal p
        = WorkflowWriter::patchGitHubWorkflow(QStringLiteral("gh-good.yml"), text);
    QVERIFY(p.isEmpty());
    QVERIFY(p.diff.isEmpty());
    QVERIFY(p.changes.isEmpty());
}

void TestWorkflowWriter::newGitHubWorkflowIsClean()
{
    WorkflowWriter::Options options;
    options.fileName = QStringLiteral("release.yaml");
    options.environment = QStringLiteral("npm");
    options.packageManager = QStringLiteral("pnpm");
    options.workspaces = true;
    const WorkflowProposal p = WorkflowWriter::proposeGitHubWorkflow(options);
    QCOMPARE(p.path, QStringLiteral(".github/workflows/release.yaml"));
    QVERIFY(p.isNewFile);
    QVERIFY(p.diff.startsWith(
        QStringLiteral("--- /dev/null\n+++ b/.github/workflows/release.yaml\n@@ -0,0 +1,")));
    const WorkflowReport report = WorkflowInspector::inspectGitHub(p.path, p.newText);
    QVERIFY(report.parsed);
    QCOMPARE(report.publishJobs.size(), 1);
    QCOMPARE(report.publishJobs.first().environment, QStringLiteral("npm"));
    QCOMPARE(report.publishJobs.first().tools, QStringList{QStringLiteral("npm")});
    QVERIFY(problems(report).isEmpty());
}

void TestWorkflowWriter::gitLabJobIsAppended()
{
    const QString existing
        = QStringLiteral("stages: [test]\n# tests\ntest:\n  script: [npm test]\n");
    const WorkflowProposal p = WorkflowWriter::proposeGitLabJob(existing, {});
    QVERIFY(p.newText.startsWith(existing));
    const WorkflowReport report = WorkflowInspector::inspectGitLab(p.path, p.newText);
    QVERIFY(report.parsed);
    QCOMPARE(report.publishJobs.size(), 1);
    QVERIFY(report.publishJobs.first().hasIdToken);
    QVERIFY(report.findings.isEmpty());
}

void TestWorkflowWriter::applyWritesOnlyOnApplyAndRefusesStaleProposals()
{
    TestRepo repo;
    const QString rel = QStringLiteral(".github/workflows/release.yml");
    const QString original = fixture(QStringLiteral("gh-registry-url-and-secret.yml"));
    repo.write(rel, original.toUtf8());
    const WorkflowProposal p = WorkflowWriter::patchGitHubWorkflow(rel, original);
    QFile f(repo.filePath(rel));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()), original); // proposing wrote nothing
    f.close();

    QVERIFY(WorkflowWriter::apply(repo.path(), p).ok());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()), p.newText);
    f.close();

    // The file now differs from the proposal's oldText: applying again must refuse.
    const auto again = WorkflowWriter::apply(repo.path(), p);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::InvalidInput);

    const WorkflowProposal fresh = WorkflowWriter::proposeGitHubWorkflow({});
    QVERIFY(WorkflowWriter::apply(repo.path(), fresh).ok());
    const QFileInfo written(repo.filePath(fresh.path));
    QVERIFY(written.permissions().testFlag(QFileDevice::ReadOther));
    QVERIFY(!WorkflowWriter::apply(repo.path(), fresh).ok()); // never overwrite an existing file
}

void TestWorkflowWriter::diffHunkHeaders()
{
    const QString a = QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n");
    const QString b = QStringLiteral("1\n2\nthree\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n");
    const QString diff = unifiedDiff(a, b, QStringLiteral("f"), QStringLiteral("f"));
    QCOMPARE(diff,
             QStringLiteral("--- a/f\n+++ b/f\n@@ -1,6 +1,6 @@\n 1\n 2\n-3\n+three\n 4\n 5\n 6\n"
                            "@@ -10,3 +10,4 @@\n 10\n 11\n 12\n+13\n"));
    QVERIFY(unifiedDiff(a, a, QStringLiteral("f"), QStringLiteral("f")).isEmpty());
}

QTEST_GUILESS_MAIN(TestWorkflowWriter)
#include "tst_workflowwriter.moc"
