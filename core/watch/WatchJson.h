// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/watch/WatchRelease.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace td::watch {

// WatchRelease as JSON: what `tokendesk-cli watch --json` prints and what WatchService keeps of
// the recent releases across restarts (no secret is in a release). Keys: registry, account, kind
// ("new-version", …), package, version, tag, fromVersion, actor, at, seenAt, level ("expected",
// "notable", "alarm"), open, reasons, codes, note, publishPath, publisher {issuer, repository,
// workflow, ref, commit, trigger, runner, environment, run}, baseline, acknowledged.
QJsonObject releaseToJson(const WatchRelease &release);
// nullopt for an object that is not a release (no package or an unknown kind or level).
std::optional<WatchRelease> releaseFromJson(const QJsonObject &object);

QJsonArray releasesToJson(const QList<WatchRelease> &releases);
QList<WatchRelease> releasesFromJson(const QJsonArray &array); // skips what does not read

} // namespace td::watch
