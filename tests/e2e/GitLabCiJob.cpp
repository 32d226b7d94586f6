// SPDX-License-Identifier: GPL-3.0-or-later
#include "GitLabCiJob.h"

#include "HttpHelper.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

namespace td::test {

QString gitLabIdToken(const QUrl &sandbox, const TrustedPublisher &config)
{
    // The claims the sandbox checks for GitLab: project_path, and the CI file after "//".
    const QJsonObject body{{QStringLiteral("provider"), QStringLiteral("gitlab")},
                           {QStringLiteral("claims"),
                            QJsonObject{{QStringLiteral("project_path"), config.projectPath},
                                        {QStringLiteral("ci_config_ref_uri"),
                                         QString(QStringLiteral("gitlab.com/") + config.projectPath
                                                 + QStringLiteral("//") + config.ciConfigFile
                                                 + QStringLiteral("@refs/heads/main"))}}}};
    return httpCall("POST", sandbox.resolved(QUrl(QStringLiteral("-/sandbox/oidc/id-token"))),
                    QJsonDocument(body).toJson())
        .json()
        .object()
        .value(QStringLiteral("id_token"))
        .toString();
}

bool NpmPublishRun::usedOidc() const
{
    return output.contains(QStringLiteral("oidc Successfully retrieved and set token"));
}

NpmPublishRun npmPublishAsGitLabJob(const QString &packageDir, const QUrl &registry,
                                    const QString &home, const QString &idToken)
{
    const QString emptyRc = home + QStringLiteral("/empty.npmrc");
    QFile rc(emptyRc);
    if (!rc.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    rc.close();

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Another CI's markers or the caller's npm settings would change what npm does.
    for (const QString &key : env.keys())
        if (key.startsWith(QLatin1String("npm_"), Qt::CaseInsensitive)
            || key == QLatin1String("GITHUB_ACTIONS") || key == QLatin1String("CIRCLECI")
            || key == QLatin1String("ACTIONS_ID_TOKEN_REQUEST_URL"))
            env.remove(key);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("npm_config_cache"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("GITLAB_CI"), QStringLiteral("true"));
    env.insert(QStringLiteral("NPM_ID_TOKEN"), idToken);

    QProcess npm;
    npm.setProcessEnvironment(env);
    npm.setWorkingDirectory(packageDir);
    npm.setProcessChannelMode(QProcess::MergedChannels);
    npm.start(QStringLiteral("npm"),
              {QStringLiteral("publish"), QStringLiteral("--registry=") + registry.toString(),
               QStringLiteral("--userconfig=") + emptyRc, QStringLiteral("--no-update-notifier"),
               QStringLiteral("--color=false"), QStringLiteral("--progress=false"),
               QStringLiteral("--loglevel=verbose")});
    NpmPublishRun run;
    run.finished = npm.waitForFinished(120000);
    run.exitCode = npm.exitCode();
    run.output = QString::fromUtf8(npm.readAll());
    return run;
}

QString gitLabConfigMismatch(const QJsonObject &config, const QString &project, const QString &file)
{
    const QJsonObject claims = config.value(QStringLiteral("claims")).toObject();
    const auto differs = [](const char *field, const QString &actual, const QString &expected) {
        return QStringLiteral("%1 is '%2', expected '%3'")
            .arg(QLatin1String(field), actual, expected);
    };
    if (const QString type = config.value(QStringLiteral("type")).toString(); type != u"gitlab")
        return differs("type", type, QStringLiteral("gitlab"));
    if (const QString path = claims.value(QStringLiteral("project_path")).toString();
        path != project)
        return differs("project_path", path, project);
    const QString ciFile = claims.value(QStringLiteral("ci_config_ref_uri"))
                               .toObject()
                               .value(QStringLiteral("file"))
                               .toString();
    if (ciFile != file)
        return differs("ci_config_ref_uri.file", ciFile, file);
    if (claims.contains(QStringLiteral("environment")))
        return QStringLiteral("an environment claim is present");
    if (config.value(QStringLiteral("permissions")).toArray()
        != QJsonArray{QStringLiteral("createPackage")})
        return QStringLiteral("permissions are not exactly [createPackage]");
    return {};
}

QJsonObject sandboxPackage(const QUrl &sandbox, const QString &name)
{
    const HttpReply state
        = httpCall("GET", sandbox.resolved(QUrl(QStringLiteral("-/sandbox/state"))));
    for (const QJsonValue &p : state.json().object().value(QStringLiteral("packages")).toArray())
        if (p.toObject().value(QStringLiteral("name")).toString() == name)
            return p.toObject();
    return {};
}

} // namespace td::test
