// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/expiry/ExpiryUrgency.h"

#include <algorithm>

namespace td {

namespace {
constexpr qint64 kDay = 24 * 60 * 60;
constexpr qint64 kBarScale = 30 * kDay;
constexpr double kMinimumLiveFill = 0.04;
} // namespace

Urgency expiryUrgency(const QDateTime &expires, const QDateTime &revoked, const QDateTime &now)
{
    if (revoked.isValid())
        return Urgency::Revoked;
    if (!expires.isValid())
        return Urgency::NoExpiry;
    const qint64 remaining = now.secsTo(expires); // absolute seconds: DST never shifts it
    if (remaining <= 0)
        return Urgency::Expired;
    if (remaining < kDay)
        return Urgency::Critical;
    if (remaining < 3 * kDay)
        return Urgency::High;
    if (remaining < 7 * kDay)
        return Urgency::Warning;
    return Urgency::Calm;
}

double timeLeftBarFill(const QDateTime &expires, const QDateTime &now)
{
    if (!expires.isValid())
        return 0.0;
    const qint64 remaining = now.secsTo(expires);
    if (remaining <= 0)
        return 0.0;
    return std::clamp(double(remaining) / double(kBarScale), kMinimumLiveFill, 1.0);
}

} // namespace td
