// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The attestations document npmjs serves at /-/npm/v1/attestations/<name>@<version>: the npm
// publish attestation (DSSE signed by the registry key) and the SLSA v1 provenance bundle (a
// Fulcio leaf for the CI identity, DSSE signed by the leaf, logged in the transparency log).
#include "FulcioCa.h"
#include "TransparencyLog.h"

#include <QJsonObject>
#include <QStringList>

namespace td::sandbox::sigstore {

// Ways the control API's "attacker" damages the provenance bundle after an honest signing
// (README: POST /-/sandbox/publish "tamper").
QStringList tamperKinds(); // subject-digest, dsse-payload, set, inclusion-proof, log-entry,
                           // leaf-issuer

struct AttestationInput
{
    QString name;
    QString version;
    QString integrity;   // "sha512-<base64>"
    QString registryUrl; // "http://127.0.0.1:<port>", the publish predicate's registry
    QJsonObject claims;  // completed id-token claims (CiIdentity)
    qint64 integratedTime = 0;
    QString tamper; // one of tamperKinds(), or empty
};

struct Signers
{
    const EcKey &registryKey;
    const QString &registryKeyId;
    const FulcioCa &ca;
    TransparencyLog &log;
};

// "pkg:npm/%40scope/name@1.2.3"
QString packageUrl(const QString &name, const QString &version);
// DSSE's pre-authentication encoding.
QByteArray pae(const QByteArray &payloadType, const QByteArray &payload);

// {"attestations":[publish, provenance]}; appends both envelopes to the log.
QJsonObject buildAttestations(const AttestationInput &in, Signers signers);

} // namespace td::sandbox::sigstore
