// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/watch/LateBursts.h"

#include "core/watch/WatchMemory.h"

#include <QLatin1Char>

#include <algorithm>

namespace td::watch {

namespace {
const QString kBurstCode = QStringLiteral("burst");
} // namespace

QString burstAccountKey(const QUrl &registry, const QString &account)
{
    return registry.toString() + QLatin1Char(' ') + account;
}

LateBurstUpdate lateBurstReasons(const QList<WatchRelease> &releases, const BurstDetector &bursts,
                                 const WatchMemory &memory)
{
    LateBurstUpdate update;
    for (WatchRelease release : releases) {
        if (release.kind != WatchEvent::Kind::NewVersion || release.baseline
            || release.codes.contains(kBurstCode))
            continue;
        const auto burst
            = bursts.burstAt(burstAccountKey(release.registry, release.account), release.at);
        if (!burst || !burst->packages.contains(release.package))
            continue;
        const WatchMarks marks = memory.marks(release.registry);
        if (marks.isExcluded(release.package))
            continue;
        const bool wasOpen = release.isOpenAlarm();
        const WatchReason reason = burstReason(*burst);
        // Worst first: ahead of lesser reasons; behind the first alarm reason, which stays the
        // one the notification already named.
        const qsizetype at = release.level == WatchVerdict::Level::Alarm ? 1 : 0;
        release.reasons.insert(std::min(at, release.reasons.size()), reason.text);
        release.codes.insert(std::min(at, release.codes.size()), reason.code);
        if (!marks.wasMe(release.package, release.version))
            release.level = WatchVerdict::Level::Alarm;
        update.updated.append(release);
        if (!wasOpen && release.isOpenAlarm())
            update.raised.append(release);
    }
    return update;
}

} // namespace td::watch
