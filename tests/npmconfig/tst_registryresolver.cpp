// SPDX-License-Identifier: GPL-3.0-or-later
// RegistryResolver: the registry npm would use, from an injected environment, home and working
// folder (never the real ones). One row per source, one per precedence pair, then the ways npm
// finds each file, ${VAR} expansion and scoped registries.
#include "core/npmconfig/RegistryResolver.h"

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

// The five layers, strongest first; each row's winner is the first it sets.
const QStringList kLayers{QStringLiteral("cli"), QStringLiteral("env"), QStringLiteral("project"),
                          QStringLiteral("user"), QStringLiteral("global")};

QString urlOf(const QString &layer)
{
    return QStringLiteral("http://%1.example/").arg(layer);
}

// A fake machine: HOME, a package with a subfolder as the working folder, a global prefix.
struct World
{
    QTemporaryDir root;
    QProcessEnvironment env;
    QString cliUserConfig;
    QString cliRegistry;
    QString cwd;

    World()
    {
        env.insert(QStringLiteral("PREFIX"), path("prefix"));
        env.insert(QStringLiteral("PATH"), path("no-bin"));
        writeFile(path("work/pkg/package.json"), "{}");
        QDir().mkpath(path("work/pkg/src/deep"));
        QDir().mkpath(path("home"));
        cwd = path("work/pkg/src/deep");
    }
    QString path(const char *relative) const
    {
        return root.filePath(QString::fromLatin1(relative));
    }

    void set(const QString &layer, const QString &key, const QString &value)
    {
        const QByteArray line = (key + QLatin1Char('=') + value + QLatin1Char('\n')).toUtf8();
        if (layer == QLatin1String("cli"))
            cliRegistry = value;
        else if (layer == QLatin1String("env"))
            env.insert(QStringLiteral("npm_config_") + key, value);
        else if (layer == QLatin1String("project"))
            writeFile(path("work/pkg/.npmrc"), line);
        else if (layer == QLatin1String("user"))
            writeFile(path("home/.npmrc"), line);
        else if (layer == QLatin1String("global"))
            writeFile(path("prefix/etc/npmrc"), line);
    }

    RegistryResolver resolver() const
    {
        NpmConfigLocator locator(env, path("home"));
        locator.setWorkingDirectory(cwd);
        if (!cliUserConfig.isEmpty())
            locator.setCliUserConfig(cliUserConfig);
        RegistryResolver resolver(locator);
        resolver.setCliRegistry(cliRegistry);
        return resolver;
    }
};

} // namespace

class TestRegistryResolver : public QObject
{
    Q_OBJECT
private slots:
    void precedence_data()
    {
        QTest::addColumn<QStringList>("layers");
        QTest::addColumn<QString>("winner");
        QTest::newRow("nothing set") << QStringList{} << QStringLiteral("default");
        for (const QString &layer : kLayers)
            QTest::addRow("only %s", qPrintable(layer)) << QStringList{layer} << layer;
        for (qsizetype i = 0; i < kLayers.size(); ++i) {
            for (qsizetype j = i + 1; j < kLayers.size(); ++j)
                QTest::addRow("%s over %s", qPrintable(kLayers[i]), qPrintable(kLayers[j]))
                    << QStringList{kLayers[j], kLayers[i]} << kLayers[i];
        }
        QTest::newRow("all five") << kLayers << QStringLiteral("cli");
    }
    void precedence()
    {
        QFETCH(QStringList, layers);
        QFETCH(QString, winner);
        World world;
        for (const QString &layer : layers)
            world.set(layer, QStringLiteral("registry"), urlOf(layer));
        const RegistryChoice choice = world.resolver().registry();
        if (winner == QLatin1String("default")) {
            QCOMPARE(choice.url, QStringLiteral("https://registry.npmjs.org/"));
            QCOMPARE(choice.source, RegistryChoice::Source::Default);
            return;
        }
        QCOMPARE(choice.url, urlOf(winner));
        QCOMPARE(registrySourceId(choice.source),
                 winner == QLatin1String("cli")       ? QStringLiteral("--registry")
                     : winner == QLatin1String("env") ? QStringLiteral("environment")
                                                      : winner);
    }

    // Each way npm finds a file or reads a variable.
    void sources_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("expected");
        QTest::newRow("NPM_CONFIG_REGISTRY upper case") << "env-upper"
                                                        << "http://upper.example/";
        QTest::newRow("--userconfig over ~/.npmrc") << "cli-userconfig"
                                                    << "http://cli-user.example/";
        QTest::newRow("NPM_CONFIG_USERCONFIG over ~/.npmrc") << "env-userconfig"
                                                             << "http://env-user.example/";
        QTest::newRow("--userconfig over NPM_CONFIG_USERCONFIG") << "both-userconfig"
                                                                 << "http://cli-user.example/";
        QTest::newRow("NPM_CONFIG_GLOBALCONFIG over $PREFIX/etc/npmrc")
            << "env-globalconfig"
            << "http://env-global.example/";
        QTest::newRow("project .npmrc of the nearest package root, not above it")
            << "npmrc-above-root"
            << "https://registry.npmjs.org/";
        QTest::newRow("node_modules marks the root too") << "node-modules-root"
                                                         << "http://nm.example/";
        QTest::newRow("no package root: the working folder") << "no-root"
                                                             << "http://cwd.example/";
        QTest::newRow("project file that is the user file counts once as user")
            << "project-is-user"
            << "http://home.example/";
        QTest::newRow("${VAR} in a value") << "var-value"
                                           << "http://from-var.example/";
        QTest::newRow("${VAR} in a key") << "var-key"
                                         << "http://keyed.example/";
        QTest::newRow("${VAR} in the environment's value") << "var-env"
                                                           << "http://from-var.example/";
        QTest::newRow("last line of a file wins") << "last-wins"
                                                  << "http://second.example/";
        QTest::newRow("a [section] line is not the top-level registry")
            << "section"
            << "https://registry.npmjs.org/";
    }
    void sources()
    {
        QFETCH(QString, setup);
        QFETCH(QString, expected);
        World world;
        if (setup == QLatin1String("env-upper")) {
            world.env.insert(QStringLiteral("NPM_CONFIG_REGISTRY"),
                             QStringLiteral("http://upper.example/"));
        } else if (setup.endsWith(QLatin1String("userconfig"))) {
            world.set(QStringLiteral("user"), QStringLiteral("registry"),
                      QStringLiteral("http://home.example/"));
            writeFile(world.path("cfg/cli.npmrc"), "registry=http://cli-user.example/\n");
            writeFile(world.path("cfg/env.npmrc"), "registry=http://env-user.example/\n");
            if (setup != QLatin1String("cli-userconfig"))
                world.env.insert(QStringLiteral("NPM_CONFIG_USERCONFIG"),
                                 world.path("cfg/env.npmrc"));
            if (setup != QLatin1String("env-userconfig"))
                world.cliUserConfig = world.path("cfg/cli.npmrc");
        } else if (setup == QLatin1String("env-globalconfig")) {
            world.set(QStringLiteral("global"), QStringLiteral("registry"),
                      QStringLiteral("http://prefix.example/"));
            writeFile(world.path("cfg/global"), "registry=http://env-global.example/\n");
            world.env.insert(QStringLiteral("NPM_CONFIG_GLOBALCONFIG"), world.path("cfg/global"));
        } else if (setup == QLatin1String("npmrc-above-root")) {
            writeFile(world.path("work/.npmrc"), "registry=http://above.example/\n");
        } else if (setup == QLatin1String("node-modules-root")) {
            QDir().mkpath(world.path("work/pkg/src/node_modules"));
            writeFile(world.path("work/pkg/src/.npmrc"), "registry=http://nm.example/\n");
            writeFile(world.path("work/pkg/.npmrc"), "registry=http://pkg.example/\n");
        } else if (setup == QLatin1String("no-root")) {
            QDir().mkpath(world.path("loose/dir"));
            world.cwd = world.path("loose/dir");
            writeFile(world.path("loose/dir/.npmrc"), "registry=http://cwd.example/\n");
            writeFile(world.path("loose/.npmrc"), "registry=http://parent.example/\n");
        } else if (setup == QLatin1String("project-is-user")) {
            writeFile(world.path("home/package.json"), "{}");
            world.set(QStringLiteral("user"), QStringLiteral("registry"),
                      QStringLiteral("http://home.example/"));
            world.cwd = world.path("home");
            const RegistryResolver resolver = world.resolver();
            QCOMPARE(resolver.projectConfigPath(), QString());
            QCOMPARE(resolver.registry().source, RegistryChoice::Source::User);
        } else if (setup == QLatin1String("var-value")) {
            world.env.insert(QStringLiteral("HOST"), QStringLiteral("from-var"));
            world.set(QStringLiteral("user"), QStringLiteral("registry"),
                      QStringLiteral("http://${HOST}.example/"));
        } else if (setup == QLatin1String("var-key")) {
            world.env.insert(QStringLiteral("KEY"), QStringLiteral("registry"));
            world.set(QStringLiteral("project"), QStringLiteral("${KEY}"),
                      QStringLiteral("http://keyed.example/"));
        } else if (setup == QLatin1String("var-env")) {
            world.env.insert(QStringLiteral("HOST"), QStringLiteral("from-var"));
            world.env.insert(QStringLiteral("npm_config_registry"),
                             QStringLiteral("http://${HOST}.example/"));
        } else if (setup == QLatin1String("last-wins")) {
            writeFile(world.path("home/.npmrc"),
                      "registry=http://first.example/\nregistry=http://second.example/\n");
        } else if (setup == QLatin1String("section")) {
            writeFile(world.path("home/.npmrc"), "[other]\nregistry=http://section.example/\n");
        }
        QCOMPARE(world.resolver().registry().url, expected);
    }

    // "@scope:registry" for a package of that scope, through the same layers, ahead of
    // --registry (npm-registry-fetch's pickRegistry); other packages keep "registry".
    void scopedRegistry_data()
    {
        QTest::addColumn<QString>("layer"); // where @acme:registry is set
        QTest::addColumn<QString>("package");
        QTest::addColumn<QString>("expected");
        for (const char *layer : {"env", "project", "user", "global"}) {
            QTest::addRow("%s, package of the scope", layer)
                << QString::fromLatin1(layer) << QStringLiteral("@acme/tool")
                << QStringLiteral("http://acme.example/");
            QTest::addRow("%s, unscoped package", layer)
                << QString::fromLatin1(layer) << QStringLiteral("tool")
                << urlOf(QStringLiteral("cli"));
            QTest::addRow("%s, other scope", layer)
                << QString::fromLatin1(layer) << QStringLiteral("@other/tool")
                << urlOf(QStringLiteral("cli"));
        }
    }
    void scopedRegistry()
    {
        QFETCH(QString, layer);
        QFETCH(QString, package);
        QFETCH(QString, expected);
        World world;
        world.set(QStringLiteral("cli"), QStringLiteral("registry"), urlOf(QStringLiteral("cli")));
        world.set(layer, QStringLiteral("@acme:registry"), QStringLiteral("http://acme.example/"));
        const RegistryChoice choice = world.resolver().registryFor(package);
        QCOMPARE(choice.url, expected);
        QCOMPARE(choice.key,
                 expected == urlOf(QStringLiteral("cli")) ? QStringLiteral("registry")
                                                          : QStringLiteral("@acme:registry"));
    }

    // npm login/logout: npm's `scope` setting picks @scope:registry (login only without
    // --registry; logout even over it).
    void scopeSetting_data()
    {
        QTest::addColumn<QString>("cliScope");
        QTest::addColumn<QString>("scopeLayer"); // where `scope=` is set, if not on the command
        QTest::addColumn<bool>("cliRegistry");
        QTest::addColumn<bool>("overCli");
        QTest::addColumn<QString>("expected");
        const QString acme = QStringLiteral("http://acme.example/");
        const QString user = urlOf(QStringLiteral("user"));
        const QString cli = urlOf(QStringLiteral("cli"));
        QTest::newRow("no scope") << QString() << QString() << false << false << user;
        QTest::newRow("--scope @acme")
            << QStringLiteral("@acme") << QString() << false << false << acme;
        QTest::newRow("--scope without @")
            << QStringLiteral("acme") << QString() << false << false << acme;
        QTest::newRow("--scope of another scope")
            << QStringLiteral("@other") << QString() << false << false << user;
        QTest::newRow("scope in the environment")
            << QString() << QStringLiteral("env") << false << false << acme;
        QTest::newRow("scope in the project")
            << QString() << QStringLiteral("project") << false << false << acme;
        QTest::newRow("scope in the user file")
            << QString() << QStringLiteral("user") << false << false << acme;
        QTest::newRow("login: --registry wins")
            << QStringLiteral("@acme") << QString() << true << false << cli;
        QTest::newRow("logout: the scope wins over --registry")
            << QStringLiteral("@acme") << QString() << true << true << acme;
    }
    void scopeSetting()
    {
        QFETCH(QString, cliScope);
        QFETCH(QString, scopeLayer);
        QFETCH(bool, cliRegistry);
        QFETCH(bool, overCli);
        QFETCH(QString, expected);
        World world;
        // The user file holds the registry, @acme:registry and (for one row) scope=.
        QByteArray user = "registry=" + urlOf(QStringLiteral("user")).toUtf8()
            + "\n@acme:registry=http://acme.example/\n";
        if (scopeLayer == QLatin1String("user"))
            user += "scope=acme\n";
        writeFile(world.path("home/.npmrc"), user);
        if (scopeLayer == QLatin1String("env"))
            world.env.insert(QStringLiteral("npm_config_scope"), QStringLiteral("@acme"));
        if (scopeLayer == QLatin1String("project"))
            world.set(QStringLiteral("project"), QStringLiteral("scope"), QStringLiteral("@acme"));
        if (cliRegistry)
            world.cliRegistry = urlOf(QStringLiteral("cli"));
        RegistryResolver resolver = world.resolver();
        resolver.setCliScope(cliScope);
        QCOMPARE(resolver.registryForScope(overCli).url, expected);
    }

    // The nearer layer's scoped registry wins over a farther one's.
    void scopedRegistryLayersInOrder()
    {
        World world;
        world.set(QStringLiteral("user"), QStringLiteral("@acme:registry"),
                  QStringLiteral("http://user-acme.example/"));
        world.set(QStringLiteral("project"), QStringLiteral("@acme:registry"),
                  QStringLiteral("http://project-acme.example/"));
        QCOMPARE(world.resolver().registryFor(QStringLiteral("@acme/x")).url,
                 QStringLiteral("http://project-acme.example/"));
        QCOMPARE(world.resolver().registryFor(QStringLiteral("@acme/x")).source,
                 RegistryChoice::Source::Project);
    }
};

QTEST_GUILESS_MAIN(TestRegistryResolver)
#include "tst_registryresolver.moc"
