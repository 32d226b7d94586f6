// SPDX-License-Identifier: GPL-3.0-or-later
// The attestations document reader and the whole offline verification (parseAttestations,
// verifyAttestations with the shipped trust data) on what a hostile registry could serve. The
// first byte picks which real version (name, version, integrity) the document is checked
// against, so mutations of the real documents reach the deep checks; the rest is the document.
// Beyond "no crash": the verdict is the worst finding, every finding has a code and a sentence,
// a leaf is handed on only when nothing failed, and anything the parser refuses is Failed.
#include "FuzzCheck.h"

#include "core/provenance/Bundle.h"
#include "core/provenance/BundleVerifier.h"
#include "core/provenance/TrustRoot.h"

#include <algorithm>

using namespace td::provenance;

namespace {

struct Version
{
    const char *name;
    const char *version;
    const char *integrity;
};

const Version versions[] = {
    {"sigstore", "0.4.0",
     "sha512-KCwMX6k20mQyFkNYG2XT3lwK9u1P36wS9YURFd85zCXPrwrSLZCEh7/vMBFNYcJXRiBtGDS+T4/"
     "RZZF493zABA=="},
    {"tuf-js", "1.0.0",
     "sha512-1dxsQwESDzACJjTdYHQ4wJ1f/of7jALWKfJEHSBWUQB/5UTJUx9SW6GHXp4mZ1KvdBRJCpGjssoPFGi4hvw8/"
     "A=="},
    {"gundam-visor", "1.0.1",
     "sha512-jZ15cvZ2UWx1AUqgdOEa5gTZjwtk7Gclph4oOP89qxYhGPpxQz+"
     "zHhVQ0wvQ3snQhs4DK5RFe1g5AMUHrPOcQA=="},
    {"@playwright/cli", "0.1.1",
     "sha512-9k11ZfDwAfMVDDIuEVW1Wvs8SoDNXIY1dNQ+9C9/SS8ZmElkcxesu5eoL7vNa96ntibUGaq1TM2qQoqvdl/"
     "I9g=="},
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const Version &v = versions[data[0] % 4];
    const QByteArray document(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    QString error;
    const bool parsed = parseAttestations(document, &error).has_value();
    TD_FUZZ_CHECK(parsed || !error.isEmpty(), QStringLiteral("refused without a reason"));

    const BundleCheck check
        = verifyAttestations(document, QString::fromLatin1(v.name), QString::fromLatin1(v.version),
                             QString::fromLatin1(v.integrity), TrustRoot::shipped());
    TD_FUZZ_CHECK(!check.verdict.findings.isEmpty(), QStringLiteral("no findings"));
    Level worst = Level::Verified;
    bool failed = false;
    for (const Finding &finding : check.verdict.findings) {
        TD_FUZZ_CHECK(!finding.code.isEmpty() && !finding.text.isEmpty(), finding.code);
        worst = std::max(worst, finding.level);
        failed = failed || finding.level == Level::Failed;
    }
    TD_FUZZ_CHECK(check.verdict.level == worst, QStringLiteral("verdict is not the worst finding"));
    TD_FUZZ_CHECK(parsed || check.verdict.level == Level::Failed,
                  QStringLiteral("an unreadable document did not fail"));
    if (!check.leafCertificateDer.isEmpty())
        TD_FUZZ_CHECK(!std::any_of(check.verdict.findings.cbegin(), check.verdict.findings.cend(),
                                   [](const Finding &f) {
                                       return f.level == Level::Failed
                                           && !f.code.startsWith(QLatin1String("publish-"))
                                           && f.code != QLatin1String("bundle-format");
                                   }),
                      QStringLiteral("a leaf was handed on although its provenance failed"));
    return 0;
}
