// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/expiry/ExpiryThresholds.h"

#include <algorithm>

namespace td {

using namespace std::chrono_literals;

ExpiryThresholds ExpiryThresholds::defaults()
{
    constexpr std::chrono::seconds day = 24h;
    return ExpiryThresholds{{14 * day, 7 * day, 3 * day, 1 * day, 1h}, 14 * day, 3 * day};
}

QList<std::chrono::seconds> ExpiryThresholds::noticePoints() const
{
    QList<std::chrono::seconds> points;
    for (const auto before : notifyBefore)
        if (before > 0s && !points.contains(before))
            points.append(before);
    std::sort(points.begin(), points.end(), std::greater<>());
    points.append(0s);
    return points;
}

} // namespace td
