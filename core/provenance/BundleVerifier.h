// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/provenance/TrustRoot.h"
#include "core/provenance/Verdict.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace td::provenance {

struct BundleCheck
{
    Verdict verdict;               // findings for each cryptographic step
    QByteArray leafCertificateDer; // the verified provenance leaf (empty when none/failed)
    QDateTime integratedTime;      // Rekor time of the provenance entry
    QString predicateType;
};

// Verifies an attestations document (GET /-/npm/v1/attestations/<name>@<version>) against the
// version's name, version and dist.integrity at the given trust root, offline.
//
// Finding codes. The provenance bundle: "subject", "subject-digest", "dsse", "leaf-chain",
// "leaf-eku", "set", "tlog-body", "inclusion-proof", "checkpoint", "sct", "provenance" (absent).
// The npm publish attestation: the same words prefixed "publish-" (no leaf; "publish-key" for
// the registry key it names). The document: "bundle-format" (too large, malformed, or a bundle
// version this TokenDesk does not read), "integrity" (no sha512 in dist.integrity).
// Unknown logs, CAs and keys give Level::Unverified ("cannot be verified with this TokenDesk's
// trust data"), never Failed.
BundleCheck verifyAttestations(const QByteArray &attestationsJson, const QString &name,
                               const QString &version, const QString &integrity,
                               const TrustRoot &root);

// The package URL an attestation names: pkg:npm/%40scope/name@1.2.3.
QString npmPackageUrl(const QString &name, const QString &version);

inline constexpr char publishPredicateType[]
    = "https://github.com/npm/attestation/tree/main/specs/publish/v0.1";

} // namespace td::provenance
