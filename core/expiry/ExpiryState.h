// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expiry/ExpiryThresholds.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace td {

struct Token;

// Semantic states, not colours: the view decides how each looks. Ordered from best to worst so
// "the worst state" (tray icon) is a max().
enum class ExpiryState { NoExpiry, Healthy, ExpiringSoon, Critical, Expired, Revoked };

// Pure functions: the clock is a parameter, so tables of (expires, now) test every boundary.
// Remaining time is counted in absolute seconds, so daylight-saving changes never shift it.
ExpiryState expiryState(const QDateTime &expires, const QDateTime &revoked, const QDateTime &now,
                        const ExpiryThresholds &thresholds = ExpiryThresholds::defaults());
ExpiryState expiryState(const Token &token, const QDateTime &now,
                        const ExpiryThresholds &thresholds = ExpiryThresholds::defaults());

// "in 2 d 4 h", "in 37 min", "expired 3 d ago", "no expiry" (translated).
QString countdownText(const QDateTime &expires, const QDateTime &now);

// Share of the token's life still ahead, 1.0 at creation → 0.0 at expiry; empty without an
// expiry or a creation date (the bar delegate then paints nothing).
std::optional<double> remainingLifeFraction(const QDateTime &created, const QDateTime &expires,
                                            const QDateTime &now);

QString expiryStateId(ExpiryState state); // "healthy", "expiring-soon"…

} // namespace td

Q_DECLARE_METATYPE(td::ExpiryState)
