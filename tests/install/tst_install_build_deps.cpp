// SPDX-License-Identifier: GPL-3.0-or-later
// packaging/debian/install-build-deps.sh (issue 17) run inside a minimal root of its own: PATH
// holds only stubs of dpkg-query, apt-get, sudo, id, node and npm (each records its arguments)
// and the two real tools the script needs (env, mkdir). `run` must ask apt-get for exactly the
// runtime set and never touch node or npm; `test` adds the test set and installs npm into the
// build folder with --prefix, never -g; without root and sudo, or with a Node.js older than
// 20.17, one line says what to do and nothing is installed.
#include "TestPaths.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

// What `make run` needs: building the three programs and running them.
const QStringList kRuntimeSet{
    QStringLiteral("build-essential"),    QStringLiteral("cmake"),
    QStringLiteral("ninja-build"),        QStringLiteral("pkg-config"),
    QStringLiteral("qt6-base-dev"),       QStringLiteral("qt6-base-dev-tools"),
    QStringLiteral("qt6-tools-dev"),      QStringLiteral("qt6-tools-dev-tools"),
    QStringLiteral("qt6-l10n-tools"),     QStringLiteral("qt6-svg-dev"),
    QStringLiteral("qtkeychain-qt6-dev"), QStringLiteral("libsecret-1-0"),
    QStringLiteral("nlohmann-json3-dev"), QStringLiteral("libssl-dev"),
    QStringLiteral("libyaml-cpp-dev"),    QStringLiteral("libarchive-dev"),
    QStringLiteral("libsodium-dev"),      QStringLiteral("nettle-dev"),
    QStringLiteral("zlib1g-dev"),         QStringLiteral("libfontconfig-dev")};

// What `make test` adds: the headless harness, the tools tests drive, the sanitizer build, the
// static analysis (clang-tidy, clazy).
const QStringList kTestSet{QStringLiteral("xvfb"),
                           QStringLiteral("xauth"),
                           QStringLiteral("x11-utils"),
                           QStringLiteral("x11-apps"),
                           QStringLiteral("xdotool"),
                           QStringLiteral("imagemagick"),
                           QStringLiteral("fonts-dejavu-core"),
                           QStringLiteral("dbus"),
                           QStringLiteral("dbus-x11"),
                           QStringLiteral("gnome-keyring"),
                           QStringLiteral("libsecret-tools"),
                           QStringLiteral("at-spi2-core"),
                           QStringLiteral("python3"),
                           QStringLiteral("python3-dbus"),
                           QStringLiteral("python3-gi"),
                           QStringLiteral("desktop-file-utils"),
                           QStringLiteral("appstream"),
                           QStringLiteral("clang-format"),
                           QStringLiteral("clang"),
                           QStringLiteral("lld"),
                           QStringLiteral("libclang-rt-14-dev"),
                           QStringLiteral("git"),
                           QStringLiteral("ccache"),
                           QStringLiteral("clang-tidy-14"),
                           QStringLiteral("clazy"),
                           QStringLiteral("lintian"),
                           QStringLiteral("man-db"),
                           QStringLiteral("dpkg-dev"),
                           QStringLiteral("fakeroot"),
                           QStringLiteral("file"),
                           QStringLiteral("help2man"),
                           QStringLiteral("bash-completion"),
                           QStringLiteral("fish"),
                           QStringLiteral("zsh"),
                           QStringLiteral("python3-yaml"),
                           QStringLiteral("qt6-qpa-plugins")};

// The machine the script runs on, as the stubs present it.
struct Machine
{
    int uid = 1000;
    bool sudo = true;
    QString node = QStringLiteral("v20.17.0"); // empty: no node at all
    QString npm = QStringLiteral("10.8.2");    // empty: no npm at all
    QStringList installed;                     // what dpkg-query reports as installed
};

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
    QStringList calls; // "sudo …", "apt-get …", "node …", "npm …", one per stub call
};

class MinimalRoot
{
public:
    explicit MinimalRoot(const Machine &machine)
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("bin")));
        const QString log = logPath();
        const QString record = QStringLiteral("printf '%s\\n' \"${0##*/} $*\" >> '%1'\n").arg(log);
        stub(QStringLiteral("id"),
             QStringLiteral("if [ \"$1\" = -u ]; then echo %1; fi\n").arg(machine.uid));
        QString installed = machine.installed.join(QLatin1Char(' '));
        stub(QStringLiteral("dpkg-query"),
             QStringLiteral("for last; do :; done\n"
                            "case ' %1 ' in *\" $last \"*) printf 'install ok installed' ;;\n"
                            "*) echo \"dpkg-query: no packages found matching $last\" >&2; exit 1 "
                            ";; esac\n")
                 .arg(installed));
        stub(QStringLiteral("apt-get"), record);
        if (machine.sudo)
            stub(QStringLiteral("sudo"), record + QStringLiteral("exec \"$@\"\n"));
        if (!machine.node.isEmpty())
            stub(QStringLiteral("node"),
                 record
                     + QStringLiteral("if [ \"$1\" = --version ]; then echo %1; fi\n")
                           .arg(machine.node));
        if (!machine.npm.isEmpty())
            stub(QStringLiteral("npm"),
                 record
                     + QStringLiteral("if [ \"$1\" = --version ]; then echo %1; fi\n")
                           .arg(machine.npm));
        for (const char *tool : {"env", "mkdir"})
            QVERIFY(QFile::link(realTool(tool), bin(QLatin1String(tool))));
    }

    QString npmPrefix() const { return QDir(m_dir.path()).filePath(QStringLiteral("build/npm")); }

    Outcome run(const QStringList &args) const
    {
        QProcess script;
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), bin({}));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        script.setProcessEnvironment(env);
        script.setWorkingDirectory(m_dir.path());
        script.start(
            QStringLiteral("/bin/sh"),
            QStringList{QStringLiteral(TD_SOURCE_DIR "/packaging/debian/install-build-deps.sh")}
                + args);
        Outcome outcome;
        if (!script.waitForFinished(20000)) {
            script.kill();
            script.waitForFinished();
            return outcome;
        }
        outcome.exitCode = script.exitStatus() == QProcess::NormalExit ? script.exitCode() : -1;
        outcome.out = QString::fromUtf8(script.readAllStandardOutput());
        outcome.err = QString::fromUtf8(script.readAllStandardError());
        QFile log(logPath());
        if (log.open(QIODevice::ReadOnly))
            for (const QString &line : QString::fromUtf8(log.readAll()).split(QLatin1Char('\n')))
                if (!line.isEmpty())
                    outcome.calls << line;
        return outcome;
    }

private:
    static QString realTool(const char *tool)
    {
        for (const char *folder : {"/usr/bin/", "/bin/"}) {
            const QString path = QLatin1String(folder) + QLatin1String(tool);
            if (QFile::exists(path))
                return path;
        }
        return {};
    }
    QString bin(const QString &name) const
    {
        return QDir(m_dir.path()).filePath(QStringLiteral("bin/") + name);
    }
    QString logPath() const { return QDir(m_dir.path()).filePath(QStringLiteral("calls.log")); }
    void stub(const QString &name, const QString &body) const
    {
        QFile file(bin(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\n" + body.toUtf8());
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                    | QFileDevice::ExeOwner));
    }

    QTemporaryDir m_dir;
};

// The packages of the one `apt-get install` call, or an empty set when there was none.
QSet<QString> installedByAptGet(const QStringList &calls)
{
    for (const QString &call : calls) {
        if (!call.startsWith(QLatin1String("apt-get install")))
            continue;
        QStringList words = call.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        words.removeIf([](const QString &w) {
            return w.startsWith(QLatin1Char('-')) || w == QLatin1String("apt-get")
                || w == QLatin1String("install");
        });
        return QSet<QString>(words.cbegin(), words.cend());
    }
    return {};
}

QSet<QString> setOf(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

bool calledAny(const QStringList &calls, const QString &prefix)
{
    return std::any_of(calls.cbegin(), calls.cend(),
                       [&prefix](const QString &c) { return c.startsWith(prefix); });
}

} // namespace

class TstInstallBuildDeps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runModeAsksForExactlyTheRuntimeSet()
    {
        Machine machine;
        machine.uid = 0;
        MinimalRoot root(machine);
        const Outcome o = root.run({QStringLiteral("run")});
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QCOMPARE(installedByAptGet(o.calls), setOf(kRuntimeSet));
        QVERIFY2(o.calls.contains(QStringLiteral("apt-get update -qq")),
                 qPrintable(o.calls.join(QLatin1Char('\n'))));
        QVERIFY2(!calledAny(o.calls, QStringLiteral("node")), "run mode asked node");
        QVERIFY2(!calledAny(o.calls, QStringLiteral("npm")), "run mode asked npm");
        QVERIFY2(!calledAny(o.calls, QStringLiteral("sudo")), "root needs no sudo");
    }

    void runModeSkipsWhatIsPresent()
    {
        Machine machine;
        machine.installed = kRuntimeSet.mid(2);
        MinimalRoot root(machine);
        const Outcome o = root.run({QStringLiteral("run")});
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QCOMPARE(installedByAptGet(o.calls), setOf(kRuntimeSet.mid(0, 2)));
        QVERIFY(o.calls.contains(QStringLiteral("sudo apt-get update -qq")));
    }

    void nothingMissingRunsNoAptGet()
    {
        Machine machine;
        machine.installed = kRuntimeSet;
        MinimalRoot root(machine);
        const Outcome o = root.run({QStringLiteral("run")});
        QCOMPARE(o.exitCode, 0);
        QCOMPARE(o.calls, QStringList());
    }

    void testModeAddsTheTestSetAndNpmIntoTheBuild()
    {
        MinimalRoot root(Machine{});
        const Outcome o
            = root.run({QStringLiteral("test"), QStringLiteral("--npm-prefix"), root.npmPrefix()});
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QCOMPARE(installedByAptGet(o.calls), setOf(kRuntimeSet + kTestSet));
        QVERIFY(calledAny(o.calls,
                          QStringLiteral("sudo env DEBIAN_FRONTEND=noninteractive "
                                         "apt-get install")));
        const QString npmInstall = QStringLiteral("npm install --prefix %1 --no-audit --no-fund "
                                                  "--no-save npm@11.19.1")
                                       .arg(root.npmPrefix());
        QVERIFY2(o.calls.contains(npmInstall), qPrintable(o.calls.join(QLatin1Char('\n'))));
        QVERIFY2(QFileInfo(root.npmPrefix()).isDir(), "the build's npm folder was not made");
        for (const QString &call : o.calls) {
            const QStringList words = call.split(QLatin1Char(' '));
            QVERIFY2(!words.contains(QStringLiteral("-g"))
                         && !words.contains(QStringLiteral("--global")),
                     qPrintable(call));
            QVERIFY2(!call.startsWith(QLatin1String("sudo npm")), qPrintable(call));
        }
    }

    void testModeUsesAnNpm11AlreadyThere()
    {
        Machine machine;
        machine.npm = QStringLiteral("11.19.1");
        machine.installed = kRuntimeSet + kTestSet;
        MinimalRoot root(machine);
        const Outcome o
            = root.run({QStringLiteral("test"), QStringLiteral("--npm-prefix"), root.npmPrefix()});
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(!calledAny(o.calls, QStringLiteral("npm install")),
                 qPrintable(o.calls.join(QLatin1Char('\n'))));
        QVERIFY2(o.out.contains(QStringLiteral("npm 11.19.1 present")), qPrintable(o.out));
    }

    void noRootNoSudoSaysWhatToInstallInOneLine()
    {
        Machine machine;
        machine.sudo = false;
        machine.installed = kRuntimeSet.mid(1);
        MinimalRoot root(machine);
        const Outcome o = root.run({QStringLiteral("run")});
        QCOMPARE(o.exitCode, 1);
        QCOMPARE(o.err,
                 QStringLiteral("install-build-deps: not root and no sudo: as root, run: "
                                "apt-get install -y --no-install-recommends "
                                "build-essential\n"));
        QCOMPARE(o.out, QString());
        QCOMPARE(o.calls, QStringList()); // nothing installed, nothing asked
    }

    void oldOrMissingNodeIsOneLine_data()
    {
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("says");
        QTest::newRow("Debian 12's node 18")
            << QStringLiteral("v18.19.0") << QStringLiteral("found v18.19.0 at ");
        QTest::newRow("20.16, one short")
            << QStringLiteral("v20.16.0") << QStringLiteral("found v20.16.0 at ");
        QTest::newRow("none") << QString() << QStringLiteral("no node was found");
    }
    void oldOrMissingNodeIsOneLine()
    {
        QFETCH(QString, node);
        QFETCH(QString, says);
        Machine machine;
        machine.node = node;
        MinimalRoot root(machine);
        const Outcome o = root.run({QStringLiteral("test")});
        QCOMPARE(o.exitCode, 1);
        QCOMPARE(o.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(o.err.startsWith(QStringLiteral("install-build-deps: npm 11.19.1 needs Node.js "
                                                 "20.17 or later")),
                 qPrintable(o.err));
        QVERIFY2(o.err.contains(says), qPrintable(o.err));
        QVERIFY2(o.err.contains(QStringLiteral("NodeSource")), qPrintable(o.err));
        QVERIFY2(!calledAny(o.calls, QStringLiteral("apt-get"))
                     && !calledAny(o.calls, QStringLiteral("sudo"))
                     && !calledAny(o.calls, QStringLiteral("npm")),
                 qPrintable(o.calls.join(QLatin1Char('\n'))));
    }

    void newEnoughNodeIsAccepted_data()
    {
        QTest::addColumn<QString>("node");
        QTest::newRow("20.17.0") << QStringLiteral("v20.17.0");
        QTest::newRow("22.1.0") << QStringLiteral("v22.1.0");
    }
    void newEnoughNodeIsAccepted()
    {
        QFETCH(QString, node);
        Machine machine;
        machine.node = node;
        machine.npm = QStringLiteral("11.16.0");
        machine.installed = kRuntimeSet + kTestSet;
        MinimalRoot root(machine);
        const Outcome o = root.run({QStringLiteral("test")});
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    }
};

QTEST_GUILESS_MAIN(TstInstallBuildDeps)
#include "tst_install_build_deps.moc"
