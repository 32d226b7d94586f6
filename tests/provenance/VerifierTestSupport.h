// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A gundam-visor packument with chosen versions, and cryptographic checks faked around the real
// certificate reader: for the VersionVerifier and `tokendesk-cli verify` tests.

#include "ProvenanceFixtures.h"

#include "core/provenance/TrustRoot.h"
#include "core/provenance/VersionVerifier.h"

#include <QList>

#include <nlohmann/json.hpp>

namespace td::provenance::test {

using namespace Qt::Literals::StringLiterals;

struct Version
{
    const char *version;
    const char *time;
    bool trustedPublisher;
    const char *attestationsUrl; // nullptr: none
};

// A full packument of gundam-visor with the given versions (dist.integrity of the real 1.0.1).
inline QByteArray packument(const QList<Version> &versions)
{
    nlohmann::json doc{{"name", "gundam-visor"}, {"dist-tags", {{"latest", "1.0.1"}}}};
    for (const Version &v : versions) {
        nlohmann::json user{{"name", v.trustedPublisher ? "GitHub Actions" : "mallory"}};
        if (v.trustedPublisher)
            user["trustedPublisher"] = {{"id", "github"}, {"oidcConfigId", "oidc:1"}};
        nlohmann::json dist{{"integrity",
                             "sha512-jZ15cvZ2UWx1AUqgdOEa5gTZjwtk7Gclph4oOP89qxYhGPpx"
                             "Qz+zHhVQ0wvQ3snQhs4DK5RFe1g5AMUHrPOcQA=="}};
        if (v.attestationsUrl)
            dist["attestations"]
                = {{"url", v.attestationsUrl},
                   {"provenance", {{"predicateType", "https://slsa.dev/provenance/v1"}}}};
        doc["versions"][v.version] = {{"name", "gundam-visor"},
                                      {"version", v.version},
                                      {"_id", std::string("gundam-visor@") + v.version},
                                      {"_npmUser", user},
                                      {"dist", dist}};
        doc["time"][v.version] = v.time;
    }
    return QByteArray::fromStdString(doc.dump());
}

// Signature verified; the bundle "verified" with the leaf of whatever document was served.
inline ProvenanceChecks fakeChecks(Level bundleLevel = Level::Verified)
{
    ProvenanceChecks checks = ProvenanceChecks::real();
    checks.registrySignature = [](const QByteArray &manifest, const QString &name,
                                  const QString &version, const QDateTime &, const TrustRoot &) {
        const bool own
            = manifest.contains(QString(u"\"_id\":\""_s + name + u'@' + version + u'"').toUtf8());
        return Finding{own ? Level::Verified : Level::Failed, u"registry-signature"_s,
                       u"signature"_s};
    };
    checks.attestations = [bundleLevel](const QByteArray &document, const QString &,
                                        const QString &, const QString &, const TrustRoot &) {
        BundleCheck check;
        check.verdict.findings.append({bundleLevel, u"dsse"_s, u"bundle"_s});
        check.verdict.level = bundleLevel;
        if (bundleLevel != Level::Failed)
            check.leafCertificateDer = leafDerOf(document);
        return check;
    };
    return checks;
}

} // namespace td::provenance::test
