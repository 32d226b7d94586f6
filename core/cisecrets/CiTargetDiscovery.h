// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cisecrets/CiSecretClient.h"
#include "core/npmconfig/CredentialFinding.h"
#include "core/trust/GitRemote.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace td {

// One CI reference found in a workflow file (CredentialScanner's CiSecret finding) and the stores
// its value may come from, most specific first. Built from the file itself (the job's
// `environment:`, CircleCI contexts) and the repository's git remote.
struct CiReference
{
    CredentialFinding finding;
    QList<CiSecretTarget> candidates;
};

// A candidate the service says exists.
struct CiResolvedTarget
{
    CiSecretTarget target;
    CiSecretState state; // as describe() answered
    CredentialFinding finding;
};

struct CiResolution
{
    QList<CiResolvedTarget> targets;
    QStringList problems; // translated: a store that could not be asked (sign-in, permission)
};

// Asks a service about one target (the CLI and the app route it to the signed-in account's
// client; E404 and {exists = false} mean "not there").
using CiDescribe = std::function<void(const CiSecretTarget &target,
                                      std::function<void(Result<CiSecretState>)> done)>;

namespace ci_discovery {

// The folder a workflow file belongs to: ".../repo/.github/workflows/x.yml" -> ".../repo".
QString repositoryRootOf(const QString &workflowPath);
// The remote to use for a CI of `provider`: the first remote on that provider's hosting ("origin"
// first), else "origin", else the first one; nullopt without a usable one.
std::optional<GitRemote> preferredRemote(const QList<GitRemote> &remotes, GitProvider provider);

// What the workflow file says around the reference: GitHub's and GitLab's job `environment:`
// (empty when none or an expression), CircleCI's contexts (every context the workflows use).
QString jobEnvironmentAt(const QString &workflowPath, int line);
QStringList circleCiContexts(const QString &configPath);

// The candidates for one reference: GitHub repository, environment, organization secret;
// GitLab project variable (the job's environment scope, then "*"), then each enclosing group;
// CircleCI project variable, then each context. Pure apart from reading the workflow file.
QList<CiSecretTarget> candidatesFor(const CredentialFinding &finding, const GitRemote &remote);

// Every CiSecret finding with its candidates (findings without a usable remote are left out).
QList<CiReference> referencesIn(const QList<CredentialFinding> &findings);

// Asks describe() for each candidate in order and keeps the ones that exist (each target once).
// `done` is called exactly once.
void resolve(const QList<CiReference> &references, const CiDescribe &describe,
             std::function<void(CiResolution)> done);

} // namespace ci_discovery

} // namespace td
