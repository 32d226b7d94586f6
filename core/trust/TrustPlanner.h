// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trust/GitRemote.h"
#include "core/trust/PackageInfo.h"
#include "core/trust/TrustVerifier.h"
#include "core/trust/TrustedPublisher.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace td {

// What the registry says about one package (filled by the caller from GET /<pkg> and
// GET /-/package/<pkg>/trust).
struct PackageRegistryState
{
    bool exists = false;
    QList<TrustedPublisher> configs;
    // Translated, one line: the registry answered something other than the package or a 404
    // (a timeout, a 500, an expired session). Then `exists` and `configs` say nothing, and the
    // package must not be planned as new (bootstrap) or unconfigured.
    QString readError;
};

// Whether package.json `repository` agrees with the git remote, and the exact fix if not.
struct RepositoryCheck
{
    bool matches = false;
    QString problem;        // translated; empty when matches
    QString fixedUrl;       // "git+https://github.com/acme/widgets.git"
    QString fixedDirectory; // package folder for monorepo packages, else ""
    QString fixJson;        // the `"repository": {...}` member to put into package.json
};

struct PackagePlan
{
    enum class Action {
        Create,            // create `toCreate`
        AlreadyConfigured, // a matching config exists
        Bootstrap,         // the package does not exist yet: publish once first
        Skip,              // private or nameless
        // No free slot: the package holds kMaxTrustConfigsPerPackage configs and none matches.
        // A new config (also one replacing a differing one: it is created first) needs room,
        // so the user must remove one; nothing is sent.
        Conflict,
    };
    QString packageName;
    QString relativeDir;
    Action action = Action::Skip;
    QList<TrustedPublisher> toCreate;
    QList<TrustedPublisher> differing; // older versions of this publisher, replaced by toCreate
    TrustVerification verification;    // desired vs existing
    RepositoryCheck repository;
    QStringList problems; // translated, blocking (invalid workflow file name, …)
};

class TrustPlanner
{
    Q_DECLARE_TR_FUNCTIONS(td::TrustPlanner)
public:
    // "" when valid; else a translated reason. A bare file name ending in .yml or .yaml.
    static QString workflowFileProblem(const QString &fileName);
    static RepositoryCheck checkRepository(const PackageInfo &package, const GitRemote &remote);
    // The config a repository needs: GitHub repository "owner/repo" or GitLab project path
    // from the remote, plus the workflow/CI file, environment and allowed actions.
    static TrustedPublisher desiredConfig(const GitRemote &remote, const QString &workflowFile,
                                          const QString &environment, TrustActions actions);
    // Whether two configs are versions of one publisher (same repository and CI file, letter
    // case aside): the old one is replaced, not kept beside the new one.
    static bool isSamePublisher(const TrustedPublisher &a, const TrustedPublisher &b);
    static PackagePlan planPackage(const PackageInfo &package, const PackageRegistryState &state,
                                   const TrustedPublisher &desired, const GitRemote &remote);
    // One plan per package, in the given order; `states` is keyed by package name (missing
    // entries count as "does not exist").
    static QList<PackagePlan> plan(const QList<PackageInfo> &packages,
                                   const QHash<QString, PackageRegistryState> &states,
                                   const TrustedPublisher &desired, const GitRemote &remote);
};

} // namespace td
