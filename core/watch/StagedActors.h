// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/StagedRelease.h"
#include "core/watch/WatchEvent.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace td::watch {

// Staged versions (core/stage's StageInbox list) whose actor never staged a version of that
// package before: one StagedByNewActor event each. `knownStagers` maps a package to the actors
// seen staging it (WatchMemory keeps them); a package missing from it is seen for the first time:
// its stagers become the baseline, no event. npm's "0.0.0-stage" placeholders are skipped.
QList<WatchEvent> stagedByNewActors(const QList<StagedRelease> &staged,
                                    const QHash<QString, QStringList> &knownStagers);

} // namespace td::watch
