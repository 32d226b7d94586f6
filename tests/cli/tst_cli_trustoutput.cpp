// SPDX-License-Identifier: GPL-3.0-or-later
// What `tokendesk-cli trust` prints, without a registry: the one-line description (dry runs), the
// list table (one row per configuration, or one saying there is none), and the --json shapes
// (the registry's own {id, type, claims, permissions}; one result object per package).
#include "cli/commands/TrustCommandOutput.h"

#include <QJsonArray>
#include <QTest>

using namespace td;
using namespace td::cli;

namespace {

TrustedPublisher github()
{
    TrustedPublisher c;
    c.id = QStringLiteral("id-gh");
    c.type = TrustProvider::GitHub;
    c.repository = QStringLiteral("acme/widgets");
    c.workflowFile = QStringLiteral("publish.yml");
    c.environment = QStringLiteral("npm");
    c.actions = TrustAction::Publish;
    return c;
}

TrustedPublisher gitlab()
{
    TrustedPublisher c;
    c.id = QStringLiteral("id-gl");
    c.type = TrustProvider::GitLab;
    c.projectPath = QStringLiteral("acme/sub/cli");
    c.ciConfigFile = QStringLiteral(".gitlab-ci.yml");
    c.actions = TrustAction::Publish | TrustAction::StagePublish;
    return c;
}

TrustedPublisher circleci()
{
    TrustedPublisher c;
    c.type = TrustProvider::CircleCi;
    c.orgId = QStringLiteral("org");
    c.projectId = QStringLiteral("project");
    c.pipelineDefinitionId = QStringLiteral("pipeline");
    c.vcsOrigin = QStringLiteral("github.com/acme/tools");
    c.actions = TrustAction::StagePublish;
    return c;
}

} // namespace

class TstCliTrustOutput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void describesEachProvider_data()
    {
        QTest::addColumn<TrustedPublisher>("config");
        QTest::addColumn<QString>("line");
        QTest::newRow("github") << github()
                                << QStringLiteral("github acme/widgets publish.yml env=npm publish "
                                                  "id=id-gh");
        QTest::newRow("gitlab") << gitlab()
                                << QStringLiteral("gitlab acme/sub/cli .gitlab-ci.yml "
                                                  "publish+stage-publish id=id-gl");
        QTest::newRow("circleci") << circleci()
                                  << QStringLiteral(
                                         "circleci github.com/acme/tools pipeline stage-publish");
    }
    void describesEachProvider()
    {
        QFETCH(TrustedPublisher, config);
        QFETCH(QString, line);
        QCOMPARE(describeTrust(config), line);
    }

    void listTableHasOneRowPerConfig()
    {
        const QList<TrustListing> listings{
            {QStringLiteral("@acme/widgets"), true, {github(), gitlab()}},
            {QStringLiteral("@acme/bare"), true, {}},
            {QStringLiteral("@acme/new"), false, {}}};
        const QList<QStringList> rows = trustListRows(listings);
        QCOMPARE(rows.size(), 5); // header, two configs, none, not on the registry
        QCOMPARE(rows[0].first(), QStringLiteral("PACKAGE"));
        QCOMPARE(rows[1],
                 (QStringList{QStringLiteral("@acme/widgets"), QStringLiteral("github"),
                              QStringLiteral("acme/widgets"), QStringLiteral("publish.yml"),
                              QStringLiteral("npm"), QStringLiteral("publish"),
                              QStringLiteral("id-gh")}));
        QCOMPARE(rows[2].value(4), QStringLiteral("-")); // no environment
        QCOMPARE(
            rows[3],
            (QStringList{QStringLiteral("@acme/bare"), QStringLiteral("no trusted publisher")}));
        QCOMPARE(rows[4],
                 (QStringList{QStringLiteral("@acme/new"), QStringLiteral("not on the registry")}));

        QString printed;
        QTextStream out(&printed);
        printTrustTable(out, rows.mid(0, 2));
        out.flush();
        const QStringList lines = printed.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        // Columns line up: every cell starts where its header starts.
        QCOMPARE(lines[1].indexOf(QLatin1String(" github ")) + 1,
                 lines[0].indexOf(QLatin1String("PROVIDER")));
        QCOMPARE(lines[1].indexOf(QLatin1String("publish.yml")),
                 lines[0].indexOf(QLatin1String("FILE")));
        QVERIFY(lines[1].endsWith(QLatin1String("id-gh"))); // the last column is not padded
    }

    void listJsonUsesTheRegistryShape()
    {
        const QJsonArray json = trustListJson({{QStringLiteral("@acme/widgets"), true, {github()}},
                                               {QStringLiteral("@acme/new"), false, {}}});
        QCOMPARE(json.size(), 2);
        const QJsonObject first = json[0].toObject();
        QCOMPARE(first.value(QLatin1String("package")).toString(), QStringLiteral("@acme/widgets"));
        const QJsonObject config
            = first.value(QLatin1String("configs")).toArray().first().toObject();
        QCOMPARE(config.value(QLatin1String("id")).toString(), QStringLiteral("id-gh"));
        QCOMPARE(config.value(QLatin1String("type")).toString(), QStringLiteral("github"));
        const QJsonObject claims = config.value(QLatin1String("claims")).toObject();
        QCOMPARE(claims.value(QLatin1String("repository")).toString(),
                 QStringLiteral("acme/widgets"));
        QCOMPARE(
            claims.value(QLatin1String("workflow_ref")).toObject().value(QLatin1String("file")),
            QJsonValue(QStringLiteral("publish.yml")));
        QCOMPARE(config.value(QLatin1String("permissions")).toArray(),
                 QJsonArray{QStringLiteral("createPackage")});
        QVERIFY(!json[1].toObject().value(QLatin1String("exists")).toBool(true));
        QVERIFY(json[1].toObject().value(QLatin1String("configs")).toArray().isEmpty());
    }

    void outcomesJsonSaysWhatHappenedToEachPackage()
    {
        TrustOutcome verified{QStringLiteral("@acme/a"),
                              TrustStage::Verified,
                              QStringLiteral("new-id"),
                              {},
                              std::nullopt,
                              1};
        TrustOutcome failed{QStringLiteral("@acme/b"),
                            TrustStage::Failed,
                            {},
                            {},
                            makeError(ErrorCode::E404, QStringLiteral("Not found.")),
                            0};
        const QList<TrustTarget> targets{{QStringLiteral("@acme/a"), github(), {}},
                                         {QStringLiteral("@acme/b"), gitlab(), {}}};
        const QJsonArray json = trustOutcomesJson(targets, {verified, failed});
        QCOMPARE(json.size(), 2);
        const QJsonObject a = json[0].toObject();
        QCOMPARE(a.value(QLatin1String("status")).toString(), QStringLiteral("verified"));
        QCOMPARE(a.value(QLatin1String("config")).toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("new-id")); // the id the registry gave, not the target's
        QCOMPARE(a.value(QLatin1String("rateLimitWaits")).toInt(), 1);
        QVERIFY(!a.contains(QLatin1String("error")));
        const QJsonObject b = json[1].toObject();
        QCOMPARE(b.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(b.value(QLatin1String("code")).toString(), QStringLiteral("E404"));
        QVERIFY(b.value(QLatin1String("error")).toString().startsWith(QLatin1String("Not found.")));
        QVERIFY(!b.value(QLatin1String("config")).toObject().contains(QLatin1String("id")));
    }
};

QTEST_GUILESS_MAIN(TstCliTrustOutput)
#include "tst_cli_trustoutput.moc"
