// SPDX-License-Identifier: GPL-3.0-or-later
// readCertificateIdentity over arbitrary bytes: a leaf certificate comes from a registry's
// attestations document, which TokenDesk does not control.
//
// Input: the DER bytes. Seeds: the real Fulcio leaves in tests/data/provenance/leaves.
#include "FuzzCheck.h"

#include "core/provenance/CertificateIdentity.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray der(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto identity = td::provenance::readCertificateIdentity(der, &error);
    if (!identity) {
        // Refused input is always explained, never silently empty.
        TD_FUZZ_CHECK(!error.isEmpty(), QStringLiteral("refused without a reason"));
        return 0;
    }
    // Whatever was accepted names an issuer, and a value never carries a NUL (a C consumer of
    // it would read a different, shorter identity).
    TD_FUZZ_CHECK(!identity->issuer.isEmpty(), QStringLiteral("accepted without an issuer"));
    for (const QString &value :
         {identity->issuer, identity->sourceRepositoryUri, identity->sourceRepositoryRef,
          identity->buildConfigUri, identity->buildTrigger, identity->subjectAlternativeName})
        TD_FUZZ_CHECK(!value.contains(QChar(0)), value);
    // The derived fields are total.
    (void)identity->repository();
    (void)identity->workflowFile();
    return 0;
}
