// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trust/TrustedPublisher.h"

#include <QJsonArray>

namespace td {

namespace {

const QLatin1String kCircleOrg("oidc.circleci.com/org-id");
const QLatin1String kCircleProject("oidc.circleci.com/project-id");
const QLatin1String kCirclePipeline("oidc.circleci.com/pipeline-definition-id");
const QLatin1String kCircleVcs("oidc.circleci.com/vcs-origin");
const QLatin1String kCircleContexts("oidc.circleci.com/context-ids");

QString fileOf(const QJsonValue &ref)
{
    return ref.isObject() ? ref.toObject().value(QLatin1String("file")).toString() : ref.toString();
}

} // namespace

QString trustProviderName(TrustProvider provider)
{
    switch (provider) {
    case TrustProvider::GitHub:
        return QStringLiteral("github");
    case TrustProvider::GitLab:
        return QStringLiteral("gitlab");
    case TrustProvider::CircleCi:
        break;
    }
    return QStringLiteral("circleci");
}

QJsonObject TrustedPublisher::toJson() const
{
    QJsonObject claims;
    switch (type) {
    case TrustProvider::GitHub:
        claims.insert(QLatin1String("repository"), repository);
        claims.insert(QLatin1String("workflow_ref"),
                      QJsonObject{{QLatin1String("file"), workflowFile}});
        break;
    case TrustProvider::GitLab:
        claims.insert(QLatin1String("project_path"), projectPath);
        claims.insert(QLatin1String("ci_config_ref_uri"),
                      QJsonObject{{QLatin1String("file"), ciConfigFile}});
        break;
    case TrustProvider::CircleCi:
        claims.insert(kCircleOrg, orgId);
        claims.insert(kCircleProject, projectId);
        claims.insert(kCirclePipeline, pipelineDefinitionId);
        claims.insert(kCircleVcs, vcsOrigin);
        if (!contextIds.isEmpty())
            claims.insert(kCircleContexts, QJsonArray::fromStringList(contextIds));
        break;
    }
    if (!environment.isEmpty())
        claims.insert(QLatin1String("environment"), environment);
    QJsonArray permissions;
    if (actions.testFlag(TrustAction::Publish))
        permissions.append(QStringLiteral("createPackage"));
    if (actions.testFlag(TrustAction::StagePublish))
        permissions.append(QStringLiteral("createStagedPackage"));
    return QJsonObject{{QLatin1String("type"), trustProviderName(type)},
                       {QLatin1String("claims"), claims},
                       {QLatin1String("permissions"), permissions}};
}

std::optional<TrustedPublisher> TrustedPublisher::fromJson(const QJsonObject &json)
{
    TrustedPublisher c;
    const QString type = json.value(QLatin1String("type")).toString();
    if (type == u"github")
        c.type = TrustProvider::GitHub;
    else if (type == u"gitlab")
        c.type = TrustProvider::GitLab;
    else if (type == u"circleci")
        c.type = TrustProvider::CircleCi;
    else
        return std::nullopt;
    c.id = json.value(QLatin1String("id")).toString();
    const QJsonObject claims = json.value(QLatin1String("claims")).toObject();
    c.repository = claims.value(QLatin1String("repository")).toString();
    c.workflowFile = fileOf(claims.value(QLatin1String("workflow_ref")));
    c.projectPath = claims.value(QLatin1String("project_path")).toString();
    c.ciConfigFile = fileOf(claims.value(QLatin1String("ci_config_ref_uri")));
    c.orgId = claims.value(kCircleOrg).toString();
    c.projectId = claims.value(kCircleProject).toString();
    c.pipelineDefinitionId = claims.value(kCirclePipeline).toString();
    c.vcsOrigin = claims.value(kCircleVcs).toString();
    for (const QJsonArray entries = claims.value(kCircleContexts).toArray();
         const QJsonValue &v : entries)
        c.contextIds << v.toString();
    c.environment = claims.value(QLatin1String("environment")).toString();
    if (c.environment.isEmpty())
        c.environment = json.value(QLatin1String("environment")).toString();
    // Configs created before staged publishing (2026-05-20) have no permissions: publish only.
    const QJsonArray permissions = json.value(QLatin1String("permissions")).toArray();
    if (!permissions.isEmpty()) {
        c.actions = {};
        for (const QJsonValue &p : permissions) {
            if (p.toString() == u"createPackage")
                c.actions |= TrustAction::Publish;
            else if (p.toString() == u"createStagedPackage")
                c.actions |= TrustAction::StagePublish;
        }
    }
    return c;
}

bool TrustedPublisher::operator==(const TrustedPublisher &o) const
{
    return type == o.type && repository == o.repository && workflowFile == o.workflowFile
        && projectPath == o.projectPath && ciConfigFile == o.ciConfigFile && orgId == o.orgId
        && projectId == o.projectId && pipelineDefinitionId == o.pipelineDefinitionId
        && vcsOrigin == o.vcsOrigin && contextIds == o.contextIds && environment == o.environment
        && actions == o.actions;
}

} // namespace td
