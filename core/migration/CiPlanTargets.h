// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cisecrets/CiAttribution.h"
#include "core/migration/ReplacementPlan.h"
#include "core/migration/TokenUsage.h"

namespace td {

// Gives every plan row that creates a token the CI stores that hold its old token (in the
// contract's attribution order), so the runner pushes the replacement there; those stores'
// workflow references join the row's references, because TokenDesk now updates them itself
// and they stop being manual steps. Shared by `tokendesk-cli token rotate`/`migrate` and the
// desktop's rotation and migration.
void attachCiTargets(QList<PlanRow> &rows, const QList<CiResolvedTarget> &resolved,
                     const CiSecretLedger &ledger, const QList<TokenUse> &uses);

} // namespace td
