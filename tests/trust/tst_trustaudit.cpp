// SPDX-License-Identifier: GPL-3.0-or-later
// TrustAudit: the weakest-link audit over every trust config of a package, one row per case and
// the findings it must give (kind and config id), no more and no fewer.
#include "core/trust/TrustAudit.h"

#include <QTest>

using namespace td;

namespace {

PackageInfo packageOf(const QString &repository)
{
    PackageInfo p;
    p.name = QStringLiteral("@acme/widgets");
    p.repository.present = !repository.isEmpty();
    p.repository.url = repository;
    return p;
}

// "github:acme/widgets:release.yml:env:stage" and the like: type, repository path, file,
// environment, actions ("stage", "publish", "both"), id.
TrustedPublisher config(const QString &spec)
{
    const QStringList f = spec.split(QLatin1Char('|'));
    TrustedPublisher c;
    c.id = f.value(5);
    c.environment = f.value(3);
    const QString actions = f.value(4);
    c.actions = actions == u"publish" ? TrustActions(TrustAction::Publish)
        : actions == u"both"          ? (TrustAction::Publish | TrustAction::StagePublish)
                                      : TrustActions(TrustAction::StagePublish);
    if (f.value(0) == u"gitlab") {
        c.type = TrustProvider::GitLab;
        c.projectPath = f.value(1);
        c.ciConfigFile = f.value(2);
    } else if (f.value(0) == u"circleci") {
        c.type = TrustProvider::CircleCi;
        c.vcsOrigin = f.value(1);
    } else {
        c.type = TrustProvider::GitHub;
        c.repository = f.value(1);
        c.workflowFile = f.value(2);
    }
    return c;
}

} // namespace

class TestTrustAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<QString>("repository"); // package.json `repository`
        QTest::addColumn<QStringList>("configs");
        QTest::addColumn<QString>("workflow");     // release.yml's publish command
        QTest::addColumn<QStringList>("expected"); // "kind@id", in order
        const QString repo = QStringLiteral("git+https://github.com/acme/widgets.git");
        const QString stage = QStringLiteral("npm stage publish");
        const QString direct = QStringLiteral("npm publish --access public");
        const auto row
            = [&](const char *name, const QString &repository, const QStringList &configs,
                  const QString &workflow, const QStringList &expected) {
                  QTest::newRow(name) << repository << configs << workflow << expected;
              };
        row("stage only, environment, file present: clean", repo,
            {QStringLiteral("github|acme/widgets|release.yml|npm|stage|a")}, stage, {});
        row("direct publish allowed", repo,
            {QStringLiteral("github|acme/widgets|release.yml|npm|both|a")}, stage,
            {QStringLiteral("direct-publish@a")});
        row("no environment", repo, {QStringLiteral("github|acme/widgets|release.yml||stage|a")},
            stage, {QStringLiteral("no-environment@a")});
        row("workflow file missing", repo,
            {QStringLiteral("github|acme/widgets|old.yml|npm|stage|a")}, stage,
            {QStringLiteral("workflow-missing@a")});
        row("other owner", repo, {QStringLiteral("github|evil/widgets|release.yml|npm|stage|a")},
            stage, {QStringLiteral("owner-differs@a")});
        row("owner differs in letter case only", repo,
            {QStringLiteral("github|Acme/widgets|release.yml|npm|stage|a")}, stage,
            {QStringLiteral("owner-differs@a")});
        row("same owner, other repository", repo,
            {QStringLiteral("github|acme/fork|release.yml|npm|stage|a")}, stage,
            {QStringLiteral("repository-differs@a")});
        // The weakest link: a clean config beside a bad one still reports the bad one.
        row("every config is audited", repo,
            {QStringLiteral("github|acme/widgets|release.yml|npm|stage|good"),
             QStringLiteral("github|acme/widgets|gone.yml||publish|bad")},
            stage,
            {QStringLiteral("direct-publish@bad"), QStringLiteral("no-environment@bad"),
             QStringLiteral("workflow-missing@bad")});
        row("gitlab project and CI file", QStringLiteral("https://gitlab.com/acme/sub/widgets"),
            {QStringLiteral("gitlab|acme/sub/widgets|.gitlab-ci.yml|prod|stage|g"),
             QStringLiteral("gitlab|other/widgets|.gitlab-ci.yml|prod|stage|h")},
            stage, {QStringLiteral("owner-differs@h")});
        row("circleci origin of another repository", repo,
            {QStringLiteral("circleci|github.com/acme/old||ctx|stage|c")}, stage,
            {QStringLiteral("repository-differs@c")});
        row("no repository field: files still checked", QString(),
            {QStringLiteral("github|acme/widgets|nope.yml|npm|stage|a")}, stage,
            {QStringLiteral("workflow-missing@a")});
        // Compared with the workflow the config names.
        row("stage-only config, the workflow publishes directly", repo,
            {QStringLiteral("github|acme/widgets|release.yml|npm|stage|a")}, direct,
            {QStringLiteral("action-not-allowed@a")});
        row("direct-only config, the workflow stages", repo,
            {QStringLiteral("github|acme/widgets|release.yml|npm|publish|a")}, stage,
            {QStringLiteral("direct-publish@a"), QStringLiteral("action-not-allowed@a")});
        row("both allowed, the workflow publishes directly", repo,
            {QStringLiteral("github|acme/widgets|release.yml|npm|both|a")}, direct,
            {QStringLiteral("direct-publish@a")});
        row("an environment no publish job runs in", repo,
            {QStringLiteral("github|acme/widgets|release.yml|production|stage|a")}, stage,
            {QStringLiteral("environment-not-used@a")});
        row("gitlab config, CI file stages", QStringLiteral("https://gitlab.com/acme/sub/widgets"),
            {QStringLiteral("gitlab|acme/sub/widgets|.gitlab-ci.yml|prod|publish|g")}, stage,
            {QStringLiteral("direct-publish@g"), QStringLiteral("action-not-allowed@g")});
    }

    void findings()
    {
        QFETCH(QString, repository);
        QFETCH(QStringList, configs);
        QFETCH(QString, workflow);
        QFETCH(QStringList, expected);
        QList<TrustedPublisher> list;
        for (const QString &spec : configs)
            list << config(spec);
        // release.yml: one publish job in the environment "npm" running `workflow`.
        const QHash<QString, QString> files{
            {QStringLiteral(".github/workflows/release.yml"),
             QStringLiteral("on: push\njobs:\n  publish:\n    runs-on: ubuntu-latest\n"
                            "    environment: npm\n    steps:\n      - run: ")
                 + workflow + QLatin1Char('\n')},
            {QStringLiteral(".gitlab-ci.yml"),
             QStringLiteral("publish:\n  script:\n    - npm stage publish\n")}};
        const QList<TrustAuditFinding> found = TrustAudit::audit(
            packageOf(repository), list, [&](const QString &path) -> std::optional<QString> {
                if (!files.contains(path))
                    return std::nullopt;
                return files.value(path);
            });
        QStringList got;
        for (const TrustAuditFinding &f : found) {
            got << TrustAudit::kindId(f.kind) + QLatin1Char('@') + f.configId;
            QVERIFY(!f.message.isEmpty());
            QCOMPARE(f.packageName, QStringLiteral("@acme/widgets"));
        }
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TestTrustAudit)
#include "tst_trustaudit.moc"
