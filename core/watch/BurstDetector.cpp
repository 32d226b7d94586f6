// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/watch/BurstDetector.h"

#include <QSet>

#include <algorithm>

namespace td::watch {

BurstDetector::BurstDetector() : BurstDetector(Settings()) { }

BurstDetector::BurstDetector(Settings settings) : m_settings(settings) { }

std::optional<BurstDetector::Burst>
BurstDetector::record(const QString &account, const QString &package, const QDateTime &at)
{
    if (!at.isValid())
        return std::nullopt;
    QList<Publish> &list = m_publishes[account];
    const auto position
        = std::upper_bound(list.cbegin(), list.cend(), at,
                           [](const QDateTime &t, const Publish &p) { return t < p.at; });
    list.insert(position, {package, at});
    const QDateTime horizon = list.constLast().at.addDays(-1);
    list.erase(list.cbegin(), std::find_if(list.cbegin(), list.cend(), [&](const Publish &p) {
                   return p.at >= horizon;
               }));
    return burstAt(account, at);
}

std::optional<BurstDetector::Burst> BurstDetector::burstAt(const QString &account,
                                                           const QDateTime &at) const
{
    const auto found = m_publishes.constFind(account);
    if (!at.isValid() || found == m_publishes.cend())
        return std::nullopt;
    const QList<Publish> &list = *found;
    // Every window [start, start + length] that starts at a recorded publish and holds `at`:
    // the one with the most distinct packages decides.
    std::optional<Burst> best;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QDateTime start = list[i].at;
        const QDateTime end = start.addSecs(m_settings.windowSeconds);
        if (start > at)
            break;
        if (end < at)
            continue;
        QSet<QString> packages;
        QDateTime last = start;
        for (qsizetype j = i; j < list.size() && list[j].at <= end; ++j) {
            packages.insert(list[j].package);
            last = list[j].at;
        }
        if (packages.size() < m_settings.packages
            || (best && packages.size() <= best->packages.size()))
            continue;
        Burst burst;
        burst.packages = QStringList(packages.cbegin(), packages.cend());
        burst.packages.sort();
        burst.first = start;
        burst.last = last;
        burst.windowSeconds = m_settings.windowSeconds;
        best = burst;
    }
    return best;
}

} // namespace td::watch
