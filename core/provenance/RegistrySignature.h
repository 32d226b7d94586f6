// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/provenance/TrustRoot.h"
#include "core/provenance/Verdict.h"

#include <QDateTime>
#include <QString>

#include <nlohmann/json_fwd.hpp>

namespace td::provenance {

// The registry's ECDSA P-256 signature of one version (dist.signatures over
// "<name>@<version>:<dist.integrity>"), with the key picked by keyid from the trust root and its
// expiry judged at the publish time. Before any signature counts, the manifest must be the one
// asked for: name, _id = name@version and the version it is listed under (a valid signature of
// another package replayed into this one fails there).
// Codes: "manifest-identity" (Failed), "registry-signature" (Verified / Unverified for an unknown
// key or no signature / Failed for a bad or expired one).
Finding verifyRegistrySignature(const nlohmann::json &versionManifest /* packument.versions[v] */,
                                const QString &name, const QString &version,
                                const QDateTime &publishTime, const TrustRoot &root);

} // namespace td::provenance
