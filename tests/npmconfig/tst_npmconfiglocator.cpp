// SPDX-License-Identifier: GPL-3.0-or-later
// NpmConfigLocator and ProjectFileWalker: npm's config files found from an injected environment
// and home, never the real ones.
#include "core/npmconfig/NpmConfigLocator.h"
#include "core/npmconfig/ProjectFileWalker.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

namespace {
void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}
} // namespace

class TestNpmConfigLocator : public QObject
{
    Q_OBJECT
private slots:
    void userConfig_data()
    {
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<QString>("cli");
        QTest::addColumn<QString>("expected"); // relative to the fake home
        QTest::addColumn<QString>("origin");
        QTest::newRow("default") << QStringList{} << QString() << QStringLiteral(".npmrc")
                                 << QStringLiteral("~/.npmrc");
        QTest::newRow("upper case env")
            << QStringList{QStringLiteral("NPM_CONFIG_USERCONFIG=~/cfg/u.npmrc")} << QString()
            << QStringLiteral("cfg/u.npmrc") << QStringLiteral("NPM_CONFIG_USERCONFIG");
        QTest::newRow("lower case env")
            << QStringList{QStringLiteral("npm_config_userconfig=~/lower")} << QString()
            << QStringLiteral("lower") << QStringLiteral("NPM_CONFIG_USERCONFIG");
        QTest::newRow("empty env is ignored")
            << QStringList{QStringLiteral("NPM_CONFIG_USERCONFIG=")} << QString()
            << QStringLiteral(".npmrc") << QStringLiteral("~/.npmrc");
        QTest::newRow("env reference")
            << QStringList{QStringLiteral("npm_config_userconfig=${CFG}/x"),
                           QStringLiteral("CFG=~/from-var")}
            << QString() << QStringLiteral("from-var/x") << QStringLiteral("NPM_CONFIG_USERCONFIG");
        QTest::newRow("cli wins") << QStringList{QStringLiteral("NPM_CONFIG_USERCONFIG=~/env")}
                                  << QStringLiteral("~/cli") << QStringLiteral("cli")
                                  << QStringLiteral("--userconfig");
    }
    void userConfig()
    {
        QFETCH(QStringList, env);
        QFETCH(QString, cli);
        QFETCH(QString, expected);
        QFETCH(QString, origin);
        QTemporaryDir home;
        QProcessEnvironment environment;
        for (const QString &pair : env)
            environment.insert(pair.section(QLatin1Char('='), 0, 0),
                               pair.section(QLatin1Char('='), 1));
        NpmConfigLocator locator(environment, home.path());
        if (!cli.isEmpty())
            locator.setCliUserConfig(cli);
        QCOMPARE(locator.userConfig().path, home.filePath(expected));
        QCOMPARE(locator.userConfig().origin, origin);
        QCOMPARE(locator.userConfig().scope, NpmConfigFile::Scope::User);
    }

    void globalConfigFollowsNpmsPrecedence()
    {
        QTemporaryDir home;
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), home.filePath(QStringLiteral("nodeprefix/bin")));
        writeFile(home.filePath(QStringLiteral("nodeprefix/bin/node")), "#!/bin/sh\n");
        QFile::setPermissions(home.filePath(QStringLiteral("nodeprefix/bin/node")),
                              QFile::ReadOwner | QFile::ExeOwner);

        NpmConfigLocator fromNode(env, home.path());
        QCOMPARE(fromNode.globalConfig().path,
                 home.filePath(QStringLiteral("nodeprefix/etc/npmrc")));

        env.insert(QStringLiteral("DESTDIR"), home.filePath(QStringLiteral("dest")));
        QCOMPARE(NpmConfigLocator(env, home.path()).globalPrefix(),
                 QDir::cleanPath(home.filePath(QStringLiteral("dest"))
                                 + home.filePath(QStringLiteral("nodeprefix"))));
        env.remove(QStringLiteral("DESTDIR"));

        env.insert(QStringLiteral("PREFIX"), home.filePath(QStringLiteral("pfx")));
        QCOMPARE(NpmConfigLocator(env, home.path()).globalConfig().path,
                 home.filePath(QStringLiteral("pfx/etc/npmrc")));

        writeFile(home.filePath(QStringLiteral(".npmrc")), "prefix=~/userprefix\n");
        QCOMPARE(NpmConfigLocator(env, home.path()).globalConfig().path,
                 home.filePath(QStringLiteral("userprefix/etc/npmrc")));

        env.insert(QStringLiteral("npm_config_prefix"), home.filePath(QStringLiteral("envprefix")));
        QCOMPARE(NpmConfigLocator(env, home.path()).globalConfig().path,
                 home.filePath(QStringLiteral("envprefix/etc/npmrc")));

        writeFile(home.filePath(QStringLiteral(".npmrc")), "globalconfig=~/g.npmrc\n");
        QCOMPARE(NpmConfigLocator(env, home.path()).globalConfig().path,
                 home.filePath(QStringLiteral("g.npmrc")));

        env.insert(QStringLiteral("NPM_CONFIG_GLOBALCONFIG"),
                   home.filePath(QStringLiteral("envglobal")));
        const NpmConfigFile global = NpmConfigLocator(env, home.path()).globalConfig();
        QCOMPARE(global.path, home.filePath(QStringLiteral("envglobal")));
        QCOMPARE(global.origin, QStringLiteral("NPM_CONFIG_GLOBALCONFIG"));
    }

    void machineConfigsListsExistingFilesInOrder()
    {
        QTemporaryDir home;
        QProcessEnvironment env;
        env.insert(QStringLiteral("PREFIX"), home.filePath(QStringLiteral("pfx")));
        NpmConfigLocator locator(env, home.path());
        QVERIFY(locator.machineConfigs().isEmpty());
        writeFile(home.filePath(QStringLiteral("pfx/etc/npmrc")), "a=1\n");
        writeFile(home.filePath(QStringLiteral(".npmrc")), "b=2\n");
        const QList<NpmConfigFile> files = locator.machineConfigs();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).scope, NpmConfigFile::Scope::User);
        QCOMPARE(files.at(1).scope, NpmConfigFile::Scope::Global);
    }

    void defaultRegistry()
    {
        QTemporaryDir home;
        QProcessEnvironment env;
        NpmConfigLocator locator(env, home.path());
        QCOMPARE(locator.defaultRegistry(), QStringLiteral("https://registry.npmjs.org/"));
        writeFile(home.filePath(QStringLiteral(".npmrc")), "registry=http://127.0.0.1:4873/\n");
        QCOMPARE(locator.defaultRegistry(), QStringLiteral("http://127.0.0.1:4873/"));
        env.insert(QStringLiteral("NPM_CONFIG_REGISTRY"), QStringLiteral("https://env.example/"));
        QCOMPARE(NpmConfigLocator(env, home.path()).defaultRegistry(),
                 QStringLiteral("https://env.example/"));
    }

    void walkerSkipsNodeModulesGitAndSymlinks()
    {
        QTemporaryDir root;
        const QString r = root.path();
        writeFile(r + QStringLiteral("/app/.npmrc"), "a=1\n");
        writeFile(r + QStringLiteral("/app/packages/lib/.npmrc"), "a=1\n");
        writeFile(r + QStringLiteral("/app/node_modules/dep/.npmrc"), "a=1\n");
        writeFile(r + QStringLiteral("/app/.git/.npmrc"), "a=1\n");
        writeFile(r + QStringLiteral("/app/.yarnrc.yml"), "npmAuthToken: x\n");
        writeFile(r + QStringLiteral("/app/.github/workflows/publish.yml"), "on: push\n");
        writeFile(r + QStringLiteral("/app/.github/workflows/notes.txt"), "x\n");
        writeFile(r + QStringLiteral("/app/.gitlab-ci.yml"), "x: 1\n");
        writeFile(r + QStringLiteral("/outside/.npmrc"), "a=1\n");
        QVERIFY(QFile::link(r + QStringLiteral("/outside"), r + QStringLiteral("/app/link")));
        QVERIFY(QFile::link(r + QStringLiteral("/app"), r + QStringLiteral("/app/packages/loop")));

        const ProjectFiles files = ProjectFileWalker().walk({r + QStringLiteral("/app")});
        QCOMPARE(files.npmrcFiles,
                 (QStringList{r + QStringLiteral("/app/.npmrc"),
                              r + QStringLiteral("/app/packages/lib/.npmrc")}));
        QCOMPARE(files.yarnrcFiles, QStringList{r + QStringLiteral("/app/.yarnrc.yml")});
        QCOMPARE(files.workflowFiles,
                 (QStringList{r + QStringLiteral("/app/.github/workflows/publish.yml"),
                              r + QStringLiteral("/app/.gitlab-ci.yml")}));
        QVERIFY(!files.truncated);
    }

    void walkerStopsAtTheFolderLimit()
    {
        QTemporaryDir root;
        for (int i = 0; i < 10; ++i)
            QVERIFY(QDir(root.path()).mkpath(QStringLiteral("d%1/e").arg(i)));
        ProjectFileWalker walker;
        walker.setMaxFolders(5);
        const ProjectFiles files = walker.walk({root.path()});
        QVERIFY(files.truncated);
        QCOMPARE(files.foldersVisited, 5);
    }
};

QTEST_GUILESS_MAIN(TestNpmConfigLocator)
#include "tst_npmconfiglocator.moc"
