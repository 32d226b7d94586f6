// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/creation/LostTokenSearch.h"

#include <algorithm>

namespace td {

QList<Token> tokensFromLostCreate(const QList<Token> &listed, const CreateAttempt &attempt,
                                  std::chrono::seconds slack)
{
    QList<Token> candidates;
    if (attempt.name.isEmpty() || !attempt.sentAt.isValid())
        return candidates;
    const QDateTime earliest = attempt.sentAt.addSecs(-slack.count());
    for (const Token &token : listed) {
        if (token.name != attempt.name || token.isRevoked() || !token.created.isValid())
            continue;
        if (token.created < earliest)
            continue;
        candidates.append(token);
    }
    // Newest first; equal times keep the registry's order so the result is deterministic.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Token &a, const Token &b) { return a.created > b.created; });
    return candidates;
}

} // namespace td
