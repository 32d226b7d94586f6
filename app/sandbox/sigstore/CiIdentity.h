// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// From a CI id token's claims to what the sandbox Fulcio writes into a leaf and what the job's
// SLSA provenance predicate says, mapped the way Fulcio maps GitHub's and GitLab's tokens.
#include "FulcioCa.h"

#include <QJsonObject>

namespace td::sandbox::sigstore {

// The sandbox's id tokens carry only the claims a test gives (repository, workflow_ref …); a
// real GitHub or GitLab token always has the rest. This fills each missing claim the way the CI
// would (ids derived from the names, so one repository keeps its ids), leaving given ones alone.
// "x_sandbox_provider" (github | gitlab) says which CI; GitHub when absent.
QJsonObject completeClaims(const QJsonObject &claims);

// Fulcio's extensions (.8 issuer … .23 environment) and the SAN for completed claims.
LeafIdentity leafIdentity(const QJsonObject &completedClaims);

// The SLSA v1 predicate the npm CLI writes in the job (from the same environment).
QJsonObject provenancePredicate(const QJsonObject &completedClaims);

} // namespace td::sandbox::sigstore
