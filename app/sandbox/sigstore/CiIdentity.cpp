// SPDX-License-Identifier: GPL-3.0-or-later
#include "CiIdentity.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QUrl>

namespace td::sandbox::sigstore {

namespace {

QString claim(const QJsonObject &c, const char *name)
{
    const QJsonValue v = c.value(QLatin1String(name));
    return v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toString();
}

bool isGitLab(const QJsonObject &c)
{
    return claim(c, "x_sandbox_provider") == QLatin1String("gitlab")
        || claim(c, "iss").contains(QLatin1String("gitlab"));
}

// A stable number for a name (repository and owner ids), so the same repository always has the
// same id and another repository of the same name gets another id only when a test says so.
QString idFor(const QString &name)
{
    const QByteArray h = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256);
    quint32 n = 0;
    for (int i = 0; i < 4; ++i)
        n = (n << 8) | quint8(h[i]);
    return QString::number(10000000 + n % 900000000);
}

QString commitFor(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex());
}

void fill(QJsonObject &c, const char *name, const QString &value)
{
    if (claim(c, name).isEmpty())
        c.insert(QLatin1String(name), value);
}

QJsonObject completeGitHub(QJsonObject c)
{
    fill(c, "iss", QStringLiteral("https://token.actions.githubusercontent.com"));
    const QString repository = claim(c, "repository").isEmpty() ? QStringLiteral("sandbox/unknown")
                                                                : claim(c, "repository");
    fill(c, "repository", repository);
    const QString workflowRef = claim(c, "workflow_ref");
    fill(c, "ref",
         workflowRef.contains(QLatin1Char('@')) ? workflowRef.section(QLatin1Char('@'), -1)
                                                : QStringLiteral("refs/heads/main"));
    fill(c, "workflow_ref",
         repository + QLatin1String("/.github/workflows/release.yml@") + claim(c, "ref"));
    fill(c, "job_workflow_ref", claim(c, "workflow_ref"));
    fill(c, "server_url", QStringLiteral("https://github.com"));
    fill(c, "repository_owner", repository.section(QLatin1Char('/'), 0, 0));
    fill(c, "repository_id", idFor(repository));
    fill(c, "repository_owner_id", idFor(claim(c, "repository_owner")));
    fill(c, "sha", commitFor(repository + claim(c, "ref")));
    fill(c, "workflow_sha", claim(c, "sha"));
    fill(c, "job_workflow_sha", claim(c, "sha"));
    fill(c, "event_name", QStringLiteral("push"));
    fill(c, "runner_environment", QStringLiteral("github-hosted"));
    fill(c, "repository_visibility", QStringLiteral("public"));
    fill(c, "run_id", idFor(claim(c, "jti") + repository) + QLatin1String("00"));
    fill(c, "run_attempt", QStringLiteral("1"));
    return c;
}

QJsonObject completeGitLab(QJsonObject c)
{
    fill(c, "iss", QStringLiteral("https://gitlab.com"));
    fill(c, "server_url", QStringLiteral("https://gitlab.com"));
    const QString project = claim(c, "project_path").isEmpty() ? QStringLiteral("sandbox/unknown")
                                                               : claim(c, "project_path");
    fill(c, "project_path", project);
    fill(c, "namespace_path", project.section(QLatin1Char('/'), 0, -2));
    // GitLab's claim names the host ("gitlab.com/group/project//.gitlab-ci.yml@refs/heads/main");
    // the sandbox's trust matching reads the path without it, so both forms are accepted.
    QString configRef = claim(c, "ci_config_ref_uri");
    if (configRef.isEmpty())
        configRef = project + QLatin1String("//.gitlab-ci.yml@refs/heads/main");
    const QString host = QUrl(claim(c, "server_url")).host();
    if (!configRef.startsWith(host + QLatin1Char('/')))
        configRef = host + QLatin1Char('/') + configRef;
    c.insert(QStringLiteral("ci_config_ref_uri"), configRef);
    const QString fullRef = configRef.contains(QLatin1Char('@'))
        ? configRef.section(QLatin1Char('@'), -1)
        : QStringLiteral("refs/heads/main");
    fill(c, "ref_type",
         fullRef.startsWith(QLatin1String("refs/tags/")) ? QStringLiteral("tag")
                                                         : QStringLiteral("branch"));
    fill(c, "ref", fullRef.section(QLatin1Char('/'), 2));
    fill(c, "project_id", idFor(project));
    fill(c, "namespace_id", idFor(claim(c, "namespace_path")));
    fill(c, "sha", commitFor(project + claim(c, "ref")));
    fill(c, "ci_config_sha", claim(c, "sha"));
    fill(c, "pipeline_source", QStringLiteral("push"));
    fill(c, "runner_environment", QStringLiteral("gitlab-hosted"));
    fill(c, "project_visibility", QStringLiteral("public"));
    fill(c, "job_id", idFor(claim(c, "jti") + project));
    return c;
}

QString gitlabRef(const QJsonObject &c)
{
    return (claim(c, "ref_type") == QLatin1String("tag") ? QLatin1String("refs/tags/")
                                                         : QLatin1String("refs/heads/"))
        + claim(c, "ref");
}

} // namespace

QJsonObject completeClaims(const QJsonObject &claims)
{
    return isGitLab(claims) ? completeGitLab(claims) : completeGitHub(claims);
}

LeafIdentity leafIdentity(const QJsonObject &c)
{
    LeafIdentity id;
    QList<QPair<int, QString>> ext;
    if (isGitLab(c)) {
        const QString server = claim(c, "server_url");
        const QString config = QLatin1String("https://") + claim(c, "ci_config_ref_uri");
        id.subjectAlternativeUri = config;
        ext = {{8, claim(c, "iss")},
               {9, config},
               {10, claim(c, "ci_config_sha")},
               {11, claim(c, "runner_environment")},
               {12, server + QLatin1Char('/') + claim(c, "project_path")},
               {13, claim(c, "sha")},
               {14, gitlabRef(c)},
               {15, claim(c, "project_id")},
               {16, server + QLatin1Char('/') + claim(c, "namespace_path")},
               {17, claim(c, "namespace_id")},
               {18, config},
               {19, claim(c, "ci_config_sha")},
               {20, claim(c, "pipeline_source")},
               {21,
                server + QLatin1Char('/') + claim(c, "project_path") + QLatin1String("/-/jobs/")
                    + claim(c, "job_id")},
               {22, claim(c, "project_visibility")},
               {23, claim(c, "environment")}};
    } else {
        const QString server = claim(c, "server_url");
        const QString repo = server + QLatin1Char('/') + claim(c, "repository");
        id.subjectAlternativeUri = server + QLatin1Char('/') + claim(c, "job_workflow_ref");
        ext = {{8, claim(c, "iss")},
               {9, id.subjectAlternativeUri},
               {10, claim(c, "job_workflow_sha")},
               {11, claim(c, "runner_environment")},
               {12, repo},
               {13, claim(c, "sha")},
               {14, claim(c, "ref")},
               {15, claim(c, "repository_id")},
               {16, server + QLatin1Char('/') + claim(c, "repository_owner")},
               {17, claim(c, "repository_owner_id")},
               {18, server + QLatin1Char('/') + claim(c, "workflow_ref")},
               {19, claim(c, "workflow_sha")},
               {20, claim(c, "event_name")},
               {21,
                repo + QLatin1String("/actions/runs/") + claim(c, "run_id")
                    + QLatin1String("/attempts/") + claim(c, "run_attempt")},
               {22, claim(c, "repository_visibility")},
               {23, claim(c, "environment")}};
    }
    for (const auto &e : ext)
        if (!e.second.isEmpty())
            id.extensions.append(e);
    return id;
}

QJsonObject provenancePredicate(const QJsonObject &c)
{
    const LeafIdentity id = leafIdentity(c);
    QString repositoryUri, ref, invocation;
    for (const auto &e : id.extensions) {
        if (e.first == 12)
            repositoryUri = e.second;
        else if (e.first == 14)
            ref = e.second;
        else if (e.first == 21)
            invocation = e.second;
    }
    const QJsonArray dependencies{QJsonObject{
        {QStringLiteral("uri"),
         QString(QLatin1String("git+") + repositoryUri + QLatin1Char('@') + ref)},
        {QStringLiteral("digest"), QJsonObject{{QStringLiteral("gitCommit"), claim(c, "sha")}}}}};
    QJsonObject definition;
    QString builder;
    if (isGitLab(c)) {
        definition
            = {{QStringLiteral("buildType"),
                QStringLiteral("https://github.com/npm/cli/gitlab/v0alpha1")},
               {QStringLiteral("externalParameters"),
                QJsonObject{{QStringLiteral("CI_CONFIG_REF_URI"), claim(c, "ci_config_ref_uri")},
                            {QStringLiteral("CI_PROJECT_PATH"), claim(c, "project_path")},
                            {QStringLiteral("CI_COMMIT_REF_NAME"), claim(c, "ref")},
                            {QStringLiteral("CI_PIPELINE_SOURCE"), claim(c, "pipeline_source")}}},
               {QStringLiteral("internalParameters"), QJsonObject{}},
               {QStringLiteral("resolvedDependencies"), dependencies}};
        builder = QString(QLatin1String("https://gitlab.com/") + claim(c, "project_path")
                          + QLatin1String("/-/runners/") + claim(c, "runner_environment"));
    } else {
        const QString workflowPath
            = claim(c, "workflow_ref").section(QLatin1Char('@'), 0, 0).section(QLatin1Char('/'), 2);
        definition = {
            {QStringLiteral("buildType"),
             QStringLiteral(
                 "https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1")},
            {QStringLiteral("externalParameters"),
             QJsonObject{{QStringLiteral("workflow"),
                          QJsonObject{{QStringLiteral("ref"), claim(c, "ref")},
                                      {QStringLiteral("repository"), repositoryUri},
                                      {QStringLiteral("path"), workflowPath}}}}},
            {QStringLiteral("internalParameters"),
             QJsonObject{{QStringLiteral("github"),
                          QJsonObject{{QStringLiteral("event_name"), claim(c, "event_name")},
                                      {QStringLiteral("repository_id"), claim(c, "repository_id")},
                                      {QStringLiteral("repository_owner_id"),
                                       claim(c, "repository_owner_id")}}}}},
            {QStringLiteral("resolvedDependencies"), dependencies}};
        builder
            = QLatin1String("https://github.com/actions/runner/") + claim(c, "runner_environment");
    }
    return {{QStringLiteral("buildDefinition"), definition},
            {QStringLiteral("runDetails"),
             QJsonObject{{QStringLiteral("builder"), QJsonObject{{QStringLiteral("id"), builder}}},
                         {QStringLiteral("metadata"),
                          QJsonObject{{QStringLiteral("invocationId"), invocation}}}}}};
}

} // namespace td::sandbox::sigstore
