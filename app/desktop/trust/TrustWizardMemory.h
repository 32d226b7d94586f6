// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trust/TrustPlanner.h"
#include "core/trust/TrustService.h"

#include <QDateTime>
#include <QHash>
#include <QUrl>

namespace td {

// What the wizard read of each package's trust configs (with a second factor), remembered
// without secrets exactly as `tokendesk-cli trust list` does (provenance::TrustConfigMemory), so
// the verify step and the publish watch judge a release's publisher against them. A package the
// registry did not answer for is not remembered: "unknown", never "no configs". A failure to
// write loses nothing the user asked for, so it is only logged.
void rememberReadConfigs(const QString &memoryPath, const QUrl &registry,
                         const QHash<QString, PackageRegistryState> &states, const QDateTime &now);

// After Apply: a Verified outcome means the registry was read back holding the new config and
// none of the replaced ones, so that is what is remembered for it.
void rememberVerifiedConfigs(const QString &memoryPath, const QUrl &registry,
                             const QHash<QString, PackageRegistryState> &before,
                             const QList<TrustTarget> &targets, const QList<TrustOutcome> &outcomes,
                             const QDateTime &now);

} // namespace td
