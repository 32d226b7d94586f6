// SPDX-License-Identifier: GPL-3.0-or-later
// The packument reader the signature check uses (readPackument) and verifyRegistrySignature on
// every version it yields, with the shipped npm keys. Beyond "no crash": a refused packument
// says why, every version is a JSON object listed under its own key, and a signature counts only
// for a manifest whose name, _id and version are the ones asked for.
#include "FuzzCheck.h"

#include "provenance/PackumentReader.h"
#include "provenance/RegistrySignature.h"
#include "provenance/TrustRoot.h"

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
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto packument = readPackument(body, &error);
    if (!packument) {
        TD_FUZZ_CHECK(!error.isEmpty(), QStringLiteral("refused without a reason"));
        return 0;
    }
    TD_FUZZ_CHECK(!packument->name.isEmpty(), QStringLiteral("read without a name"));
    for (const PackumentVersion &version : packument->versions) {
        TD_FUZZ_CHECK(version.manifest.is_object(), version.version);
        TD_FUZZ_CHECK(packument->find(version.version) != nullptr, version.version);
        const Finding finding
            = verifyRegistrySignature(version.manifest, packument->name, version.version,
                                      version.published, TrustRoot::shipped());
        TD_FUZZ_CHECK(!finding.text.isEmpty(), finding.code);
        if (finding.level == Level::Verified) {
            TD_FUZZ_CHECK(field(version.manifest, "name") == packument->name
                              && field(version.manifest, "version") == version.version
                              && field(version.manifest, "_id")
                                  == packument->name + QLatin1Char('@') + version.version,
                          QStringLiteral("a signature counted for another manifest"));
        }
    }
    return 0;
}
