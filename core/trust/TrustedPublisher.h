// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFlags>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace td {

enum class TrustProvider { GitHub, GitLab, CircleCi };
QString trustProviderName(TrustProvider provider); // "github", "gitlab", "circleci"

enum class TrustAction { Publish = 0x1, StagePublish = 0x2 };
// npm's limit since 2026-09-03 (staged-publishing-and-2027.md §1).
inline constexpr int kMaxTrustConfigsPerPackage = 10;
Q_DECLARE_FLAGS(TrustActions, TrustAction)
Q_DECLARE_OPERATORS_FOR_FLAGS(TrustActions)

// One trusted-publisher configuration of a package, as npm stores it (npm-registry-api.md §6a).
// Named apart from registry/RegistryTypes.h's wire-level td::TrustConfig: two classes with one
// name in one library break the one-definition rule (QList<TrustConfig> would be shared).
// Only the fields of `type` are meaningful; all comparisons are case-sensitive, like npm's.
struct TrustedPublisher
{
    QString id; // set by the registry
    TrustProvider type = TrustProvider::GitHub;
    // GitHub: claims.repository, claims.workflow_ref.file
    QString repository;   // "owner/repo"
    QString workflowFile; // "publish.yml"
    // GitLab: claims.project_path, claims.ci_config_ref_uri.file
    QString projectPath;  // "group/sub/project"
    QString ciConfigFile; // ".gitlab-ci.yml"
    // CircleCI: claims.oidc.circleci.com/…
    QString orgId;
    QString projectId;
    QString pipelineDefinitionId;
    QString vcsOrigin; // "github.com/org/repo"
    QStringList contextIds;
    // All providers (optional)
    QString environment;
    TrustActions actions = TrustAction::Publish;

    // The registry's JSON: {type, claims: {...}, permissions: ["createPackage", …]}; no id.
    QJsonObject toJson() const;
    // Reads a registry answer; also accepts `environment` at the top level, as one npm
    // revision wrote it. nullopt for an unknown type.
    static std::optional<TrustedPublisher> fromJson(const QJsonObject &json);

    bool operator==(const TrustedPublisher &other) const;
};

} // namespace td
