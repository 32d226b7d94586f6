// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace td::test {

// The publish-watch benchmarks' sandbox: `packages` packages "@bench/watch-NNN" of `maintainer`
// (password sandbox-password, no second factor), each with `versionsEach` versions 1.<v>.0.
QString watchBenchPackage(int i);
QByteArray watchBenchSeed(int packages, int versionsEach);
// Writes that seed to `path` (for `tokendesk-sandbox --seed <path>`); false when it could not.
bool writeWatchBenchSeed(const QString &path, int packages, int versionsEach);

} // namespace td::test
