// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/provenance/PublisherIdentity.h"
#include "core/watch/WatchEvent.h"
#include "core/watch/WatchVerdict.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace td::watch {

// One judged event of a watched package as the Releases view, the CLI and notifications show it:
// what happened (a new version, a tag moved, …), who published it, and the verdict with its
// reasons. A plain value; WatchService keeps the recent ones across restarts.
struct WatchRelease
{
    QUrl registry;
    QString account; // the watching account's id (empty for a pinned package)
    WatchEvent::Kind kind = WatchEvent::Kind::NewVersion;
    QString package;
    QString version;
    QString tag;         // TagMoved
    QString fromVersion; // TagMoved
    QString actor;       // _npmUser.name, the maintainer added/removed, the stager
    QDateTime at;        // when it happened, from the packument (UTC)
    QDateTime seenAt;    // when the watch saw it (UTC)

    WatchVerdict::Level level = WatchVerdict::Level::Expected;
    QStringList reasons; // translated, worst first
    QStringList codes;   // the stable word of each reason
    QString note;        // why a mark or the baseline set the level
    QString publishPath; // "Published by GitHub Actions from acme/ui, release.yml …" (new versions)
    std::optional<provenance::PublisherIdentity> publisher; // from the verified provenance leaf

    bool baseline = false;     // seen on the first run over the history: shown, never alarms
    bool acknowledged = false; // the user said "it was me" or acknowledged the alarm

    bool isOpenAlarm() const
    {
        return level == WatchVerdict::Level::Alarm && !acknowledged && !baseline;
    }
    // "<package>@<version>" (the package alone for maintainer events)
    QString spec() const
    {
        return version.isEmpty() ? package : QString(package + QLatin1Char('@') + version);
    }
    // Identifies the event: registry, kind, package, version and tag.
    QString key() const;
};

// The order of the Releases view: open alarms first, then newest first (by `at`, then seenAt).
void sortForView(QList<WatchRelease> &releases);

} // namespace td::watch
