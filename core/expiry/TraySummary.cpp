// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/expiry/TraySummary.h"

#include <algorithm>

namespace td {

TraySummary summarizeForTray(const QList<Token> &tokens, const QDateTime &now,
                             const ExpiryThresholds &thresholds, int limit,
                             std::chrono::seconds expiredRelevance)
{
    TraySummary summary;
    QList<TrayEntry> upcoming;
    for (const Token &token : tokens) {
        if (token.isRevoked())
            continue;
        const ExpiryState state = expiryState(token, now, thresholds);
        if (state == ExpiryState::Expired) {
            if (token.expires.secsTo(now) > expiredRelevance.count())
                continue;
        } else if (token.hasExpiry()) {
            upcoming.append({token.accountId, token.key,
                             token.name.isEmpty() ? token.redacted : token.name, token.expires,
                             state});
        }
        summary.worst = std::max(summary.worst, state);
    }
    std::sort(upcoming.begin(), upcoming.end(), [](const TrayEntry &a, const TrayEntry &b) {
        if (a.expires != b.expires)
            return a.expires < b.expires;
        return a.name < b.name;
    });
    if (limit >= 0 && upcoming.size() > limit)
        upcoming.resize(limit);
    summary.soonest = std::move(upcoming);
    return summary;
}

} // namespace td
