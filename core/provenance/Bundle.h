// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace td::provenance {

// RFC 6962 inclusion proof of a Rekor entry, with the log's signed checkpoint.
struct InclusionProof
{
    qint64 logIndex = -1; // index in the log shard (not the global tlogEntries logIndex)
    qint64 treeSize = 0;
    QByteArray rootHash;
    QList<QByteArray> hashes;
    QByteArray checkpoint; // the signed note text; empty when the bundle has none
};

struct TlogEntry
{
    qint64 logIndex = -1; // global index, as the signed entry timestamp signs it
    QByteArray logId;     // logId.keyId decoded
    QString kind;         // "intoto", "dsse"
    QString kindVersion;  // "0.0.2", "0.0.1"
    qint64 integratedTime = -1;
    QByteArray signedEntryTimestamp;    // DER signature; empty when the bundle has none
    QByteArray canonicalizedBodyBase64; // as given: the entry timestamp signs this text
    QByteArray canonicalizedBody;       // decoded: the Merkle leaf and the body JSON
    std::optional<InclusionProof> inclusionProof;
};

struct DsseSignature
{
    QByteArray sig;       // decoded
    QByteArray sigBase64; // as given
    QString keyid;
};

struct DsseEnvelope
{
    QByteArray payload; // decoded
    QString payloadType;
    QList<DsseSignature> signatures;
};

// A Sigstore bundle, versions 0.1 to 0.3. Only what the verifier uses is kept; certificates
// other than the leaf are read but never trusted (anchors come from the trust root only).
struct Bundle
{
    QString mediaType;
    QList<QByteArray> certificates; // DER, leaf first (x509CertificateChain or certificate)
    QString publicKeyHint;          // verificationMaterial.publicKey.hint (key-signed bundles)
    QList<TlogEntry> tlogEntries;
    DsseEnvelope envelope;
};

struct Attestation
{
    QString predicateType;
    Bundle bundle;
};

// Limit on an attestations document (GET /-/npm/v1/attestations/<name>@<version>).
constexpr qsizetype maxAttestationsSize = 4 * 1024 * 1024;

// Parses {"attestations":[{predicateType, bundle}]}. nullopt with a translated reason when the
// document is too large, not JSON, or a bundle misses a part every bundle has (an envelope with
// payload and signature, verification material) or has one that does not decode (base64, a
// certificate's DER, a number).
std::optional<QList<Attestation>> parseAttestations(const QByteArray &document, QString *error);

} // namespace td::provenance
