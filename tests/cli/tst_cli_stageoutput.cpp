// SPDX-License-Identifier: GPL-3.0-or-later
// The pure parts of tokendesk-cli stage: npm's package spec rule for `stage list`, npm's download
// file name (and refusing names that would leave the current folder), npm's list text.
#include "cli/commands/StageOutput.h"
#include "core/registry/json/StageDto.h"

#include <QTest>

using namespace td;
using namespace td::cli;

class TstCliStageOutput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listPackageSpec_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("name"); // "!" = refused
        QTest::newRow("scoped") << QStringLiteral("@acme/ui") << QStringLiteral("@acme/ui");
        QTest::newRow("unscoped") << QStringLiteral("left-pad") << QStringLiteral("left-pad");
        QTest::newRow("any version") << QStringLiteral("@acme/ui@*") << QStringLiteral("@acme/ui");
        QTest::newRow("a version") << QStringLiteral("@acme/ui@1.2.0") << QStringLiteral("!");
        QTest::newRow("a tag") << QStringLiteral("left-pad@next") << QStringLiteral("!");
    }
    void listPackageSpec()
    {
        QFETCH(QString, spec);
        QFETCH(QString, name);
        const std::optional<QString> got = stageListPackage(spec);
        QCOMPARE(got.value_or(QStringLiteral("!")), name);
    }

    void downloadFileName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("file"); // empty = refused
        const QString id = QStringLiteral("5e1a7c2b-4d3f-4a8e-9b6c-1d2e3f4a5b01");
        QTest::newRow("scoped") << QStringLiteral("@acme/ui") << QStringLiteral("1.3.0")
                                << QStringLiteral("acme-ui-1.3.0-") + id + QStringLiteral(".tgz");
        QTest::newRow("unscoped") << QStringLiteral("left-pad") << QStringLiteral("2.0.0")
                                  << QStringLiteral("left-pad-2.0.0-") + id
                + QStringLiteral(".tgz");
        QTest::newRow("name climbs out")
            << QStringLiteral("../../.bashrc") << QStringLiteral("1") << QString();
        QTest::newRow("version climbs out")
            << QStringLiteral("x") << QStringLiteral("1/../../y") << QString();
        QTest::newRow("no name") << QString() << QStringLiteral("1.0.0") << QString();
    }
    void downloadFileName()
    {
        QFETCH(QString, name);
        QFETCH(QString, version);
        QFETCH(QString, file);
        QCOMPARE(stageDownloadFileName(name, version,
                                       QStringLiteral("5e1a7c2b-4d3f-4a8e-9b6c-1d2e3f4a5b01")),
                 file);
    }

    void listTextFollowsNpm()
    {
        const QByteArray page
            = R"({"items":[{"id":"a","packageName":"p","version":"1.0.0","actor":"me"},)"
              R"({"id":"b","packageName":"q","version":"2.0.0","actorType":"user","actor":"me","tag":null}],"total":2})";
        const Result<json::StagePage> parsed = json::parseStagePage(page);
        QVERIFY(parsed.ok());
        QCOMPARE(stageListText(parsed.value().items, {}),
                 QStringLiteral("id: a\npackage name: p\nversion: 1.0.0\nstaged by: me\n\n"
                                "id: b\npackage name: q\nversion: 2.0.0\nstaged by: me (user)\n"));
        QCOMPARE(stageListText({}, {}), QStringLiteral("No staged packages found.\n"));
        QCOMPARE(stageListText({}, QStringLiteral("@a/b")),
                 QStringLiteral("No staged versions of package name \"@a/b\".\n"));
    }
};

QTEST_GUILESS_MAIN(TstCliStageOutput)
#include "tst_cli_stageoutput.moc"
