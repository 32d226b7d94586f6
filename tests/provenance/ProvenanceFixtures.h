// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The real public attestation documents of tests/data/provenance (copied unchanged from
// ../shared/fixtures/provenance) and the provenance leaf certificate inside each.

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
