// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER from td/prov-policy with PROV-CONTRACT.md's declarations only, so VersionVerifier
// builds before the merge: the owner of this file is td/prov-verify — take that version at merge.
#pragma once

#include "provenance/TrustRoot.h"
#include "provenance/Verdict.h"

#include <QDateTime>
#include <QString>

#include <nlohmann/json.hpp>

namespace td::provenance {

Finding verifyRegistrySignature(const nlohmann::json &versionManifest, const QString &name,
                                const QString &version, const QDateTime &publishTime,
                                const TrustRoot &root);

} // namespace td::provenance
