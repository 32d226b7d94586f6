// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The real npm attestations and trust data of tests/data/provenance (copied unchanged from
// ../shared/fixtures/provenance; its README says where each file came from), and the provenance
// leaf certificate inside each attestations document.

#include "TestPaths.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <nlohmann/json.hpp>

namespace td::provenance::test {

inline QByteArray fixtureAttestations(const QString &name) // e.g. "gundam-visor-1.0.1"
{
    QFile file(
        QStringLiteral(TD_TEST_DATA_DIR "/provenance/attestations/%1.attestations.json").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The provenance bundle's leaf: verificationMaterial.certificate (v0.3) or the first certificate
// of x509CertificateChain (v0.1/v0.2), base64-decoded.
inline QByteArray leafDerOf(const QByteArray &attestationsJson)
{
    const auto document = nlohmann::json::parse(attestationsJson.toStdString());
    for (const auto &attestation : document.at("attestations")) {
        if (attestation.at("predicateType").get<std::string>().find("slsa.dev")
            == std::string::npos)
            continue;
        const auto &material = attestation.at("bundle").at("verificationMaterial");
        const std::string raw = material.contains("certificate")
            ? material.at("certificate").at("rawBytes").get<std::string>()
            : material.at("x509CertificateChain")
                  .at("certificates")
                  .at(0)
                  .at("rawBytes")
                  .get<std::string>();
        return QByteArray::fromBase64(QByteArray::fromStdString(raw));
    }
    return {};
}

inline QByteArray fixtureLeafDer(const QString &name)
{
    return leafDerOf(fixtureAttestations(name));
}

} // namespace td::provenance::test

namespace td::provenance::testing {

inline QByteArray readData(const QString &relative)
{
    QFile file(QStringLiteral(TD_TEST_DATA_DIR "/provenance/") + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Fixture
{
    const char *file;
    const char *name;
    const char *version;
    const char *integrity;
    qint64 provenanceLogTime; // the provenance entry's integratedTime (the fixture README)
};

inline const Fixture fixtures[] = {
    {"sigstore-0.4.0", "sigstore", "0.4.0",
     "sha512-KCwMX6k20mQyFkNYG2XT3lwK9u1P36wS9YURFd85zCXPrwrSLZCEh7/vMBFNYcJXRiBtGDS+T4/"
     "RZZF493zABA==",
     1673458312},
    {"tuf-js-1.0.0", "tuf-js", "1.0.0",
     "sha512-1dxsQwESDzACJjTdYHQ4wJ1f/of7jALWKfJEHSBWUQB/5UTJUx9SW6GHXp4mZ1KvdBRJCpGjssoPFGi4hvw8/"
     "A==",
     1675964305},
    {"gundam-visor-1.0.1", "gundam-visor", "1.0.1",
     "sha512-jZ15cvZ2UWx1AUqgdOEa5gTZjwtk7Gclph4oOP89qxYhGPpxQz+"
     "zHhVQ0wvQ3snQhs4DK5RFe1g5AMUHrPOcQA==",
     1717453079},
    {"playwright-cli-0.1.1", "@playwright/cli", "0.1.1",
     "sha512-9k11ZfDwAfMVDDIuEVW1Wvs8SoDNXIY1dNQ+9C9/SS8ZmElkcxesu5eoL7vNa96ntibUGaq1TM2qQoqvdl/"
     "I9g==",
     1771111723},
};

inline QByteArray attestationsOf(const Fixture &fixture)
{
    return readData(
        QStringLiteral("attestations/%1.attestations.json").arg(QLatin1String(fixture.file)));
}

} // namespace td::provenance::testing
