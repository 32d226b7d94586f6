// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/provenance/Bundle.h"
#include "core/provenance/TrustRoot.h"
#include "core/provenance/Verdict.h"

#include <QList>

// The transparency log part of a bundle check (used by BundleVerifier): the signed entry
// timestamp, the entry body bound to the envelope, the RFC 6962 inclusion proof and the signed
// checkpoint. Codes (prefixed per attestation by the caller): "set", "tlog-body",
// "inclusion-proof", "checkpoint".
namespace td::provenance::detail {

struct CheckLabel
{
    QString codePrefix; // "" for provenance, "publish-" for the publish attestation
    QString name;       // translated: "Provenance", "Publish attestation"
    QString code(const char *word) const { return codePrefix + QLatin1String(word); }
};

// signerDer: what the log entry must name as the signer: the leaf certificate (DER) or the
// registry key (SubjectPublicKeyInfo DER); signerIsCertificate says which.
QList<Finding> checkLogEntry(const TlogEntry &entry, const DsseEnvelope &envelope,
                             const QByteArray &signerDer, bool signerIsCertificate,
                             const TrustRoot &root, const CheckLabel &label);

// RFC 6962 / RFC 9162 §2.1.3.2: does the audit path lead from leafHash at index to rootHash?
bool verifyInclusion(const QByteArray &leafHash, qint64 index, qint64 treeSize,
                     const QList<QByteArray> &path, const QByteArray &rootHash);

} // namespace td::provenance::detail
