// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/watch/WatchRelease.h"

#include <QTextStream>

namespace td::cli {

// One release in `tokendesk-cli watch`'s text output: the marker and level, what happened, who
// published it, then each reason indented ("ALARM  @acme/ui@1.1.1  new version by maintainer").
void printWatchRelease(QTextStream &out, const watch::WatchRelease &release);

} // namespace td::cli
