// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cisecrets/CiSecretTarget.h"
#include "core/npmconfig/CredentialFinding.h"
#include "core/npmconfig/TokenMatcher.h"
#include "core/tokens/Token.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace td {

// What a plan row will do.
enum class PlanAction {
    CreateReadWrite,   // granular read-write limited to the user's packages
    CreateReadOnly,    // granular read-only
    CreateBypass2fa,   // granular read-write that bypasses 2FA (CI); direct publishing ends 2027-01
    CreateStageOnly,   // granular "read and write (stage only)"
    Rotate,            // same grants, fresh expiry
    TrustedPublishing, // CI publishes with OIDC: no token (handed to the trust wizard)
    RemoveLine,        // delete the reference (dead token)
    Keep,              // leave as is
    // After trusted publishing (ReplacementPlanner::planAfterTrustedPublishing):
    Revoke,         // nothing needs it any more: remove its lines, then revoke it
    ReplaceWithout, // same grants minus the packages that now publish through OIDC
};

QString planActionId(PlanAction action);
QString planActionLabel(PlanAction action); // translated
bool planActionCreatesToken(PlanAction action);
// The row deletes its credential lines instead of rewriting them (no new token).
bool planActionRemovesLines(PlanAction action);

// The token to create: npm's creation fields (no secret, no password).
struct ReplacementSpec : TokenGrants
{
    ReplacementSpec() { packagesPermission = Permission::ReadOnly; }

    QString name;
    QString description;
    int expiresDays = 30;
};

// One token in use and what to do about it.
struct PlanRow
{
    QString registry;              // nerf-darted
    std::optional<Token> oldToken; // when matched
    TokenIdentity identity;        // of the secret in use
    MatchOutcome outcome = MatchOutcome::NotCheckable;
    QList<CredentialFinding> references; // every place it is used
    QList<PlanAction> choices;           // what the user may pick, the proposal first
    PlanAction action = PlanAction::Keep;
    ReplacementSpec spec;     // meaningful when the action creates a token
    QStringList warnings;     // translated
    QStringList notes;        // translated: manual steps (CI secrets, env variables)
    QStringList dropPackages; // ReplaceWithout: what the replacement no longer covers
    // An old token a previous run replaced but could not revoke: "revoke pending: retry"
    // (pendingRevokeRows()); no references, action Revoke.
    bool pendingRevoke = false;
    // The CI secrets holding this token that a signed-in CI account can update (issue 15): the
    // runner pushes the replacement into each, verifies it, waits the grace period, then revokes.
    QList<CiSecretTarget> ciTargets;

    bool usedByCiOnly() const;
    // References TokenDesk cannot rewrite itself: not an .npmrc line, and not a CI reference one
    // of `ciTargets` updates.
    bool hasManualReferences() const;
    // A CI reference that one of `ciTargets` takes care of (same provider, same secret name).
    bool isCoveredByCi(const CredentialFinding &reference) const;
};

} // namespace td
