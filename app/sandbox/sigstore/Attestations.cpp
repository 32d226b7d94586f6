// SPDX-License-Identifier: GPL-3.0-or-later
#include "Attestations.h"

#include "CiIdentity.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace td::sandbox::sigstore {

namespace {

constexpr auto kInToto = "application/vnd.in-toto+json";
constexpr auto kPublishPredicate
    = "https://github.com/npm/attestation/tree/main/specs/publish/v0.1";
constexpr auto kSlsaPredicate = "https://slsa.dev/provenance/v1";

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject statement(const char *type, const AttestationInput &in, const char *predicateType,
                      const QJsonObject &predicate)
{
    const QByteArray digest
        = QByteArray::fromBase64(in.integrity.mid(int(qstrlen("sha512-"))).toLatin1()).toHex();
    return {{QStringLiteral("_type"), QLatin1String(type)},
            {QStringLiteral("subject"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("name"), packageUrl(in.name, in.version)},
                 {QStringLiteral("digest"),
                  QJsonObject{{QStringLiteral("sha512"), QString::fromLatin1(digest)}}}}}},
            {QStringLiteral("predicateType"), QLatin1String(predicateType)},
            {QStringLiteral("predicate"), predicate}};
}

QJsonObject envelope(const QByteArray &payload, const QByteArray &signature, const QString &keyId)
{
    return {{QStringLiteral("payload"), b64(payload)},
            {QStringLiteral("payloadType"), QLatin1String(kInToto)},
            {QStringLiteral("signatures"),
             QJsonArray{QJsonObject{{QStringLiteral("sig"), b64(signature)},
                                    {QStringLiteral("keyid"), keyId}}}}};
}

// Rekor's dsse 0.0.1 body: the envelope's and payload's hashes and each signature with its
// verifier (a PEM public key or certificate, base64 again).
QByteArray dsseBody(const QJsonObject &env, const QByteArray &payload, const QByteArray &signature,
                    const QByteArray &verifierPem)
{
    const auto hash = [](const QByteArray &data) {
        return QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("sha256")},
                           {QStringLiteral("value"), QString::fromLatin1(sha256(data).toHex())}};
    };
    return compact(
        {{QStringLiteral("apiVersion"), QStringLiteral("0.0.1")},
         {QStringLiteral("kind"), QStringLiteral("dsse")},
         {QStringLiteral("spec"),
          QJsonObject{{QStringLiteral("envelopeHash"), hash(compact(env))},
                      {QStringLiteral("payloadHash"), hash(payload)},
                      {QStringLiteral("signatures"),
                       QJsonArray{QJsonObject{{QStringLiteral("signature"), b64(signature)},
                                              {QStringLiteral("verifier"), b64(verifierPem)}}}}}}});
}

QByteArray certificatePem(const QByteArray &der)
{
    QByteArray pem = "-----BEGIN CERTIFICATE-----\n";
    const QByteArray body = der.toBase64();
    for (qsizetype i = 0; i < body.size(); i += 64)
        pem += body.mid(i, 64) + '\n';
    return pem + "-----END CERTIFICATE-----\n";
}

QByteArray flipLastChar(QByteArray text)
{
    if (!text.isEmpty())
        text[text.size() - 1] = text.back() == '0' ? '1' : '0';
    return text;
}

QJsonObject publishAttestation(const AttestationInput &in, Signers &s)
{
    const QJsonObject predicate{{QStringLiteral("name"), in.name},
                                {QStringLiteral("version"), in.version},
                                {QStringLiteral("registry"), in.registryUrl}};
    const QByteArray payload
        = compact(statement("https://in-toto.io/Statement/v0.1", in, kPublishPredicate, predicate));
    const QByteArray signature = s.registryKey.sign(pae(kInToto, payload));
    const QJsonObject env = envelope(payload, signature, s.registryKeyId);
    const QJsonObject entry
        = s.log.append(dsseBody(env, payload, signature, s.registryKey.publicPem()),
                       QStringLiteral("dsse"), in.integratedTime);
    return {{QStringLiteral("predicateType"), QLatin1String(kPublishPredicate)},
            {QStringLiteral("bundle"),
             QJsonObject{
                 {QStringLiteral("mediaType"),
                  QStringLiteral("application/vnd.dev.sigstore.bundle+json;version=0.2")},
                 {QStringLiteral("verificationMaterial"),
                  QJsonObject{{QStringLiteral("publicKey"),
                               QJsonObject{{QStringLiteral("hint"), s.registryKeyId}}},
                              {QStringLiteral("tlogEntries"), QJsonArray{entry}},
                              {QStringLiteral("timestampVerificationData"),
                               QJsonObject{{QStringLiteral("rfc3161Timestamps"), QJsonArray{}}}}}},
                 {QStringLiteral("dsseEnvelope"), env}}}};
}

QJsonObject provenanceAttestation(const AttestationInput &in, Signers &s)
{
    QJsonObject subject = statement("https://in-toto.io/Statement/v1", in, kSlsaPredicate,
                                    provenancePredicate(in.claims));
    if (in.tamper == QLatin1String("subject-digest")) { // honestly signed, wrong digest
        QJsonArray subjects = subject.value(QStringLiteral("subject")).toArray();
        QJsonObject first = subjects.at(0).toObject();
        QJsonObject digest = first.value(QStringLiteral("digest")).toObject();
        digest.insert(QStringLiteral("sha512"),
                      QString::fromLatin1(flipLastChar(
                          digest.value(QStringLiteral("sha512")).toString().toLatin1())));
        first.insert(QStringLiteral("digest"), digest);
        subjects.replace(0, first);
        subject.insert(QStringLiteral("subject"), subjects);
    }
    const QByteArray payload = compact(subject);
    const EcKey leafKey = EcKey::generate(EcKey::Curve::P256);
    const QDateTime issued = QDateTime::fromSecsSinceEpoch(in.integratedTime - 1, Qt::UTC);
    // "leaf-issuer": a leaf from a CA that no trust root lists, otherwise identical.
    const FulcioCa &issuer = s.ca;
    const FulcioCa stranger
        = in.tamper == QLatin1String("leaf-issuer") ? FulcioCa::create(issued) : FulcioCa();
    const QByteArray leaf = (stranger.isValid() ? stranger : issuer)
                                .issueLeaf(leafKey, leafIdentity(in.claims), issued);
    const QByteArray signature = leafKey.sign(pae(kInToto, payload));
    QJsonObject env = envelope(payload, signature, QString());
    QJsonObject entry;
    if (in.tamper == QLatin1String("log-entry")) { // the log holds another envelope
        const QByteArray otherPayload = compact(
            statement("https://in-toto.io/Statement/v1", in, kSlsaPredicate, QJsonObject{}));
        const QByteArray otherSignature = leafKey.sign(pae(kInToto, otherPayload));
        entry = s.log.append(dsseBody(envelope(otherPayload, otherSignature, QString()),
                                      otherPayload, otherSignature, certificatePem(leaf)),
                             QStringLiteral("dsse"), in.integratedTime);
    } else {
        entry = s.log.append(dsseBody(env, payload, signature, certificatePem(leaf)),
                             QStringLiteral("dsse"), in.integratedTime);
    }
    if (in.tamper == QLatin1String("dsse-payload")) { // changed after signing and logging
        QJsonObject changed = subject;
        changed.insert(QStringLiteral("predicate"), QJsonObject{});
        env.insert(QStringLiteral("payload"), b64(compact(changed)));
    } else if (in.tamper == QLatin1String("set")) {
        QJsonObject promise = entry.value(QStringLiteral("inclusionPromise")).toObject();
        QByteArray set = QByteArray::fromBase64(
            promise.value(QStringLiteral("signedEntryTimestamp")).toString().toLatin1());
        set[set.size() - 1] = char(set.back() ^ 0x01);
        promise.insert(QStringLiteral("signedEntryTimestamp"), b64(set));
        entry.insert(QStringLiteral("inclusionPromise"), promise);
    } else if (in.tamper == QLatin1String("inclusion-proof")) {
        QJsonObject proof = entry.value(QStringLiteral("inclusionProof")).toObject();
        QJsonArray hashes = proof.value(QStringLiteral("hashes")).toArray();
        hashes.prepend(b64(sha256("not a sibling")));
        proof.insert(QStringLiteral("hashes"), hashes);
        entry.insert(QStringLiteral("inclusionProof"), proof);
    }
    return {{QStringLiteral("predicateType"), QLatin1String(kSlsaPredicate)},
            {QStringLiteral("bundle"),
             QJsonObject{
                 {QStringLiteral("mediaType"),
                  QStringLiteral("application/vnd.dev.sigstore.bundle.v0.3+json")},
                 {QStringLiteral("verificationMaterial"),
                  QJsonObject{{QStringLiteral("certificate"),
                               QJsonObject{{QStringLiteral("rawBytes"), b64(leaf)}}},
                              {QStringLiteral("tlogEntries"), QJsonArray{entry}},
                              {QStringLiteral("timestampVerificationData"),
                               QJsonObject{{QStringLiteral("rfc3161Timestamps"), QJsonArray{}}}}}},
                 {QStringLiteral("dsseEnvelope"), env}}}};
}

} // namespace

QStringList tamperKinds()
{
    return {QStringLiteral("subject-digest"),
            QStringLiteral("dsse-payload"),
            QStringLiteral("set"),
            QStringLiteral("inclusion-proof"),
            QStringLiteral("log-entry"),
            QStringLiteral("leaf-issuer")};
}

QString packageUrl(const QString &name, const QString &version)
{
    QString encoded = name;
    if (encoded.startsWith(QLatin1Char('@')))
        encoded = QLatin1String("%40") + encoded.mid(1);
    return QLatin1String("pkg:npm/") + encoded + QLatin1Char('@') + version;
}

QByteArray pae(const QByteArray &payloadType, const QByteArray &payload)
{
    return "DSSEv1 " + QByteArray::number(payloadType.size()) + ' ' + payloadType + ' '
        + QByteArray::number(payload.size()) + ' ' + payload;
}

QJsonObject buildAttestations(const AttestationInput &in, Signers signers)
{
    return {{QStringLiteral("attestations"),
             QJsonArray{publishAttestation(in, signers), provenanceAttestation(in, signers)}}};
}

} // namespace td::sandbox::sigstore
