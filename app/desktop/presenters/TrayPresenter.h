// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expiry/ExpiryThresholds.h"
#include "core/tokens/Token.h"

#include <QDateTime>

#include <functional>

namespace td {

class TrayController;
struct ExpiryNotice;
struct StagedRelease;

// What the tray shows: its colour from the worst token, the soonest expiries in its menu, and
// expiry notices as desktop notifications (critical within 24 h).
void presentTraySummary(TrayController &tray, const QList<Token> &allTokens, const QDateTime &now,
                        const ExpiryThresholds &thresholds);
// `shown` says whether the notice reached the user (the scheduler remembers it only then).
void presentExpiryNotice(TrayController &tray, const ExpiryNotice &notice,
                         std::function<void(bool shown)> shown);
// "@acme/ui 2.4.0 is staged and waits for your approval", with a button that opens the Staged
// releases tab (StageInbox announces each version once).
// `shown` as for presentExpiryNotice (StagedNotices sends it again later when it was not).
void presentStagedNotice(TrayController &tray, const StagedRelease &release,
                         std::function<void(bool shown)> shown = {});

} // namespace td
