// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/RegistryTypes.h"
#include "core/trust/TrustVerifier.h"
#include "core/trust/TrustedPublisher.h"

#include <QList>
#include <QString>

#include <optional>

namespace td {

// Translates between the registry's wire-level TrustConfig ({type, claims, permissions} as the
// JSON DTOs read it) and the trust module's typed TrustedPublisher. Going through the same JSON
// shape keeps one definition of the field names (TrustedPublisher::toJson/fromJson).
TrustConfig toRegistryConfig(const TrustedPublisher &publisher);
std::optional<TrustedPublisher> fromRegistryConfig(const TrustConfig &config);
// Unknown types are dropped: they can never match what a repository needs.
QList<TrustedPublisher> fromRegistryConfigs(const QList<TrustConfig> &configs);

// The publish path of `version` (default: the `latest` dist-tag) of a packument the registry
// client already parsed: the same verdict as TrustVerifier::checkPublishPath.
PublishPath publishPathOf(const Packument &packument, const QString &version = {});

} // namespace td
