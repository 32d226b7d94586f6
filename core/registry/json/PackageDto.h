// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/RegistryTypes.h"
#include "core/util/Result.h"

#include <QByteArray>

namespace td::json {

// {"name": "value", ...} maps: package listings ("read"/"write"), org rosters (roles).
Result<AccessMap> parseStringMap(const QByteArray &body);

// GET /-/v1/search.
Result<SearchResult> parseSearch(const QByteArray &body);

// GET /<name>.
Result<Packument> parsePackument(const QByteArray &body);

// GET /-/package/<name>/access and /visibility (both optional fields).
Result<PackageAccess> parsePackageAccess(const QByteArray &body);

// POST /-/package/<name>/access: only the fields that are set.
QByteArray packageAccessBody(const PackageAccess &change);

// Trust: GET answers an array (or, leniently, one object or nothing); POST sends a one-element
// array.
Result<QList<TrustConfig>> parseTrustConfigs(const QByteArray &body);
QByteArray trustCreateBody(const TrustConfig &config);

} // namespace td::json
