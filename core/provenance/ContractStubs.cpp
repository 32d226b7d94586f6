// SPDX-License-Identifier: GPL-3.0-or-later
// TEMPORARY — REMOVED AT MERGE. Stub definitions of td/prov-verify's functions (PROV-CONTRACT.md)
// so td/prov-policy links before the two branches meet. They verify nothing and say so: every
// answer is Unverified. Delete this file (and take prov-verify's TrustRoot.h, BundleVerifier.h,
// RegistrySignature.h) when merging.
#include "provenance/BundleVerifier.h"
#include "provenance/RegistrySignature.h"
#include "provenance/TrustRoot.h"

namespace td::provenance {

namespace {
const QString kStubText = QStringLiteral("not verified: this build has no verifier yet (stub)");
}

std::optional<TrustRoot> TrustRoot::fromJson(const QByteArray &trustedRootJson, const QByteArray &,
                                             QString *error)
{
    if (trustedRootJson.isEmpty()) {
        if (error)
            *error = kStubText;
        return std::nullopt;
    }
    return TrustRoot();
}

const TrustRoot &TrustRoot::shipped()
{
    static const TrustRoot root;
    return root;
}

BundleCheck verifyAttestations(const QByteArray &, const QString &, const QString &,
                               const QString &, const TrustRoot &)
{
    BundleCheck check;
    check.verdict.findings.append({Level::Unverified, QStringLiteral("attestations"), kStubText});
    return check;
}

Finding verifyRegistrySignature(const nlohmann::json &, const QString &, const QString &,
                                const QDateTime &, const TrustRoot &)
{
    return {Level::Unverified, QStringLiteral("registry-signature"), kStubText};
}

} // namespace td::provenance
