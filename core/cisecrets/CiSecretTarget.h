// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace td {

// The CI services whose secret stores TokenDesk can write (ci-secrets.md).
enum class CiProvider { GitHub, GitLab, CircleCi };

QString ciProviderId(CiProvider provider);    // "github", "gitlab", "circleci"
QString ciProviderLabel(CiProvider provider); // "GitHub", "GitLab", "CircleCI"
std::optional<CiProvider> ciProviderFromId(const QString &id);
QString ciDefaultHost(CiProvider provider); // "github.com", "gitlab.com", "circleci.com"

// Where one CI secret lives.
enum class CiStoreKind {
    GitHubRepository,   // /repos/{owner}/{repo}/actions/secrets/{name}
    GitHubEnvironment,  // /repos/{owner}/{repo}/environments/{scope}/secrets/{name}
    GitHubOrganization, // /orgs/{owner}/actions/secrets/{name}
    GitLabProject,      // /projects/{url-encoded owner}/variables/{name}, environment_scope=scope
    GitLabGroup,        // /groups/{url-encoded owner}/variables/{name}, environment_scope=scope
    CircleCiProject,    // /project/{owner = project slug "gh/acme/widgets"}/envvar/{name}
    CircleCiContext,    // context named `scope` of organization `owner` ("gh/acme")
};

CiProvider ciProviderOf(CiStoreKind kind);

// One secret/variable in one CI store. No value, nothing secret: safe to log, journal and show.
struct CiSecretTarget
{
    CiStoreKind kind = CiStoreKind::GitHubRepository;
    QString host;  // "github.com", a GitHub Enterprise or self-managed GitLab host; lower-case
    QString owner; // GitHub owner/org; GitLab project or group path; CircleCI project/org slug
    QString repo;  // GitHub repository (repository and environment secrets); empty otherwise
    QString
        scope;    // GitHub environment; GitLab environment_scope ("*" when empty); CircleCI context
    QString name; // the secret or variable name, "NPM_TOKEN"

    CiProvider provider() const { return ciProviderOf(kind); }
    bool isValid() const;

    // A stable, printable key used by journals and the ledger, e.g.
    // "github:repository:github.com:acme/widgets:NPM_TOKEN",
    // "github:environment:github.com:acme/widgets:production:NPM_TOKEN",
    // "gitlab:project:gitlab.com:group/sub/proj:*:NPM_TOKEN",
    // "circleci:context:circleci.com:gh/acme:release:NPM_TOKEN". Round-trips through fromId().
    QString id() const;
    static std::optional<CiSecretTarget> fromId(const QString &id);

    // Translated, for people: "secret NPM_TOKEN in acme/widgets", "secret NPM_TOKEN of environment
    // production in acme/widgets", "organization secret NPM_TOKEN of acme", "variable NPM_TOKEN in
    // GitLab project group/proj", "variable NPM_TOKEN in CircleCI context release".
    QString label() const;

    QJsonObject toJson() const; // {"id","provider","kind","host","owner","repo","scope","name"}
    static std::optional<CiSecretTarget> fromJson(const QJsonObject &object);

    bool operator==(const CiSecretTarget &other) const { return id() == other.id(); }
};

QString ciStoreKindId(CiStoreKind kind); // "repository", "environment", "organization",
                                         // "project", "group", "context"

} // namespace td
