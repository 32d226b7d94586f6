// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expiry/ExpiryState.h"
#include "core/expiry/ExpiryThresholds.h"
#include "core/tokens/Token.h"

#include <QDateTime>
#include <QList>

#include <chrono>

namespace td {

// One line of the tray menu: a token that will expire, soonest first.
struct TrayEntry
{
    QString accountId;
    QString tokenKey;
    QString name; // the token's name, or its redacted form when it has none
    QDateTime expires;
    ExpiryState state = ExpiryState::Healthy;
};

// What the tray shows at a glance: the colour (the worst state) and the menu's token list.
struct TraySummary
{
    ExpiryState worst = ExpiryState::NoExpiry;
    QList<TrayEntry> soonest;
};

// Pure: the tray widget only draws what this returns.
// - Revoked tokens never count: they can no longer hurt anyone.
// - An expired token keeps the tray at Expired for `expiredRelevance` after its expiry (someone's
//   CI is probably failing), then it is old news and stops colouring the icon.
// - `soonest` lists at most `limit` tokens that have not expired yet, by expiry, then name.
TraySummary summarizeForTray(const QList<Token> &tokens, const QDateTime &now,
                             const ExpiryThresholds &thresholds = ExpiryThresholds::defaults(),
                             int limit = 5,
                             std::chrono::seconds expiredRelevance = std::chrono::hours(24 * 7));

} // namespace td
