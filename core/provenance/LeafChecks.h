// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/provenance/LogEntryChecks.h"
#include "core/provenance/TrustRoot.h"
#include "core/provenance/Verdict.h"

#include <QDateTime>
#include <QList>

// The certificate part of a provenance check (used by BundleVerifier). Codes: "leaf-chain",
// "leaf-eku", "sct".
namespace td::provenance::detail {

struct LeafCheck
{
    QList<Finding> findings;
    bool chained = false;
    QByteArray issuerDer; // the CA certificate that issued the leaf, when chained
};

// The leaf chains to a Fulcio CA of the trust root whose validFor window holds `when` (the log's
// integrated time), is valid at that time, and carries the code-signing EKU. Certificates the
// bundle ships beside the leaf are never used.
LeafCheck checkLeaf(const QByteArray &leafDer, const QDateTime &when, const TrustRoot &root);

// The leaf's embedded signed certificate timestamp against the trust root's CT logs.
Finding checkSct(const QByteArray &leafDer, const QByteArray &issuerDer, const QDateTime &when,
                 const TrustRoot &root);

} // namespace td::provenance::detail
