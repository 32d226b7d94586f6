// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/migration/ReplacementPlanner.h"
#include "core/publishing/PublishPath.h"
#include "core/registry/RegistryTypes.h"
#include "core/tokens/Token.h"

#include <optional>

namespace td {

// Everything known about one package, gathered by PublishPathSurvey (or a test).
struct PublishPathFacts
{
    QString account;  // account id
    QString registry; // registry URL
    QString package;
    QList<Token> tokens;  // the account's listed tokens
    QList<TokenUse> uses; // where credentials are used on this machine (a migration Survey's)
    QString homeDir;      // paths under it are shown as "~/…"
    QDateTime now;        // from the injected clock: expired tokens publish nothing
    // nullopt: could not be read (offline, 401, …); `fetchProblem` says why.
    std::optional<QList<TrustConfig>> trust;
    std::optional<Packument> packument;
    QString fetchProblem; // translated, one line
};

// Does this token grant write (direct or stage) to `package`: all packages, the package by name,
// or its scope. Read-only, revoked and expired tokens do not.
bool tokenCanPublish(const Token &token, const QString &package, const QDateTime &now);

// The route a publishing token takes (StageOnlyToken, Bypass2faToken or DirectToken).
PublishRoute tokenRoute(const Token &token);

// The package's newest real release (never npm's 0.0.0-stage placeholder) and how it came.
LastRelease lastReleaseOf(const Packument &packument);

// Pure: facts in, verdict out (rules in PublishPathClassifier.cpp, issue 14).
PackagePublishPath classifyPublishPath(const PublishPathFacts &facts);

} // namespace td
