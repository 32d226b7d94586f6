// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/provenance/Bundle.h"

#include "core/provenance/ProvenanceCrypto.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace td::provenance {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::provenance::Bundle)
};

using nlohmann::json;

// Thrown inside this file only, caught in parseAttestations: the first part that does not read.
struct Unreadable
{
    QString what;
};

[[noreturn]] void unreadable(const QString &what)
{
    throw Unreadable{what};
}

const json &need(const json &object, const char *key)
{
    if (!object.is_object())
        unreadable(QString::fromLatin1(key));
    const auto it = object.find(key);
    if (it == object.end())
        unreadable(QString::fromLatin1(key));
    return *it;
}

const json *optional(const json &object, const char *key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    return it == object.end() || it->is_null() ? nullptr : &*it;
}

QString text(const json &value, const char *what)
{
    if (!value.is_string())
        unreadable(QString::fromLatin1(what));
    return QString::fromStdString(value.get<std::string>());
}

QByteArray rawText(const json &value, const char *what)
{
    if (!value.is_string())
        unreadable(QString::fromLatin1(what));
    return QByteArray::fromStdString(value.get<std::string>());
}

QByteArray base64(const json &value, const char *what, bool urlSafe = false)
{
    const auto decoded = crypto::decodeBase64(rawText(value, what), urlSafe);
    if (!decoded)
        unreadable(QString::fromLatin1(what));
    return *decoded;
}

// Bundles write 64-bit numbers as JSON strings; accept plain numbers too.
qint64 number(const json &value, const char *what)
{
    if (value.is_number_unsigned() && value.get<std::uint64_t>() <= std::uint64_t(INT64_MAX))
        return qint64(value.get<std::uint64_t>());
    if (value.is_number_integer() && value.get<std::int64_t>() >= 0)
        return value.get<std::int64_t>();
    if (value.is_string()) {
        const std::string &digits = value.get_ref<const std::string &>();
        bool ok = false;
        const qint64 n = QByteArray::fromStdString(digits).toLongLong(&ok);
        if (ok && n >= 0 && !digits.empty()
            && digits.find_first_not_of("0123456789") == std::string::npos)
            return n;
    }
    unreadable(QString::fromLatin1(what));
}

QByteArray certificate(const json &object)
{
    const QByteArray der = base64(need(object, "rawBytes"), "rawBytes");
    if (!crypto::isCertificate(der))
        unreadable(QStringLiteral("certificate"));
    return der;
}

InclusionProof readProof(const json &proof)
{
    InclusionProof out;
    out.logIndex = number(need(proof, "logIndex"), "inclusionProof.logIndex");
    out.treeSize = number(need(proof, "treeSize"), "inclusionProof.treeSize");
    out.rootHash = base64(need(proof, "rootHash"), "inclusionProof.rootHash");
    const json &hashes = need(proof, "hashes");
    if (!hashes.is_array() || hashes.size() > 64)
        unreadable(QStringLiteral("inclusionProof.hashes"));
    for (const json &hash : hashes)
        out.hashes.append(base64(hash, "inclusionProof.hashes"));
    if (const json *checkpoint = optional(proof, "checkpoint"))
        out.checkpoint = rawText(need(*checkpoint, "envelope"), "checkpoint.envelope");
    return out;
}

TlogEntry readEntry(const json &entry)
{
    TlogEntry out;
    out.logIndex = number(need(entry, "logIndex"), "logIndex");
    out.logId = base64(need(need(entry, "logId"), "keyId"), "logId.keyId");
    const json &kind = need(entry, "kindVersion");
    out.kind = text(need(kind, "kind"), "kindVersion.kind");
    out.kindVersion = text(need(kind, "version"), "kindVersion.version");
    if (const json *time = optional(entry, "integratedTime"))
        out.integratedTime = number(*time, "integratedTime");
    if (const json *promise = optional(entry, "inclusionPromise"))
        out.signedEntryTimestamp
            = base64(need(*promise, "signedEntryTimestamp"), "signedEntryTimestamp");
    if (const json *proof = optional(entry, "inclusionProof"))
        out.inclusionProof = readProof(*proof);
    out.canonicalizedBodyBase64 = rawText(need(entry, "canonicalizedBody"), "canonicalizedBody");
    out.canonicalizedBody = base64(need(entry, "canonicalizedBody"), "canonicalizedBody");
    return out;
}

Bundle readBundle(const json &bundle)
{
    Bundle out;
    out.mediaType = text(need(bundle, "mediaType"), "mediaType");
    const json &material = need(bundle, "verificationMaterial");
    if (const json *chain = optional(material, "x509CertificateChain")) {
        const json &certificates = need(*chain, "certificates");
        if (!certificates.is_array() || certificates.empty() || certificates.size() > 10)
            unreadable(QStringLiteral("x509CertificateChain"));
        for (const json &each : certificates)
            out.certificates.append(certificate(each));
    } else if (const json *leaf = optional(material, "certificate")) {
        out.certificates.append(certificate(*leaf));
    } else if (const json *key = optional(material, "publicKey")) {
        out.publicKeyHint = text(need(*key, "hint"), "publicKey.hint");
    }
    if (const json *entries = optional(material, "tlogEntries")) {
        if (!entries->is_array() || entries->size() > 16)
            unreadable(QStringLiteral("tlogEntries"));
        for (const json &entry : *entries)
            out.tlogEntries.append(readEntry(entry));
    }
    const json &envelope = need(bundle, "dsseEnvelope");
    out.envelope.payload = base64(need(envelope, "payload"), "dsseEnvelope.payload", true);
    out.envelope.payloadType = text(need(envelope, "payloadType"), "dsseEnvelope.payloadType");
    const json &signatures = need(envelope, "signatures");
    if (!signatures.is_array() || signatures.empty() || signatures.size() > 16)
        unreadable(QStringLiteral("dsseEnvelope.signatures"));
    for (const json &signature : signatures) {
        DsseSignature sig;
        sig.sigBase64 = rawText(need(signature, "sig"), "dsseEnvelope.signatures.sig");
        sig.sig = base64(need(signature, "sig"), "dsseEnvelope.signatures.sig", true);
        if (const json *keyid = optional(signature, "keyid"))
            sig.keyid = text(*keyid, "dsseEnvelope.signatures.keyid");
        out.envelope.signatures.append(sig);
    }
    return out;
}

} // namespace

std::optional<QList<Attestation>> parseAttestations(const QByteArray &document, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<QList<Attestation>> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (document.size() > maxAttestationsSize)
        return fail(Tr::tr("the attestations document is larger than %1 MiB")
                        .arg(maxAttestationsSize / (1024 * 1024)));
    const json root = json::parse(document.constBegin(), document.constEnd(), nullptr, false);
    if (root.is_discarded())
        return fail(Tr::tr("the attestations document is not JSON"));
    QList<Attestation> out;
    try {
        const json &list = need(root, "attestations");
        if (!list.is_array() || list.size() > 16)
            unreadable(QStringLiteral("attestations"));
        for (const json &item : list) {
            Attestation attestation;
            attestation.predicateType = text(need(item, "predicateType"), "predicateType");
            attestation.bundle = readBundle(need(item, "bundle"));
            out.append(attestation);
        }
    } catch (const Unreadable &bad) {
        return fail(Tr::tr("the attestations document has a missing or unreadable part (%1)")
                        .arg(bad.what));
    } catch (const json::exception &) {
        return fail(Tr::tr("the attestations document has a part of an unexpected type"));
    }
    return out;
}

} // namespace td::provenance
