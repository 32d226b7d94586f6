// SPDX-License-Identifier: GPL-3.0-or-later
// The packument reader `tokendesk-cli verify` and the release checks use (readPackumentReleases)
// and the registry signature check they run on each version (ProvenanceChecks::real(): the
// version document as read, parsed again, with the shipped npm keys). Beyond "no crash": a
// refused packument says why, an accepted one has a name, every version document is a JSON
// object listed under its own version, the dated releases come oldest first and the undated
// last, and a signature counts only for a manifest whose name, _id and version are the ones
// asked for.
#include "FuzzCheck.h"

#include "core/provenance/PackumentReleases.h"
#include "core/provenance/TrustRoot.h"
#include "core/provenance/VersionVerifier.h"

#include <nlohmann/json.hpp>

using namespace td::provenance;

namespace {

QString field(const nlohmann::json &manifest, const char *key)
{
    const auto it = manifest.find(key);
    return it != manifest.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                   : QString();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ProvenanceChecks checks = ProvenanceChecks::real();
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto packument = readPackumentReleases(body, &error);
    if (!packument) {
        TD_FUZZ_CHECK(!error.isEmpty(), QStringLiteral("refused without a reason"));
        return 0;
    }
    TD_FUZZ_CHECK(!packument->name.isEmpty(), QStringLiteral("read without a name"));
    QDateTime previous;
    bool undatedSeen = false;
    for (const PackumentRelease &release : packument->releases) {
        const QString &version = release.evidence.version;
        const QDateTime &published = release.evidence.published;
        const auto manifest = nlohmann::json::parse(release.manifestJson.cbegin(),
                                                    release.manifestJson.cend(), nullptr, false);
        TD_FUZZ_CHECK(manifest.is_object(), version);
        TD_FUZZ_CHECK(packument->find(version) != nullptr, version);
        TD_FUZZ_CHECK(!(published.isValid() && undatedSeen), QStringLiteral("dated after undated"));
        TD_FUZZ_CHECK(!published.isValid() || !previous.isValid() || previous <= published,
                      QStringLiteral("releases not oldest first"));
        undatedSeen = undatedSeen || !published.isValid();
        if (published.isValid())
            previous = published;
        const Finding finding = checks.registrySignature(release.manifestJson, packument->name,
                                                         version, published, TrustRoot::shipped());
        TD_FUZZ_CHECK(!finding.text.isEmpty(), finding.code);
        if (finding.level == Level::Verified) {
            TD_FUZZ_CHECK(
                field(manifest, "name") == packument->name && field(manifest, "version") == version
                    && field(manifest, "_id") == packument->name + QLatin1Char('@') + version,
                QStringLiteral("a signature counted for another manifest"));
        }
    }
    return 0;
}
