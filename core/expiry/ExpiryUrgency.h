// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>

namespace td {

// How urgently a token needs attention, by the time it has left in absolute terms: a token
// expiring in 5 hours is critical whether it lived for a day or a year (the life fraction hid
// that). Unlike ExpiryState it does not follow the user's notice thresholds, so the table reads
// the same on every machine. Ordered from least to most urgent among the live states.
enum class Urgency { NoExpiry, Calm, Warning, High, Critical, Expired, Revoked };

// < 1 day critical, < 3 days high, < 7 days warning, otherwise calm.
Urgency expiryUrgency(const QDateTime &expires, const QDateTime &revoked, const QDateTime &now);

// The expiry bar's length: the time left on a fixed 30-day scale (1.0 = 30 days or more), so
// bars compare across tokens; a live token keeps a sliver so its colour still shows.
double timeLeftBarFill(const QDateTime &expires, const QDateTime &now);

} // namespace td

Q_DECLARE_METATYPE(td::Urgency)
