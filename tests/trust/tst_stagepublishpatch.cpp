// SPDX-License-Identifier: GPL-3.0-or-later
// WorkflowWriter::patchToStagePublish over the workflow fixtures: which lines change (each only
// by "stage " before "publish"), which lines become findings (release tools with no staged
// publish), that a second pass changes nothing, and that the file is only written on apply().
#include "TestPaths.h"
#include "core/trust/WorkflowInspector.h"
#include "core/trust/WorkflowWriter.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
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

} // namespace

class TestStagePublishPatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void patch_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QList<int>>("changedLines"); // 1-based
        QTest::addColumn<QStringList>("findings");    // "id@line"
        const QString unsupported = QStringLiteral("stage-publish-unsupported@%1");
        QTest::newRow("github, one step") << "gh-good.yml" << QList<int>{20} << QStringList{};
        QTest::newRow("github, every form of npm publish")
            << "gh-stage-mixed.yml" << QList<int>{21, 23, 24, 26} << QStringList{};
        QTest::newRow("gitlab script") << "gitlab-good.yml" << QList<int>{20} << QStringList{};
        QTest::newRow("gitlab with aliases")
            << "gitlab-default-id-tokens.yml" << QList<int>{12} << QStringList{};
        QTest::newRow("circleci, a context named npm-publish stays")
            << "circleci-good.yml" << QList<int>{12} << QStringList{};
        QTest::newRow("two jobs, one behind &&")
            << "gh-self-hosted.yml" << QList<int>{12, 19} << QStringList{};
        QTest::newRow("pnpm") << "gh-pnpm.yml" << QList<int>{} << QStringList{unsupported.arg(13)};
        QTest::newRow("yarn runs npm publish itself")
            << "gh-yarn.yml" << QList<int>{} << QStringList{unsupported.arg(13)};
        QTest::newRow("semantic-release")
            << "gh-semantic-release-24.yml" << QList<int>{} << QStringList{unsupported.arg(18)};
        QTest::newRow("changesets action")
            << "gh-changesets-old.yml" << QList<int>{} << QStringList{unsupported.arg(21)};
        QTest::newRow("npm run publish is a script, not a publish")
            << "gh-npm-run-publish.yml" << QList<int>{}
            << QStringList{QStringLiteral("stage-publish-unrecognised@10")};
        QTest::newRow("an echo about publishing")
            << "gh-not-publishing.yml" << QList<int>{} << QStringList{};
    }

    void patch()
    {
        QFETCH(QString, file);
        QFETCH(QList<int>, changedLines);
        QFETCH(QStringList, findings);
        const QString before = fixture(file);
        const WorkflowProposal p = WorkflowWriter::patchToStagePublish(file, before);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.oldText, before);
        const QStringList oldLines = before.split(QLatin1Char('\n'));
        const QStringList newLines = p.newText.split(QLatin1Char('\n'));
        QCOMPARE(newLines.size(), oldLines.size());
        QList<int> changed;
        for (int i = 0; i < oldLines.size(); ++i) {
            if (oldLines.at(i) == newLines.at(i))
                continue;
            changed << i + 1;
            // Only "stage " was put before "publish": flags, quotes and the rest stay.
            QVERIFY2(newLines.at(i).contains(u"npm stage publish")
                         || newLines.at(i).contains(QRegularExpression(
                             QStringLiteral(R"(npm( -\S+| -w \S+)* stage publish)"))),
                     qPrintable(newLines.at(i)));
            QCOMPARE(QString(newLines.at(i))
                         .replace(QStringLiteral("stage publish"), QStringLiteral("publish")),
                     oldLines.at(i));
        }
        QCOMPARE(changed, changedLines);
        QCOMPARE(p.isEmpty(), changedLines.isEmpty());
        QCOMPARE(p.diff.isEmpty(), changedLines.isEmpty());
        QCOMPARE(p.changes.isEmpty(), changedLines.isEmpty());
        QStringList got;
        for (const WorkflowFinding &f : p.findings) {
            got << f.id + QLatin1Char('@') + QString::number(f.line);
            QVERIFY(!f.message.isEmpty() && !f.fix.isEmpty());
        }
        QCOMPARE(got, findings);
        if (p.isEmpty())
            return;
        // Still a workflow the inspector reads, and a second pass finds nothing left to do.
        QVERIFY(file.startsWith(u"gh-") ? WorkflowInspector::inspectGitHub(file, p.newText).parsed
                                        : true);
        QVERIFY(WorkflowWriter::patchToStagePublish(file, p.newText).isEmpty());
        QVERIFY(p.diff.contains(QStringLiteral("\n+")));
    }

    // The proposal is only a proposal: the file changes on apply(), not before.
    void writtenOnlyOnApply()
    {
        QTemporaryDir repo;
        const QString path = QStringLiteral(".github/workflows/release.yml");
        QVERIFY(QDir(repo.path()).mkpath(QStringLiteral(".github/workflows")));
        const QString before = fixture(QStringLiteral("gh-good.yml"));
        {
            QFile f(repo.filePath(path));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(before.toUtf8());
        }
        const WorkflowProposal p = WorkflowWriter::patchToStagePublish(path, before);
        QVERIFY(!p.isEmpty());
        const auto read = [&] {
            QFile f(repo.filePath(path));
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        };
        QCOMPARE(read(), before);
        QVERIFY(WorkflowWriter::apply(repo.path(), p).ok());
        QCOMPARE(read(), p.newText);
        QVERIFY(read().contains(u"- run: npm stage publish --access public\n"));
    }
};

QTEST_GUILESS_MAIN(TestStagePublishPatch)
#include "tst_stagepublishpatch.moc"
