// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/provenance/BundleVerifier.h"

#include "core/provenance/Bundle.h"
#include "core/provenance/LeafChecks.h"
#include "core/provenance/LogEntryChecks.h"
#include "core/provenance/ProvenanceCrypto.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace td::provenance {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::provenance::BundleVerifier)
};

using detail::CheckLabel;
using nlohmann::json;

QString updateHint()
{
    return Tr::tr("cannot be verified with this TokenDesk's trust data (update TokenDesk)");
}

bool knownBundleVersion(const QString &mediaType)
{
    static const QStringList known = {
        QStringLiteral("application/vnd.dev.sigstore.bundle+json;version=0.1"),
        QStringLiteral("application/vnd.dev.sigstore.bundle+json;version=0.2"),
        QStringLiteral("application/vnd.dev.sigstore.bundle+json;version=0.3"),
        QStringLiteral("application/vnd.dev.sigstore.bundle.v0.3+json"),
    };
    return known.contains(mediaType);
}

// The hex sha512 of dist.integrity (an SRI list; the sha512 entry counts).
QByteArray integritySha512Hex(const QString &integrity)
{
    for (const QString &part : integrity.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!part.startsWith(QLatin1String("sha512-")))
            continue;
        const auto digest
            = crypto::decodeBase64(part.mid(7).section(QLatin1Char('?'), 0, 0).toLatin1());
        if (digest && digest->size() == 64)
            return digest->toHex();
    }
    return {};
}

// The in-toto statement names this package version and these contents.
void checkStatement(const Attestation &attestation, const QString &purl,
                    const QByteArray &sha512Hex, const CheckLabel &label, QList<Finding> &out)
{
    const QByteArray &payload = attestation.bundle.envelope.payload;
    const json statement = json::parse(payload.constBegin(), payload.constEnd(), nullptr, false);
    // References, never copies: a copy recurses as deep as the JSON nests.
    static const json none;
    const auto member = [](const json &object, const char *key) -> const json & {
        if (!object.is_object())
            return none;
        const auto it = object.find(key);
        return it != object.end() ? *it : none;
    };
    const auto field = [&member](const json &object, const char *key) -> std::string {
        const json &value = member(object, key);
        return value.is_string() ? value.get<std::string>() : std::string();
    };
    const json &subjects = member(statement, "subject");
    const json &subject = subjects.is_array() && subjects.size() == 1 ? subjects[0] : none;
    const QString name = QString::fromStdString(field(subject, "name"));
    const QByteArray digest
        = QByteArray::fromStdString(field(member(subject, "digest"), "sha512")).toLower();
    const QString predicateType = QString::fromStdString(field(statement, "predicateType"));

    if (name != purl || predicateType != attestation.predicateType)
        out.append({Level::Failed, label.code("subject"),
                    Tr::tr("%1: the statement is about \"%2\" (%3), not %4: it belongs to "
                           "another package or version.")
                        .arg(label.name, name.left(200), predicateType.left(200), purl)});
    else
        out.append({Level::Verified, label.code("subject"),
                    Tr::tr("%1: the statement names %2.").arg(label.name, purl)});
    if (digest.isEmpty() || digest != sha512Hex)
        out.append({Level::Failed, label.code("subject-digest"),
                    Tr::tr("%1: the statement's sha512 is not the version's dist.integrity: it "
                           "vouches for other contents.")
                        .arg(label.name)});
    else
        out.append({Level::Verified, label.code("subject-digest"),
                    Tr::tr("%1: the statement's sha512 equals the version's dist.integrity.")
                        .arg(label.name)});
}

QByteArray preAuthEncoding(const DsseEnvelope &envelope)
{
    const QByteArray type = envelope.payloadType.toUtf8();
    return QByteArrayLiteral("DSSEv1 ") + QByteArray::number(type.size()) + ' ' + type + ' '
        + QByteArray::number(envelope.payload.size()) + ' ' + envelope.payload;
}

void checkDsse(const DsseEnvelope &envelope, const QByteArray &spkiDer, const CheckLabel &label,
               QList<Finding> &out)
{
    const bool valid = envelope.payloadType == QLatin1String("application/vnd.in-toto+json")
        && envelope.signatures.size() == 1
        && crypto::verifySignature(spkiDer, preAuthEncoding(envelope),
                                   envelope.signatures.first().sig)
            == crypto::SignatureCheck::Valid;
    if (valid)
        out.append({Level::Verified, label.code("dsse"),
                    Tr::tr("%1: the envelope's signature verifies.").arg(label.name)});
    else
        out.append({Level::Failed, label.code("dsse"),
                    Tr::tr("%1: the envelope's signature does not verify: its statement was "
                           "changed after signing, or another key signed it.")
                        .arg(label.name)});
}

QDateTime logTime(const Bundle &bundle)
{
    const qint64 seconds
        = bundle.tlogEntries.isEmpty() ? -1 : bundle.tlogEntries.first().integratedTime;
    return seconds < 0 ? QDateTime() : QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

void noLogEntry(const CheckLabel &label, QList<Finding> &out)
{
    out.append({Level::Unverified, label.code("set"),
                Tr::tr("%1: the bundle has no transparency log entry, so neither its time nor "
                       "its publication can be checked.")
                    .arg(label.name)});
}

void checkPublishAttestation(const Bundle &bundle, const TrustRoot &root, QList<Finding> &out)
{
    const CheckLabel label{QStringLiteral("publish-"), Tr::tr("Publish attestation")};
    const QString keyid = !bundle.publicKeyHint.isEmpty()
        ? bundle.publicKeyHint
        : bundle.envelope.signatures.first().keyid;
    const RegistryKey *key = root.npmKeys().find(keyid);
    const QDateTime when = logTime(bundle);
    if (!key) {
        out.append({Level::Unverified, label.code("key"),
                    Tr::tr("Publish attestation: the registry key %1 is unknown; the attestation "
                           "%2.")
                        .arg(keyid.left(100), updateHint())});
        return;
    }
    if (key->expires.isValid() && (!when.isValid() || key->expires <= when))
        out.append({Level::Failed, label.code("key"),
                    Tr::tr("Publish attestation: signed with the registry key %1, which expired "
                           "on %2, before the attestation was logged.")
                        .arg(keyid, key->expires.toString(Qt::ISODate))});
    else
        out.append({Level::Verified, label.code("key"),
                    Tr::tr("Publish attestation: signed with the registry key %1.").arg(keyid)});
    checkDsse(bundle.envelope, key->spkiDer, label, out);
    if (bundle.tlogEntries.isEmpty())
        return noLogEntry(label, out);
    out.append(detail::checkLogEntry(bundle.tlogEntries.first(), bundle.envelope, key->spkiDer,
                                     false, root, label));
}

// Returns true when nothing failed, so the leaf may be handed to the identity policy.
bool checkProvenance(const Bundle &bundle, const TrustRoot &root, QList<Finding> &out)
{
    const CheckLabel label{QString(), Tr::tr("Provenance")};
    const qsizetype before = out.size();
    if (bundle.certificates.isEmpty()) {
        out.append({Level::Failed, QStringLiteral("leaf-chain"),
                    Tr::tr("Provenance: the bundle carries no signing certificate.")});
        return false;
    }
    const QByteArray &leaf = bundle.certificates.first();
    const QDateTime when = logTime(bundle);
    if (!when.isValid()) {
        noLogEntry(label, out);
        return false;
    }
    const detail::LeafCheck chain = detail::checkLeaf(leaf, when, root);
    out.append(chain.findings);
    checkDsse(bundle.envelope, crypto::certificatePublicKey(leaf), label, out);
    out.append(detail::checkLogEntry(bundle.tlogEntries.first(), bundle.envelope, leaf, true, root,
                                     label));
    if (chain.chained)
        out.append(detail::checkSct(leaf, chain.issuerDer, when, root));
    return std::none_of(out.cbegin() + before, out.cend(),
                        [](const Finding &f) { return f.level == Level::Failed; });
}

Verdict finish(QList<Finding> findings)
{
    Verdict verdict;
    verdict.level = Level::Verified;
    for (const Finding &finding : findings)
        verdict.level = std::max(verdict.level, finding.level);
    verdict.findings = std::move(findings);
    return verdict;
}

} // namespace

QString npmPackageUrl(const QString &name, const QString &version)
{
    QString encoded = name;
    if (encoded.startsWith(QLatin1Char('@')))
        encoded.replace(0, 1, QStringLiteral("%40"));
    return QStringLiteral("pkg:npm/") + encoded + QLatin1Char('@') + version;
}

BundleCheck verifyAttestations(const QByteArray &attestationsJson, const QString &name,
                               const QString &version, const QString &integrity,
                               const TrustRoot &root)
{
    BundleCheck check;
    QList<Finding> findings;
    QString error;
    const auto attestations = parseAttestations(attestationsJson, &error);
    if (!attestations) {
        findings.append(
            {Level::Failed, QStringLiteral("bundle-format"),
             Tr::tr("Could not verify the attestations of %1@%2: %3.").arg(name, version, error)});
        check.verdict = finish(findings);
        return check;
    }
    const QByteArray sha512Hex = integritySha512Hex(integrity);
    if (sha512Hex.isEmpty())
        findings.append({Level::Unverified, QStringLiteral("integrity"),
                         Tr::tr("The version's dist.integrity has no sha512, so no attestation "
                                "can be matched to its contents.")});
    const QString purl = npmPackageUrl(name, version);
    const Attestation *publish = nullptr;
    const Attestation *provenance = nullptr;
    for (const Attestation &each : *attestations) {
        if (each.predicateType == QLatin1String(publishPredicateType) && !publish)
            publish = &each;
        else if (each.predicateType.startsWith(QLatin1String("https://slsa.dev/provenance/"))
                 && !provenance)
            provenance = &each;
    }
    for (const Attestation *each : {publish, provenance}) {
        if (each && !knownBundleVersion(each->bundle.mediaType)) {
            findings.append({Level::Unverified, QStringLiteral("bundle-format"),
                             Tr::tr("The bundle format \"%1\" is newer than this TokenDesk reads; "
                                    "it %2.")
                                 .arg(each->bundle.mediaType.left(100), updateHint())});
            (each == publish ? publish : provenance) = nullptr;
        }
    }
    if (publish) {
        checkStatement(*publish, purl, sha512Hex,
                       {QStringLiteral("publish-"), Tr::tr("Publish attestation")}, findings);
        checkPublishAttestation(publish->bundle, root, findings);
    } else {
        findings.append({Level::Unverified, QStringLiteral("publish-attestation"),
                         Tr::tr("There is no npm publish attestation for %1.").arg(purl)});
    }
    if (provenance) {
        // The leaf is handed on only when the statement is about this version too: a valid
        // provenance of other contents says nothing about who built these.
        const qsizetype before = findings.size();
        checkStatement(*provenance, purl, sha512Hex, {QString(), Tr::tr("Provenance")}, findings);
        const bool statementOk
            = std::none_of(findings.cbegin() + before, findings.cend(),
                           [](const Finding &f) { return f.level == Level::Failed; });
        const bool passed = checkProvenance(provenance->bundle, root, findings) && statementOk;
        check.predicateType = provenance->predicateType;
        check.integratedTime = logTime(provenance->bundle);
        if (passed && !provenance->bundle.certificates.isEmpty())
            check.leafCertificateDer = provenance->bundle.certificates.first();
    } else {
        findings.append(
            {Level::Unverified, QStringLiteral("provenance"),
             Tr::tr("There is no provenance for %1: who built it cannot be checked.").arg(purl)});
    }
    check.verdict = finish(findings);
    return check;
}

} // namespace td::provenance
