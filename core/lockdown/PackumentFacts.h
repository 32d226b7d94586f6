// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lockdown/LockdownPlan.h"

#include <QJsonObject>

namespace td {

// What a full packument (GET /<p>, as RegistryClient::packumentJson returns it) tells a lockdown
// about one package: its maintainers (and, where versions record them, those of the last good
// version), how each bad version came (trusted publisher id or token), dist-tags, publish
// times, and the last good version — the
// newest version published before the first bad one that is neither bad nor deprecated nor a
// prerelease. Trust configs, staged versions, access settings and dependents come from elsewhere
// (they need a session, 2FA or another endpoint): the caller adds them.
LockdownPackage lockdownPackageFromPackument(const QJsonObject &packument,
                                             const QStringList &badVersions);

} // namespace td
