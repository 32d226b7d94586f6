// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/Application.h"

#include <QDateTime>
#include <QString>

namespace td::test {

// Writes one account ("maintainer@registry.npmjs.org") with `count` cached demoTokens() relative to
// `now` into the data folder `dataDir`, as a desktop start-up finds them. False when a file was not
// written.
bool seedDemoAccount(const QString &dataDir, const QDateTime &now, int count);

// The options of an Application over the data folder `dataDir`, on `clock` and `secrets` (the
// test's fakes; not owned). Tests set what else their case needs (e.g. startHidden).
ApplicationOptions demoAppOptions(const QString &dataDir, const Clock &clock, SecretStore &secrets);

} // namespace td::test
