// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace td::provenance {

// Who built a version, as the Fulcio certificate of its provenance says (from the CI's OIDC
// token) — never from the SLSA predicate, which the job writes about itself. Field comments name
// the extension 1.3.6.1.4.1.57264.1.<n> each comes from (publish-watch.md §3.3).
struct PublisherIdentity
{
    QString issuer;                  // .8 (.1 in old certificates)
    QString buildSignerUri;          // .9 (the called, maybe reusable, workflow)
    QString runnerEnvironment;       // .11 "github-hosted" | "self-hosted"
    QString sourceRepositoryUri;     // .12 "https://github.com/owner/name"
    QString sourceRepositoryDigest;  // .13 commit (.3 in old certificates)
    QString sourceRepositoryRef;     // .14 "refs/tags/v1.2.3" (.6 in old certificates)
    QString sourceRepositoryId;      // .15 numeric
    QString sourceRepositoryOwnerId; // .17 numeric
    QString buildConfigUri;          // .18 top-level workflow "…/.github/workflows/x.yml@ref"
    QString buildTrigger;            // .20 "push", "release", "pull_request_target", … (.2 old)
    QString runInvocationUri;        // .21 "…/actions/runs/<id>/attempts/<n>"
    QString deploymentEnvironment;   // .23
    QString subjectAlternativeName;  // SAN URI

    QString repository() const;   // "owner/name" from sourceRepositoryUri
    QString workflowFile() const; // ".github/workflows/release.yml", the path of buildConfigUri
    bool isGitHubActions() const; // issued for GitHub Actions' OIDC tokens

    bool operator==(const PublisherIdentity &other) const = default;
};

inline constexpr auto kGitHubActionsIssuer = "https://token.actions.githubusercontent.com";

} // namespace td::provenance
