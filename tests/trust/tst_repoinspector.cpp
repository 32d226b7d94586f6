// SPDX-License-Identifier: GPL-3.0-or-later
// Every repository here is created by the test in a temporary folder: the corpus covers a single
// package, npm / yarn / pnpm workspaces, a monorepo with `directory`, GitLab subgroups and ssh
// remotes.
#include "TestRepo.h"
#include "core/trust/RepoInspector.h"

#include <QTest>

using namespace td;

namespace {

QStringList dirsOf(const QList<PackageInfo> &packages)
{
    QStringList out;
    for (const PackageInfo &p : packages)
        out << p.relativeDir;
    return out;
}

QStringList namesOf(const QList<PackageInfo> &packages)
{
    QStringList out;
    for (const PackageInfo &p : packages)
        out << p.name;
    return out;
}

QByteArray manifest(const QByteArray &name, const QByteArray &extra = {})
{
    QByteArray out = "{\n  \"name\": \"" + name + "\",\n  \"version\": \"1.0.0\"";
    if (!extra.isEmpty())
        out += ",\n  " + extra;
    return out + "\n}\n";
}

} // namespace

class TestRepoInspector : public QObject
{
    Q_OBJECT
private slots:
    void singlePackageWithSshRemote();
    void npmWorkspacesArrayWithExclusion();
    void yarnWorkspacesObjectWithDoubleStar();
    void pnpmWorkspaceYaml();
    void monorepoRepositoryDirectory();
    void gitlabSubgroupRemote();
    void primaryRemotePrefersOrigin();
    void worktreeGitFileIsFollowed();
    void malformedManifestIsAWarningNotAFailure();
    void folderWithoutPackageJson();
    void missingFolderIsNotFound();
};

void TestRepoInspector::singlePackageWithSshRemote()
{
    TestRepo repo;
    repo.write(QStringLiteral("package.json"),
               manifest("@acme/widgets",
                        "\"repository\": {\"type\": \"git\", \"url\": "
                        "\"git+https://github.com/acme/widgets.git\"},\n"
                        "  \"publishConfig\": {\"access\": \"public\", \"provenance\": true}"));
    repo.writeGitConfig("[remote \"origin\"]\n\turl = git@github.com:acme/widgets.git\n");
    repo.write(QStringLiteral(".github/workflows/release.yml"), "on: push\n");
    repo.write(QStringLiteral(".github/workflows/ci.yaml"), "on: push\n");
    repo.write(QStringLiteral(".github/workflows/notes.md"), "not a workflow\n");

    const auto facts = RepoInspector::inspect(repo.path());
    QVERIFY(facts.ok());
    const RepoFacts &f = facts.value();
    QVERIFY(f.hasRootPackage);
    QCOMPARE(f.workspaceKind, WorkspaceKind::None);
    QCOMPARE(f.packageManager, QStringLiteral("npm"));
    const QList<PackageInfo> publishable = f.publishablePackages();
    QCOMPARE(publishable.size(), 1);
    const PackageInfo &p = publishable.first();
    QCOMPARE(p.name, QStringLiteral("@acme/widgets"));
    QCOMPARE(p.version, QStringLiteral("1.0.0"));
    QVERIFY(!p.isPrivate);
    QVERIFY(p.repository.present);
    QVERIFY(!p.repository.isShorthandString);
    QCOMPARE(p.repository.location()->path(), QStringLiteral("acme/widgets"));
    QCOMPARE(p.publishConfig.value(QLatin1String("access")).toString(), QStringLiteral("public"));
    QCOMPARE(f.remotes.size(), 1);
    QCOMPARE(f.remotes.first().provider, GitProvider::GitHub);
    QCOMPARE(f.remotes.first().path(), QStringLiteral("acme/widgets"));
    QCOMPARE(f.ciFiles,
             QStringList({QStringLiteral(".github/workflows/ci.yaml"),
                          QStringLiteral(".github/workflows/release.yml")}));
}

void TestRepoInspector::npmWorkspacesArrayWithExclusion()
{
    TestRepo repo;
    repo.write(
        QStringLiteral("package.json"),
        manifest("root",
                 "\"private\": true,\n  \"workspaces\": [\"packages/*\", \"!packages/internal\"]"));
    repo.write(QStringLiteral("packages/a/package.json"),
               manifest("@acme/a", "\"repository\": \"github:acme/mono\""));
    repo.write(QStringLiteral("packages/b/package.json"), manifest("@acme/b", "\"private\": true"));
    repo.write(QStringLiteral("packages/internal/package.json"), manifest("@acme/internal"));
    repo.write(QStringLiteral("packages/docs/README.md"), "no manifest here\n");
    repo.write(QStringLiteral("packages/node_modules/dep/package.json"), manifest("dep"));
    repo.write(QStringLiteral("package-lock.json"), "{}");

    const auto facts = RepoInspector::inspect(repo.path());
    QVERIFY(facts.ok());
    QCOMPARE(facts.value().workspaceKind, WorkspaceKind::PackageJson);
    QCOMPARE(dirsOf(facts.value().workspacePackages),
             QStringList({QStringLiteral("packages/a"), QStringLiteral("packages/b")}));
    // The private root and the private package are not publishable.
    QCOMPARE(namesOf(facts.value().publishablePackages()),
             QStringList({QStringLiteral("@acme/a")}));
    const PackageInfo a = facts.value().workspacePackages.first();
    QVERIFY(a.repository.isShorthandString);
    QCOMPARE(a.repository.location()->httpsUrl(), QStringLiteral("https://github.com/acme/mono"));
}

void TestRepoInspector::yarnWorkspacesObjectWithDoubleStar()
{
    TestRepo repo;
    repo.write(QStringLiteral("package.json"),
               manifest("root",
                        "\"private\": true,\n  \"workspaces\": {\"packages\": [\"libs/**\"], "
                        "\"nohoist\": [\"**/x\"]}"));
    repo.write(QStringLiteral("libs/a/package.json"), manifest("a"));
    repo.write(QStringLiteral("libs/group/b/package.json"), manifest("b"));
    repo.write(QStringLiteral("yarn.lock"), "# yarn lockfile v1\n");

    const auto facts = RepoInspector::inspect(repo.path());
    QVERIFY(facts.ok());
    QCOMPARE(facts.value().workspaceKind, WorkspaceKind::PackageJson);
    QCOMPARE(facts.value().packageManager, QStringLiteral("yarn"));
    QCOMPARE(dirsOf(facts.value().workspacePackages),
             QStringList({QStringLiteral("libs/a"), QStringLiteral("libs/group/b")}));
}

void TestRepoInspector::pnpmWorkspaceYaml()
{
    TestRepo repo;
    repo.write(QStringLiteral("package.json"), manifest("root", "\"private\": true"));
    repo.write(QStringLiteral("pnpm-workspace.yaml"),
               "# monorepo layout\npackages:\n  - 'packages/*'\n  - \"tools/cli\"   # the CLI\n"
               "  - '!**/fixtures/**'\ncatalog:\n  react: ^18\n");
    repo.write(QStringLiteral("packages/core/package.json"), manifest("@acme/core"));
    repo.write(QStringLiteral("packages/ui/package.json"), manifest("@acme/ui"));
    repo.write(QStringLiteral("packages/core/fixtures/demo/package.json"), manifest("demo"));
    repo.write(QStringLiteral("tools/cli/package.json"), manifest("acme-cli"));

    const auto facts = RepoInspector::inspect(repo.path());
    QVERIFY(facts.ok());
    QCOMPARE(facts.value().workspaceKind, WorkspaceKind::Pnpm);
    QCOMPARE(facts.value().packageManager, QStringLiteral("pnpm"));
    QCOMPARE(facts.value().workspacePatterns.size(), 3);
    QCOMPARE(dirsOf(facts.value().workspacePackages),
             QStringList({QStringLiteral("packages/core"), QStringLiteral("packages/ui"),
                          QStringLiteral("tools/cli")}));
}

void TestRepoInspector::monorepoRepositoryDirectory()
{
    TestRepo repo;
    repo.write(QStringLiteral("package.json"),
               manifest("root", "\"private\": true, \"workspaces\": [\"packages/core\"]"));
    repo.write(
        QStringLiteral("packages/core/package.json"),
        manifest(
            "@acme/core",
            "\"repository\": {\"type\": \"git\", \"url\": \"https://github.com/acme/mono.git\", "
            "\"directory\": \"packages/core\"}"));
    const auto facts = RepoInspector::inspect(repo.path());
    QVERIFY(facts.ok());
    QCOMPARE(facts.value().workspacePackages.size(), 1);
    const RepositoryField &field = facts.value().workspacePackages.first().repository;
    QCOMPARE(field.directory, QStringLiteral("packages/core"));
    QCOMPARE(field.location()->path(), QStringLiteral("acme/mono"));
}

void TestRepoInspector::gitlabSubgroupRemote()
{
    TestRepo repo;
    repo.write(QStringLiteral("package.json"),
               manifest("@acme/ui", "\"repository\": \"gitlab:acme/web/ui\""));
    repo.writeGitConfig("[remote \"origin\"]\n\turl = https://gitlab.com/acme/web/ui.git\n");
    repo.write(QStringLiteral(".gitlab-ci.yml"), "stages: [publish]\n");

    const auto facts = RepoInspector::inspect(repo.path());
    QVERIFY(facts.ok());
    const auto remote = facts.value().primaryRemote();
    QVERIFY(remote.has_value());
    QCOMPARE(remote->provider, GitProvider::GitLab);
    QCOMPARE(remote->owner, QStringLiteral("acme/web"));
    QCOMPARE(remote->repo, QStringLiteral("ui"));
    QCOMPARE(facts.value().ciFiles, QStringList({QStringLiteral(".gitlab-ci.yml")}));
    QCOMPARE(facts.value().rootPackage.repository.location()->path(),
             QStringLiteral("acme/web/ui"));
}

void TestRepoInspector::primaryRemotePrefersOrigin()
{
    TestRepo repo;
    repo.write(QStringLiteral("package.json"), manifest("widgets"));
    repo.writeGitConfig(
        "[remote \"upstream\"]\n\turl = ssh://git@github.com/upstream-org/widgets.git\n"
        "[remote \"origin\"]\n\turl = git@github.com:me/widgets\n");
    repo.write(QStringLiteral(".circleci/config.yml"), "version: 2.1\n");
    const auto facts = RepoInspector::inspect(repo.path());
    QVERIFY(facts.ok());
    QCOMPARE(facts.value().remotes.size(), 2);
    QCOMPARE(facts.value().primaryRemote()->path(), QStringLiteral("me/widgets"));
    QCOMPARE(facts.value().ciFiles, QStringList({QStringLiteral(".circleci/config.yml")}));
}

void TestRepoInspector::worktreeGitFileIsFollowed()
{
    TestRepo repo;
    repo.write(QStringLiteral("main/.git/config"),
               "[remote \"origin\"]\n\turl = https://github.com/acme/w.git\n");
    repo.write(QStringLiteral("main/.git/worktrees/wt/commondir"), "../..\n");
    repo.write(QStringLiteral("wt/.git"), "gitdir: ../main/.git/worktrees/wt\n");
    repo.write(QStringLiteral("wt/package.json"), manifest("w"));
    const auto facts = RepoInspector::inspect(repo.filePath(QStringLiteral("wt")));
    QVERIFY(facts.ok());
    QCOMPARE(facts.value().remotes.size(), 1);
    QCOMPARE(facts.value().remotes.first().path(), QStringLiteral("acme/w"));
}

void TestRepoInspector::malformedManifestIsAWarningNotAFailure()
{
    TestRepo repo;
    repo.write(QStringLiteral("package.json"),
               manifest("root", "\"private\": true, \"workspaces\": [\"packages/*\"]"));
    repo.write(QStringLiteral("packages/good/package.json"), manifest("good"));
    repo.write(QStringLiteral("packages/bad/package.json"), "{ \"name\": \"bad\", ");
    const auto facts = RepoInspector::inspect(repo.path());
    QVERIFY(facts.ok());
    QCOMPARE(namesOf(facts.value().workspacePackages), QStringList({QStringLiteral("good")}));
    QCOMPARE(facts.value().warnings.size(), 1);
    QVERIFY(facts.value().warnings.first().contains(QStringLiteral("bad")));
}

void TestRepoInspector::folderWithoutPackageJson()
{
    TestRepo repo;
    const auto facts = RepoInspector::inspect(repo.path());
    QVERIFY(facts.ok());
    QVERIFY(!facts.value().hasRootPackage);
    QVERIFY(facts.value().publishablePackages().isEmpty());
    QVERIFY(facts.value().remotes.isEmpty());
}

void TestRepoInspector::missingFolderIsNotFound()
{
    TestRepo repo;
    const auto facts = RepoInspector::inspect(repo.filePath(QStringLiteral("nope")));
    QVERIFY(!facts.ok());
    QCOMPARE(facts.error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestRepoInspector)
#include "tst_repoinspector.moc"
