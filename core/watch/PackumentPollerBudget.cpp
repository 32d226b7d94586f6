// SPDX-License-Identifier: GPL-3.0-or-later
// PackumentPoller's reports: the last hour's requests, budget(), unwatched() and isIdle().
#include "core/watch/PackumentPoller.h"

#include "core/util/Clock.h"
#include "core/watch/PackumentPollerState.h"

#include <algorithm>

namespace td::watch {

void PackumentPoller::count(int requests, qint64 bytes)
{
    const QDateTime now = m_clock.now();
    for (int i = 0; i < requests; ++i)
        m_sent.append({now, i == 0 ? bytes : 0});
    const QDateTime hourAgo = now.addSecs(-3600);
    m_sent.removeIf([&hourAgo](const auto &sent) { return sent.first <= hourAgo; });
    Q_EMIT budgetChanged();
}

bool PackumentPoller::isIdle() const
{
    return m_tokenReads == 0
        && std::none_of(m_targets.cbegin(), m_targets.cend(),
                        [](const auto &target) { return target->inFlight; });
}

WatchBudget PackumentPoller::budget() const
{
    WatchBudget budget;
    const QDateTime now = m_clock.now();
    const QDateTime hourAgo = now.addSecs(-3600);
    for (const auto &[when, bytes] : m_sent)
        if (when > hourAgo) {
            ++budget.requestsLastHour;
            budget.bytesLastHour += bytes;
        }
    for (const auto &target : m_targets)
        if (target->unwatchedReason.isEmpty())
            ++budget.packages;
    budget.plannedRequestsPerHour = int(budget.packages * 3600 / m_interval.count());
    for (const auto &registry : m_registries)
        if (registry->backoffUntil.isValid() && registry->backoffUntil > now)
            budget.backingOffUntil = std::max(budget.backingOffUntil, registry->backoffUntil);
    return budget;
}

QList<UnwatchedPackage> PackumentPoller::unwatched() const
{
    QList<UnwatchedPackage> list;
    for (const auto &target : m_targets)
        if (!target->unwatchedReason.isEmpty())
            list.append({target->target.registry, target->target.package, target->unwatchedReason});
    std::sort(list.begin(), list.end(),
              [](const auto &a, const auto &b) { return a.package < b.package; });
    return list;
}

} // namespace td::watch
