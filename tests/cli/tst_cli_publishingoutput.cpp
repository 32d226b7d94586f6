// SPDX-License-Identifier: GPL-3.0-or-later
// What `tokendesk-cli publishing` prints as the way out (issue 14), in-process: the trust command
// from the repository in its usual spellings (https, git+https, ssh, github:/gitlab: shorthands,
// owner/repo) and the workflow the token is used from, migrate --to stage-only for tokens in use,
// token revoke for unused ones, a stage-only token where no CI can use trusted publishing.
#include "cli/commands/PublishingOutput.h"

#include <QJsonArray>
#include <QTest>

using namespace td;
using namespace td::cli;

namespace {
PackagePublishPath atRisk(const QString &repository, const QStringList &usedIn,
                          const QStringList &ciFiles, WayOut out)
{
    PackagePublishPath path;
    path.package = QStringLiteral("@ship/app");
    path.repository = repository;
    path.verdict = PublishVerdict::AtRisk;
    path.wayOut = out;
    PublishWay way;
    way.route = PublishRoute::Bypass2faToken;
    way.tokenKey = QStringLiteral("key-1");
    way.usedIn = usedIn;
    way.ciFiles = ciFiles;
    path.ways.append(way);
    return path;
}
} // namespace

class TestCliPublishingOutput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wayOut_data()
    {
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QStringList>("usedIn");
        QTest::addColumn<QStringList>("ciFiles");
        QTest::addColumn<int>("wayOut");
        QTest::addColumn<QStringList>("commands");
        const QStringList used{QStringLiteral("~/.npmrc, line 1")};
        const QString migrate
            = QStringLiteral("tokendesk-cli migrate --to stage-only --apply --password-stdin");
        QTest::newRow("github https, workflow known")
            << QStringLiteral("git+https://github.com/ship/app.git") << used
            << QStringList{QStringLiteral(".github/workflows/release.yml")}
            << int(WayOut::TrustedPublishing)
            << QStringList{QStringLiteral("tokendesk-cli trust github @ship/app --repo ship/app "
                                          "--file release.yml --allow-stage-publish"),
                           migrate};
        QTest::newRow("github ssh, workflow unknown")
            << QStringLiteral("git@github.com:ship/app.git") << used << QStringList{}
            << int(WayOut::TrustedPublishing)
            << QStringList{QStringLiteral("tokendesk-cli trust github @ship/app --repo ship/app "
                                          "--file WORKFLOW.yml --allow-stage-publish"),
                           migrate};
        QTest::newRow("owner/repo shorthand")
            << QStringLiteral("ship/app") << used << QStringList{} << int(WayOut::TrustedPublishing)
            << QStringList{QStringLiteral("tokendesk-cli trust github @ship/app --repo ship/app "
                                          "--file WORKFLOW.yml --allow-stage-publish"),
                           migrate};
        QTest::newRow("gitlab shorthand")
            << QStringLiteral("gitlab:group/sub/app") << used << QStringList{}
            << int(WayOut::TrustedPublishing)
            << QStringList{QStringLiteral("tokendesk-cli trust gitlab @ship/app --project "
                                          "group/sub/app --file .gitlab-ci.yml "
                                          "--allow-stage-publish"),
                           migrate};
        QTest::newRow("unused token, no OIDC CI")
            << QStringLiteral("https://bitbucket.org/ship/app") << QStringList{} << QStringList{}
            << int(WayOut::StageOnlyToken)
            << QStringList{QStringLiteral("tokendesk-cli token revoke key-1")};
    }
    void wayOut()
    {
        QFETCH(QString, repository);
        QFETCH(QStringList, usedIn);
        QFETCH(QStringList, ciFiles);
        QFETCH(int, wayOut);
        QFETCH(QStringList, commands);
        QCOMPARE(wayOutCommands(atRisk(repository, usedIn, ciFiles, WayOut(wayOut))), commands);
    }

    void noPathGetsAStageOnlyToken()
    {
        PackagePublishPath path;
        path.package = QStringLiteral("@ship/app");
        path.verdict = PublishVerdict::NoPath;
        path.wayOut = WayOut::StageOnlyToken;
        QCOMPARE(wayOutCommands(path),
                 QStringList{QStringLiteral(
                     "tokendesk-cli token create --name ship-app-stage-only --packages @ship/app "
                     "--packages-and-scopes-permission read-write-stage-only --password-stdin")});
        path.verdict = PublishVerdict::Ready;
        path.wayOut = WayOut::None;
        QVERIFY(wayOutCommands(path).isEmpty());
    }

    void jsonCountsAtRisk()
    {
        const PackagePublishPath risky = atRisk({}, {}, {}, WayOut::StageOnlyToken);
        PackagePublishPath ready;
        ready.verdict = PublishVerdict::Ready;
        const QJsonObject json = publishingJson({risky, ready});
        QCOMPARE(json.value(QLatin1String("atRisk")).toInt(), 1);
        QCOMPARE(json.value(QLatin1String("packages")).toArray().size(), 2);
        QCOMPARE(json.value(QLatin1String("packages"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("verdict"))
                     .toString(),
                 QStringLiteral("at-risk"));
    }
};

QTEST_GUILESS_MAIN(TestCliPublishingOutput)
#include "tst_cli_publishingoutput.moc"
