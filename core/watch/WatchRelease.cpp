// SPDX-License-Identifier: GPL-3.0-or-later
#include "WatchRelease.h"

#include <algorithm>

namespace td::watch {

QString WatchRelease::key() const
{
    return QStringList{registry.adjusted(QUrl::StripTrailingSlash).toString(), kindName(kind),
                       package, version, tag}
        .join(QLatin1Char(' '));
}

void sortForView(QList<WatchRelease> &releases)
{
    std::stable_sort(releases.begin(), releases.end(),
                     [](const WatchRelease &a, const WatchRelease &b) {
                         if (a.isOpenAlarm() != b.isOpenAlarm())
                             return a.isOpenAlarm();
                         if (a.at != b.at)
                             return a.at > b.at;
                         return a.seenAt > b.seenAt;
                     });
}

} // namespace td::watch
