// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/provenance/LogEntryChecks.h"
#include "core/provenance/JsonAccess.h"

#include "core/provenance/ProvenanceCrypto.h"

#include <QCoreApplication>
#include <QDateTime>

#include <nlohmann/json.hpp>

namespace td::provenance::detail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::provenance::BundleVerifier)
};

using nlohmann::json;

QString updateHint()
{
    return Tr::tr("cannot be verified with this TokenDesk's trust data (update TokenDesk)");
}

constexpr auto member = &jsonMember;

std::string str(const json &value)
{
    return value.is_string() ? value.get<std::string>() : std::string();
}

QByteArray hex(const QByteArray &bytes)
{
    return bytes.toHex();
}

// The signer a log entry names, base64 of a PEM text: the same certificate or key as the bundle's?
bool sameSigner(const std::string &base64Pem, const QByteArray &signerDer, bool isCertificate)
{
    const auto pem = crypto::decodeBase64(QByteArray::fromStdString(base64Pem));
    if (!pem)
        return false;
    const QByteArray der
        = isCertificate ? crypto::pemCertificateToDer(*pem) : crypto::pemPublicKeyToDer(*pem);
    return !der.isEmpty() && der == signerDer;
}

// Does the entry body describe this envelope: payload hash, signature and signer?
bool bodyBindsEnvelope(const json &body, const TlogEntry &entry, const DsseEnvelope &envelope,
                       const QByteArray &signerDer, bool isCertificate)
{
    const QByteArray payloadHash = hex(crypto::sha256(envelope.payload));
    const QByteArray signature = envelope.signatures.value(0).sig;
    const json &spec = member(body, "spec");
    if (entry.kind == QLatin1String("intoto")) {
        const json &content = member(spec, "content");
        if (QByteArray::fromStdString(str(member(member(content, "payloadHash"), "value")))
            != payloadHash)
            return false;
        const json &signatures = member(member(content, "envelope"), "signatures");
        if (!signatures.is_array() || signatures.size() != 1)
            return false;
        // intoto 0.0.2 holds the envelope's base64 signature base64-encoded once more.
        const auto once
            = crypto::decodeBase64(QByteArray::fromStdString(str(member(signatures[0], "sig"))));
        const auto twice = once ? crypto::decodeBase64(*once, true) : std::nullopt;
        return twice && *twice == signature
            && sameSigner(str(member(signatures[0], "publicKey")), signerDer, isCertificate);
    }
    // dsse 0.0.1
    if (QByteArray::fromStdString(str(member(member(spec, "payloadHash"), "value"))) != payloadHash)
        return false;
    const json &signatures = member(spec, "signatures");
    if (!signatures.is_array() || signatures.size() != 1)
        return false;
    const auto once = crypto::decodeBase64(
        QByteArray::fromStdString(str(member(signatures[0], "signature"))), true);
    return once && *once == signature
        && sameSigner(str(member(signatures[0], "verifier")), signerDer, isCertificate);
}

QByteArray setMessage(const TlogEntry &entry)
{
    // Rekor's canonical JSON: keys sorted, no spaces, numbers as numbers.
    return QByteArrayLiteral("{\"body\":\"") + entry.canonicalizedBodyBase64
        + QByteArrayLiteral("\",\"integratedTime\":") + QByteArray::number(entry.integratedTime)
        + QByteArrayLiteral(",\"logID\":\"") + hex(entry.logId)
        + QByteArrayLiteral("\",\"logIndex\":") + QByteArray::number(entry.logIndex)
        + QByteArrayLiteral("}");
}

// A signed note (https://github.com/transparency-dev/formats/blob/main/log/README.md): body lines
// "origin", "size", "base64 root", then a blank line and "— name base64(keyhint[4] || sig)".
bool checkpointMatches(const InclusionProof &proof, const TransparencyLog &log)
{
    const qsizetype split = proof.checkpoint.indexOf("\n\n");
    if (split <= 0)
        return false;
    const QByteArray signedText = proof.checkpoint.left(split + 1);
    const QList<QByteArray> lines = signedText.split('\n');
    if (lines.size() < 4)
        return false;
    bool sizeOk = false;
    if (lines.at(1).toLongLong(&sizeOk) != proof.treeSize || !sizeOk
        || crypto::decodeBase64(lines.at(2)).value_or(QByteArray()) != proof.rootHash)
        return false;
    const QList<QByteArray> signatureLines = proof.checkpoint.mid(split + 2).split('\n');
    const QByteArray dash = QStringLiteral("\u2014 ").toUtf8();
    for (const QByteArray &line : signatureLines) {
        if (!line.startsWith(dash))
            continue;
        const QList<QByteArray> parts = line.mid(dash.size()).split(' ');
        if (parts.size() != 2)
            continue;
        const auto blob = crypto::decodeBase64(parts.at(1));
        if (!blob || blob->size() <= 4 || blob->left(4) != log.logId.left(4))
            continue;
        if (crypto::verifySignature(log.publicKey, signedText, blob->mid(4))
            == crypto::SignatureCheck::Valid)
            return true;
    }
    return false;
}

QByteArray nodeHash(const QByteArray &left, const QByteArray &right)
{
    return crypto::sha256(QByteArray(QByteArray(1, '\x01') + left + right));
}

} // namespace

bool verifyInclusion(const QByteArray &leafHash, qint64 index, qint64 treeSize,
                     const QList<QByteArray> &path, const QByteArray &rootHash)
{
    if (index < 0 || index >= treeSize)
        return false;
    quint64 fn = quint64(index);
    quint64 sn = quint64(treeSize - 1);
    QByteArray r = leafHash;
    for (const QByteArray &p : path) {
        if (sn == 0 || p.size() != 32)
            return false;
        if ((fn & 1) || fn == sn) {
            r = nodeHash(p, r);
            while (!(fn & 1) && fn != 0) {
                fn >>= 1;
                sn >>= 1;
            }
        } else {
            r = nodeHash(r, p);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return sn == 0 && r == rootHash;
}

QList<Finding> checkLogEntry(const TlogEntry &entry, const DsseEnvelope &envelope,
                             const QByteArray &signerDer, bool signerIsCertificate,
                             const TrustRoot &root, const CheckLabel &label)
{
    QList<Finding> out;
    const TransparencyLog *log = root.tlog(entry.logId);
    const QDateTime when = QDateTime::fromSecsSinceEpoch(entry.integratedTime, Qt::UTC);
    if (!log) {
        out.append(
            {Level::Unverified, label.code("set"),
             Tr::tr("%1: the transparency log %2 is unknown; the entry %3.")
                 .arg(label.name, QString::fromLatin1(entry.logId.toBase64()), updateHint())});
        return out;
    }
    // Which entry kinds this TokenDesk reads; a newer log (Rekor v2) asks for an update.
    const bool knownKind
        = (entry.kind == QLatin1String("intoto") && entry.kindVersion == QLatin1String("0.0.2"))
        || (entry.kind == QLatin1String("dsse") && entry.kindVersion == QLatin1String("0.0.1"));
    if (!knownKind || entry.signedEntryTimestamp.isEmpty() || entry.integratedTime < 0) {
        out.append(
            {Level::Unverified, label.code("set"),
             Tr::tr("%1: the log entry (%2 %3) has no signed entry timestamp this version "
                    "reads; it %4.")
                 .arg(label.name, entry.kind.left(40), entry.kindVersion.left(20), updateHint())});
        return out;
    }
    if (!log->validFor.covers(when)) {
        out.append({Level::Failed, label.code("set"),
                    Tr::tr("%1: the log entry claims a time (%2) outside the period the log's "
                           "key was valid for.")
                        .arg(label.name, when.toString(Qt::ISODate))});
    } else if (crypto::verifySignature(log->publicKey, setMessage(entry),
                                       entry.signedEntryTimestamp)
               != crypto::SignatureCheck::Valid) {
        out.append({Level::Failed, label.code("set"),
                    Tr::tr("%1: the log's signed entry timestamp does not verify: the entry, its "
                           "time or its index was changed.")
                        .arg(label.name)});
    } else {
        out.append({Level::Verified, label.code("set"),
                    Tr::tr("%1: logged in %2 at %3 (entry %4), signed by the log.")
                        .arg(label.name, log->baseUrl, when.toString(Qt::ISODate))
                        .arg(entry.logIndex)});
    }

    const json body = json::parse(entry.canonicalizedBody.constBegin(),
                                  entry.canonicalizedBody.constEnd(), nullptr, false);
    const bool bodyKindOk = str(member(body, "kind")) == entry.kind.toStdString()
        && str(member(body, "apiVersion")) == entry.kindVersion.toStdString();
    if (!bodyKindOk || !bodyBindsEnvelope(body, entry, envelope, signerDer, signerIsCertificate))
        out.append({Level::Failed, label.code("tlog-body"),
                    Tr::tr("%1: the log entry does not describe this envelope (its payload hash, "
                           "signature or signer differ): it was logged for something else.")
                        .arg(label.name)});
    else
        out.append({Level::Verified, label.code("tlog-body"),
                    Tr::tr("%1: the log entry records this envelope's payload, signature and "
                           "signer.")
                        .arg(label.name)});

    if (!entry.inclusionProof) {
        out.append({Level::Verified, label.code("inclusion-proof"),
                    Tr::tr("%1: this older bundle carries no inclusion proof; the log's signed "
                           "entry timestamp vouches for the entry.")
                        .arg(label.name)});
        return out;
    }
    const InclusionProof &proof = *entry.inclusionProof;
    const QByteArray leafHash
        = crypto::sha256(QByteArray(QByteArray(1, '\0') + entry.canonicalizedBody));
    if (!verifyInclusion(leafHash, proof.logIndex, proof.treeSize, proof.hashes, proof.rootHash))
        out.append({Level::Failed, label.code("inclusion-proof"),
                    Tr::tr("%1: the Merkle inclusion proof does not lead from the entry to the "
                           "log's root hash.")
                        .arg(label.name)});
    else
        out.append({Level::Verified, label.code("inclusion-proof"),
                    Tr::tr("%1: the Merkle inclusion proof places the entry in a log of %2 "
                           "entries.")
                        .arg(label.name)
                        .arg(proof.treeSize)});
    if (proof.checkpoint.isEmpty())
        return out;
    if (!checkpointMatches(proof, *log))
        out.append({Level::Failed, label.code("checkpoint"),
                    Tr::tr("%1: the log's signed checkpoint does not verify or names another "
                           "tree than the inclusion proof.")
                        .arg(label.name)});
    else
        out.append({Level::Verified, label.code("checkpoint"),
                    Tr::tr("%1: the log signed the checkpoint of that tree.").arg(label.name)});
    return out;
}

} // namespace td::provenance::detail
