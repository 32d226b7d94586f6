// SPDX-License-Identifier: GPL-3.0-or-later
// TrustAudit: the weakest-link audit over every trust config of a package, one row per case and
// the findings it must give (kind and config id), no more and no fewer.
#include "trust/TrustAudit.h"

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
        QTest::addColumn<QStringList>("expected"); // "kind@id", in order
        const QString repo = QStringLiteral("git+https://github.com/acme/widgets.git");
        QTest::newRow("stage only, environment, file present: clean")
            << repo << QStringList{QStringLiteral("github|acme/widgets|release.yml|npm|stage|a")}
            << QStringList{};
        QTest::newRow("direct publish allowed")
            << repo << QStringList{QStringLiteral("github|acme/widgets|release.yml|npm|both|a")}
            << QStringList{QStringLiteral("direct-publish@a")};
        QTest::newRow("no environment")
            << repo << QStringList{QStringLiteral("github|acme/widgets|release.yml||stage|a")}
            << QStringList{QStringLiteral("no-environment@a")};
        QTest::newRow("workflow file missing")
            << repo << QStringList{QStringLiteral("github|acme/widgets|old.yml|npm|stage|a")}
            << QStringList{QStringLiteral("workflow-missing@a")};
        QTest::newRow("other owner")
            << repo << QStringList{QStringLiteral("github|evil/widgets|release.yml|npm|stage|a")}
            << QStringList{QStringLiteral("owner-differs@a")};
        QTest::newRow("owner differs in letter case only")
            << repo << QStringList{QStringLiteral("github|Acme/widgets|release.yml|npm|stage|a")}
            << QStringList{QStringLiteral("owner-differs@a")};
        QTest::newRow("same owner, other repository")
            << repo << QStringList{QStringLiteral("github|acme/fork|release.yml|npm|stage|a")}
            << QStringList{QStringLiteral("repository-differs@a")};
        // The weakest link: a clean config beside a bad one still reports the bad one.
        QTest::newRow("every config is audited")
            << repo
            << QStringList{QStringLiteral("github|acme/widgets|release.yml|npm|stage|good"),
                           QStringLiteral("github|acme/widgets|gone.yml||publish|bad")}
            << QStringList{QStringLiteral("direct-publish@bad"),
                           QStringLiteral("no-environment@bad"),
                           QStringLiteral("workflow-missing@bad")};
        QTest::newRow("gitlab project and CI file")
            << QStringLiteral("https://gitlab.com/acme/sub/widgets")
            << QStringList{QStringLiteral("gitlab|acme/sub/widgets|.gitlab-ci.yml|prod|stage|g"),
                           QStringLiteral("gitlab|other/widgets|.gitlab-ci.yml|prod|stage|h")}
            << QStringList{QStringLiteral("owner-differs@h")};
        QTest::newRow("circleci origin of another repository")
            << repo << QStringList{QStringLiteral("circleci|github.com/acme/old||ctx|stage|c")}
            << QStringList{QStringLiteral("repository-differs@c")};
        QTest::newRow("no repository field: files still checked")
            << QString() << QStringList{QStringLiteral("github|acme/widgets|nope.yml|npm|stage|a")}
            << QStringList{QStringLiteral("workflow-missing@a")};
    }

    void findings()
    {
        QFETCH(QString, repository);
        QFETCH(QStringList, configs);
        QFETCH(QStringList, expected);
        QList<TrustedPublisher> list;
        for (const QString &spec : configs)
            list << config(spec);
        const QStringList present{QStringLiteral(".github/workflows/release.yml"),
                                  QStringLiteral(".gitlab-ci.yml")};
        const QList<TrustAuditFinding> found
            = TrustAudit::audit(packageOf(repository), list,
                                [&](const QString &path) { return present.contains(path); });
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
