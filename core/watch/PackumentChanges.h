// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/watch/WatchEvent.h"

#include <QJsonObject>
#include <QList>

namespace td::watch {

// What changed between two FULL packuments of one package (GET /<name>, application/json): new
// and removed versions, newly deprecated versions, moved dist-tags, added and removed
// maintainers. An empty `before` is the first sight of the package: no events (the caller keeps
// `after` as its baseline and shows the history without judging it). Events come in a fixed
// order: versions removed, new versions (oldest first), deprecations, tags, maintainers.
// `registry` and `account` are left empty for the caller.
QList<WatchEvent> detectChanges(const QJsonObject &before, const QJsonObject &after);

} // namespace td::watch
