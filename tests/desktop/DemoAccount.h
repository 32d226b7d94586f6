// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace td::test {

// Writes one account ("maintainer@registry.npmjs.org") with `count` cached demoTokens() relative to
// `now` into the data folder `dataDir`, as a desktop start-up finds them. False when a file was not
// written.
bool seedDemoAccount(const QString &dataDir, const QDateTime &now, int count);

} // namespace td::test
