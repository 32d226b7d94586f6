// SPDX-License-Identifier: GPL-3.0-or-later
#include "NpmCli.h"

#include "HttpHelper.h"
#include "TestPaths.h"

#include "sandbox/auth/Totp.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace td::test {

QString NpmCli::versionProblem()
{
    QProcess version;
    version.start(QStringLiteral("npm"), {QStringLiteral("--version")});
    if (!version.waitForFinished(30000) || version.exitCode() != 0)
        return QStringLiteral("npm 11.15 or later is needed on PATH and was not found (make test "
                              "installs it into <build>/npm)");
    const QString found = QString::fromUtf8(version.readAllStandardOutput()).trimmed();
    const QStringList parts = found.split(QLatin1Char('.'));
    if (parts.value(0).toInt() != 11 || parts.value(1).toInt() < 15)
        return QStringLiteral("npm 11.15 or later is needed (reference 11.19.1), found %1")
            .arg(found);
    return {};
}

QString NpmCli::stripAnsi(QString text)
{
    static const QRegularExpression ansi(QStringLiteral("\x1b\\[[0-9;?]*[A-Za-z]"));
    return text.remove(ansi).remove(QLatin1Char('\r'));
}

QStringList NpmCli::commonArgs(const QUrl &registry, const QString &userconfig)
{
    return {QStringLiteral("--registry=") + registry.toString(),
            QStringLiteral("--userconfig=") + userconfig, QStringLiteral("--no-update-notifier"),
            QStringLiteral("--color=false"), QStringLiteral("--progress=false")};
}

QStringList NpmCli::ptyArgs(const QStringList &args, const QStringList &answers) const
{
    QStringList out{QStringLiteral(TD_SOURCE_DIR "/tests/sandbox/npm_pty.py"),
                    QStringLiteral("--timeout"), QStringLiteral("90")};
    for (qsizetype i = 0; i + 1 < answers.size(); i += 2)
        out << QStringLiteral("--answer") << answers[i] << answers[i + 1];
    out << QStringLiteral("--") << QStringLiteral("npm") << args;
    return out;
}

QProcessEnvironment NpmCli::environment(const QStringList &extraEnv) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys())
        if (name.startsWith(QLatin1String("npm_"), Qt::CaseInsensitive)
            || name == QLatin1String("GITHUB_ACTIONS") || name == QLatin1String("GITLAB_CI")
            || name == QLatin1String("CIRCLECI") || name == QLatin1String("CI")
            || name == QLatin1String("NPM_ID_TOKEN")
            || name.startsWith(QLatin1String("ACTIONS_ID_TOKEN")))
            env.remove(name);
    env.insert(QStringLiteral("HOME"), m_home);
    env.insert(QStringLiteral("npm_config_cache"), m_home + QStringLiteral("/cache"));
    for (const QString &kv : extraEnv)
        env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    return env;
}

NpmPlainRun NpmCli::plain(const QStringList &args, const QString &workDir) const
{
    QProcess p;
    p.setProcessEnvironment(environment({}));
    p.setWorkingDirectory(workDir.isEmpty() ? m_home : workDir);
    p.start(QStringLiteral("npm"), args);
    NpmPlainRun r;
    if (!p.waitForFinished(90000)) {
        p.kill();
        p.waitForFinished();
        r.err = "npm timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

std::unique_ptr<QProcess> NpmCli::start(const QStringList &args, const QString &workDir,
                                        const QStringList &extraEnv) const
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment(extraEnv));
    process->setWorkingDirectory(workDir.isEmpty() ? m_home : workDir);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->start(QStringLiteral("python3"), ptyArgs(args, {}));
    return process;
}

NpmRun NpmCli::finish(QProcess &process, const QStringList &args)
{
    process.waitForFinished(120000);
    NpmRun run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               stripAnsi(QString::fromUtf8(process.readAll()))};
    if (run.exitCode != 0)
        qWarning().noquote() << "npm" << args.join(QLatin1Char(' ')) << "→" << run.exitCode << "\n"
                             << run.output;
    return run;
}

NpmRun NpmCli::run(const QStringList &args, const QStringList &answers, const QString &workDir,
                   const QStringList &extraEnv) const
{
    QProcess process;
    process.setProcessEnvironment(environment(extraEnv));
    process.setWorkingDirectory(workDir.isEmpty() ? m_home : workDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("python3"), ptyArgs(args, answers));
    return finish(process, args);
}

QString NpmCli::writePackage(const QString &name, const QString &version,
                             const QJsonObject &extra) const
{
    const QString dir = m_home + QLatin1Char('/')
        + QString(name).remove(QLatin1Char('@')).replace(QLatin1Char('/'), QLatin1Char('-'))
        + version;
    QDir().mkpath(dir);
    QJsonObject manifest{{QStringLiteral("name"), name},
                         {QStringLiteral("version"), version},
                         {QStringLiteral("description"), QStringLiteral("sandbox e2e")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        manifest.insert(it.key(), it.value());
    QFile file(dir + QStringLiteral("/package.json"));
    file.open(QIODevice::WriteOnly);
    file.write(QJsonDocument(manifest).toJson());
    QFile index(dir + QStringLiteral("/index.js"));
    index.open(QIODevice::WriteOnly);
    index.write("module.exports = 42;\n");
    return dir;
}

QString NpmCli::writeTokenRc(const QUrl &registry, const QString &fileName,
                             const QString &token) const
{
    const QString path = m_home + QLatin1Char('/') + fileName;
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(
        QStringLiteral("//127.0.0.1:%1/:_authToken=%2\n").arg(registry.port()).arg(token).toUtf8());
    return path;
}

QString maintainerTotpNow()
{
    return td::sandbox::totp::code(
        *td::sandbox::totp::decodeBase32(QStringLiteral("JBSWY3DPEHPK3PXP")),
        QDateTime::currentDateTimeUtc());
}

QStringList githubJobEnv(const QUrl &sandbox, const QString &repository,
                         const QString &workflowFile)
{
    const QString workflowRef = repository + QStringLiteral("/.github/workflows/") + workflowFile
        + QStringLiteral("@refs/heads/main");
    const QJsonObject claims{{QStringLiteral("repository"), repository},
                             {QStringLiteral("workflow_ref"), workflowRef}};
    const QJsonObject body{{QStringLiteral("provider"), QStringLiteral("github")},
                           {QStringLiteral("claims"), claims}};
    const QString idToken
        = httpCall("POST", sandbox.resolved(QUrl(QStringLiteral("/-/sandbox/oidc/id-token"))),
                   QJsonDocument(body).toJson(), {{"content-type", "application/json"}})
              .json()
              .object()
              .value(QStringLiteral("id_token"))
              .toString();
    return {QStringLiteral("GITHUB_ACTIONS=true"), QStringLiteral("NPM_ID_TOKEN=") + idToken};
}

} // namespace td::test
