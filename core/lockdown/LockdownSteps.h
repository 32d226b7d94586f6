// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lockdown/LockdownPlan.h"

// The step builders behind LockdownPlan::build, one per step of publish-watch.md §5.
namespace td::lockdownsteps {

LockdownStep requireTwoFactor(const LockdownFacts &facts);
LockdownStep revokeTrust(const LockdownFacts &facts);
LockdownStep revokeTokens(const LockdownFacts &facts);
LockdownStep removeMaintainers(const LockdownFacts &facts);
LockdownStep rejectStaged(const LockdownFacts &facts);
LockdownStep moveDistTags(const LockdownFacts &facts);
LockdownStep deprecate(const LockdownFacts &facts);
LockdownStep unpublish(const LockdownFacts &facts);

} // namespace td::lockdownsteps
