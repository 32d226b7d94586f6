// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"
#include "core/util/SecretBuffer.h"

#include <QObject>

#include <functional>
#include <memory>

namespace td {

// The GitHub CLI's sign-in for `host`: runs `gh auth token --hostname <host>` (found on PATH) and
// reads the token from its standard output straight into a SecretBuffer. Nothing goes through
// argv but the host. `done` is called once, on the caller's thread, unless `context` died.
void readGitHubCliToken(const QString &host, QObject *context,
                        std::function<void(Result<std::shared_ptr<const SecretBuffer>>)> done);

} // namespace td
