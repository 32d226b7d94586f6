// SPDX-License-Identifier: GPL-3.0-or-later
// PublishingModel + PublishingSortProxy: checked by QAbstractItemModelTester, one row per
// package with its path, verdict, reason and way out in roles from Qt::UserRole, sorted on raw
// values (verdict severity, then name) and filtered by text.
#include "DemoPublishPaths.h"
#include "desktop/publishing/PublishingModel.h"
#include "desktop/publishing/PublishingSortProxy.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace td;
using namespace Qt::Literals::StringLiterals;

class TestPublishingModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passesModelTester()
    {
        PublishingModel model;
        PublishingSortProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPaths(test::demoPublishPaths());
        proxy.sort(PublishingModel::VerdictColumn);
        proxy.setFilterFixedString(u"acme"_s);
        proxy.setFilterFixedString({});
        model.setPaths({});
    }

    void rolesStartAtUserRole()
    {
        QCOMPARE(int(PublishingModel::RawValueRole), int(Qt::UserRole));
        QVERIFY(PublishingModel().roleNames().contains(PublishingModel::VerdictRole));
    }

    void rows_data()
    {
        QTest::addColumn<QString>("package");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("verdictText");
        QTest::addColumn<int>("wayOut");
        QTest::addColumn<QString>("wayOutLabel");
        QTest::addColumn<QString>("detailsContain");
        QTest::newRow("bypass token in Jenkins")
            << u"@maintainer/tool"_s << u"token bypassing 2FA"_s << int(PublishVerdict::AtRisk)
            << u"at risk in January 2027"_s << int(WayOut::StageOnlyToken)
            << u"Replace with a &stage-only token…"_s << u"Jenkinsfile (NPM_TOKEN)"_s;
        QTest::newRow("direct token in .npmrc and workflow")
            << u"left-pad"_s << u"read and write token"_s << int(PublishVerdict::AtRisk)
            << u"at risk in January 2027"_s << int(WayOut::TrustedPublishing)
            << u"Set up &trusted publishing…"_s << u"~/.npmrc, .github/workflows/release.yml"_s;
        QTest::newRow("OIDC stage only")
            << u"@acme/widgets"_s << u"trusted publishing (stage only)"_s
            << int(PublishVerdict::Ready) << u"ready"_s << int(WayOut::None) << QString()
            << u"staged, then approved"_s;
        QTest::newRow("OIDC direct")
            << u"@acme/ui"_s << u"trusted publishing (direct)"_s << int(PublishVerdict::Ready)
            << u"ready"_s << int(WayOut::None) << QString() << u"with provenance"_s;
        QTest::newRow("stage-only token")
            << u"@acme/icons"_s << u"stage-only token"_s << int(PublishVerdict::Ready) << u"ready"_s
            << int(WayOut::None) << QString() << u"CI secret NPM_TOKEN"_s;
        QTest::newRow("no path") << u"@maintainer/abandoned"_s << u"none"_s
                                 << int(PublishVerdict::NoPath) << u"no publish path"_s
                                 << int(WayOut::TrustedPublishing)
                                 << u"Set up &trusted publishing…"_s << u"never published"_s;
        QTest::newRow("unknown") << u"@acme/private"_s << u"not known"_s
                                 << int(PublishVerdict::Unknown) << u"unknown"_s
                                 << int(WayOut::None) << QString() << u"npm has no API to read"_s;
    }

    void rows()
    {
        QFETCH(QString, package);
        QFETCH(QString, path);
        QFETCH(int, verdict);
        QFETCH(QString, verdictText);
        QFETCH(int, wayOut);
        QFETCH(QString, wayOutLabel);
        QFETCH(QString, detailsContain);
        PublishingModel model;
        model.setPaths(test::demoPublishPaths());
        QCOMPARE(model.rowCount(), 7);
        const int row = model.rowOf(u"registry.npmjs.org:maintainer"_s, package);
        QVERIFY(row >= 0);
        auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(PublishingModel::PackageColumn).toString(), package);
        QCOMPARE(cell(PublishingModel::PathColumn).toString(), path);
        QCOMPARE(cell(PublishingModel::VerdictColumn).toString(), verdictText);
        QCOMPARE(cell(PublishingModel::ReasonColumn).toString(), model.pathAt(row).reason);
        QVERIFY(!cell(PublishingModel::ReasonColumn).toString().isEmpty());
        for (int column = 0; column < PublishingModel::ColumnCount; ++column) {
            QCOMPARE(cell(column, PublishingModel::VerdictRole).toInt(), verdict);
            QCOMPARE(cell(column, PublishingModel::WayOutRole).toInt(), wayOut);
            QCOMPARE(cell(column, PublishingModel::WayOutLabelRole).toString(), wayOutLabel);
            QCOMPARE(cell(column, PublishingModel::PackageRole).toString(), package);
        }
        QCOMPARE(cell(PublishingModel::VerdictColumn, PublishingModel::RawValueRole).toInt(),
                 PublishingModel::severityRank(PublishVerdict(verdict)));
        const QString details = cell(0, PublishingModel::DetailsRole).toString();
        QVERIFY2(details.contains(detailsContain), qPrintable(details));
        QVERIFY(details.contains(u"Last release:"_s));
    }

    void sortsBySeverityThenName()
    {
        PublishingModel model;
        model.setPaths(test::demoPublishPaths());
        PublishingSortProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(PublishingModel::VerdictColumn, Qt::AscendingOrder);
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order << proxy.index(row, 0).data(PublishingModel::PackageRole).toString();
        // Text order would put "at risk…" after "no publish path" only by accident and "ready"
        // before "unknown"; the severity rank must not.
        QCOMPARE(
            order,
            (QStringList{u"@maintainer/tool"_s, u"left-pad"_s, u"@maintainer/abandoned"_s,
                         u"@acme/private"_s, u"@acme/icons"_s, u"@acme/ui"_s, u"@acme/widgets"_s}));
    }

    void filtersOnPackagePathVerdictAndReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rows");
        QTest::newRow("package") << u"LEFT-pad"_s << 1;
        QTest::newRow("verdict") << u"at risk"_s << 2;
        QTest::newRow("path") << u"trusted publishing"_s << 2;
        QTest::newRow("reason") << u"jenkins"_s << 1;
        QTest::newRow("nothing") << u"zzz"_s << 0;
    }

    void filtersOnPackagePathVerdictAndReason()
    {
        QFETCH(QString, text);
        QFETCH(int, rows);
        PublishingModel model;
        model.setPaths(test::demoPublishPaths());
        PublishingSortProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterFixedString(text);
        QCOMPARE(proxy.rowCount(), rows);
    }

    void countsVerdicts()
    {
        PublishingModel model;
        model.setPaths(test::demoPublishPaths());
        QCOMPARE(model.count(PublishVerdict::AtRisk), 2);
        QCOMPARE(model.count(PublishVerdict::Ready), 3);
        QCOMPARE(model.count(PublishVerdict::NoPath), 1);
        QCOMPARE(model.count(PublishVerdict::Unknown), 1);
    }
};

QTEST_GUILESS_MAIN(TestPublishingModel)
#include "tst_publishingmodel.moc"
