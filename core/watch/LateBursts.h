// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/watch/BurstDetector.h"
#include "core/watch/WatchRelease.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace td::watch {

class WatchMemory;

// The key one account's publishes share in the BurstDetector (registry and watching account).
QString burstAccountKey(const QUrl &registry, const QString &account);

struct LateBurstUpdate
{
    QList<WatchRelease> updated; // the releases that now carry the burst reason
    QList<WatchRelease> raised;  // those among them that became open alarms just now
};

// A burst is only known when its last publish is judged: the first four of five packages were
// judged without it. This finds every judged new version (not baseline, not excluded) that now
// belongs to a burst of its account but lacks the burst reason, and adds it: an alarm, unless the
// user said the version was theirs (the reason is shown, the level stays).
LateBurstUpdate lateBurstReasons(const QList<WatchRelease> &releases, const BurstDetector &bursts,
                                 const WatchMemory &memory);

} // namespace td::watch
