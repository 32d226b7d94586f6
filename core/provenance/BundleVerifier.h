// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER from td/prov-policy with PROV-CONTRACT.md's declarations only, so VersionVerifier
// builds before the merge: the owner of this file is td/prov-verify — take that version at merge.
#pragma once

#include "provenance/TrustRoot.h"
#include "provenance/Verdict.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace td::provenance {

struct BundleCheck
{
    Verdict verdict;
    QByteArray leafCertificateDer;
    QDateTime integratedTime;
    QString predicateType;
};

BundleCheck verifyAttestations(const QByteArray &attestationsJson, const QString &name,
                               const QString &version, const QString &integrity,
                               const TrustRoot &root);

} // namespace td::provenance
