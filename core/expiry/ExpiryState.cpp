// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/expiry/ExpiryState.h"

#include "core/tokens/Token.h"

#include <QCoreApplication>

#include <algorithm>

namespace td {

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// The two largest units, the smaller one left out when it is zero: "2 d 4 h", "3 h", "37 min".
QString duration(qint64 seconds)
{
    if (seconds >= kDay) {
        const qint64 hours = (seconds % kDay) / kHour;
        return hours ? QCoreApplication::translate("td::Countdown", "%1 d %2 h")
                           .arg(seconds / kDay)
                           .arg(hours)
                     : QCoreApplication::translate("td::Countdown", "%1 d").arg(seconds / kDay);
    }
    if (seconds >= kHour) {
        const qint64 minutes = (seconds % kHour) / kMinute;
        return minutes ? QCoreApplication::translate("td::Countdown", "%1 h %2 min")
                             .arg(seconds / kHour)
                             .arg(minutes)
                       : QCoreApplication::translate("td::Countdown", "%1 h").arg(seconds / kHour);
    }
    if (seconds >= kMinute)
        return QCoreApplication::translate("td::Countdown", "%1 min").arg(seconds / kMinute);
    return QCoreApplication::translate("td::Countdown", "%1 s").arg(seconds);
}

// Past times are rounded down to one unit: "expired 3 d ago" reads better than "3 d 2 h ago".
QString agoDuration(qint64 seconds)
{
    if (seconds >= kDay)
        return QCoreApplication::translate("td::Countdown", "%1 d").arg(seconds / kDay);
    if (seconds >= kHour)
        return QCoreApplication::translate("td::Countdown", "%1 h").arg(seconds / kHour);
    return QCoreApplication::translate("td::Countdown", "%1 min").arg(seconds / kMinute);
}

} // namespace

ExpiryState expiryState(const QDateTime &expires, const QDateTime &revoked, const QDateTime &now,
                        const ExpiryThresholds &thresholds)
{
    if (revoked.isValid())
        return ExpiryState::Revoked;
    if (!expires.isValid())
        return ExpiryState::NoExpiry;
    const qint64 remaining = now.secsTo(expires);
    if (remaining <= 0)
        return ExpiryState::Expired;
    if (remaining <= thresholds.critical.count())
        return ExpiryState::Critical;
    if (remaining <= thresholds.soon.count())
        return ExpiryState::ExpiringSoon;
    return ExpiryState::Healthy;
}

ExpiryState expiryState(const Token &token, const QDateTime &now,
                        const ExpiryThresholds &thresholds)
{
    return expiryState(token.expires, token.revoked, now, thresholds);
}

QString countdownText(const QDateTime &expires, const QDateTime &now)
{
    if (!expires.isValid())
        return QCoreApplication::translate("td::Countdown", "no expiry");
    const qint64 remaining = now.secsTo(expires);
    if (remaining > 0)
        return QCoreApplication::translate("td::Countdown", "in %1").arg(duration(remaining));
    if (-remaining < kMinute)
        return QCoreApplication::translate("td::Countdown", "expired just now");
    return QCoreApplication::translate("td::Countdown", "expired %1 ago")
        .arg(agoDuration(-remaining));
}

std::optional<double> remainingLifeFraction(const QDateTime &created, const QDateTime &expires,
                                            const QDateTime &now)
{
    if (!created.isValid() || !expires.isValid())
        return std::nullopt;
    const qint64 life = created.secsTo(expires);
    if (life <= 0)
        return 0.0;
    return std::clamp(double(now.secsTo(expires)) / double(life), 0.0, 1.0);
}

QString expiryStateId(ExpiryState state)
{
    switch (state) {
    case ExpiryState::NoExpiry:
        return QStringLiteral("no-expiry");
    case ExpiryState::Healthy:
        return QStringLiteral("healthy");
    case ExpiryState::ExpiringSoon:
        return QStringLiteral("expiring-soon");
    case ExpiryState::Critical:
        return QStringLiteral("critical");
    case ExpiryState::Expired:
        return QStringLiteral("expired");
    case ExpiryState::Revoked:
        return QStringLiteral("revoked");
    }
    return {};
}

} // namespace td
