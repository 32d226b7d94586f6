// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxSigstore.h"

#include "CiIdentity.h"
#include "sandbox/auth/Crypto.h"
#include "sandbox/state/Staging.h"

#include <QJsonArray>

namespace td::sandbox::sigstore {

namespace {

QString isoSeconds(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

} // namespace

QJsonObject claimsOfTrustConfig(const Package &p)
{
    for (const TrustConfig &c : p.trust) {
        const QJsonObject cfg = c.claims;
        const QString file
            = cfg.value(c.type == QLatin1String("github") ? QStringLiteral("workflow_ref")
                                                          : QStringLiteral("ci_config_ref_uri"))
                  .toObject()
                  .value(QStringLiteral("file"))
                  .toString();
        QJsonObject claims{{QStringLiteral("x_sandbox_provider"), c.type}};
        if (!cfg.value(QStringLiteral("environment")).toString().isEmpty())
            claims.insert(QStringLiteral("environment"), cfg.value(QStringLiteral("environment")));
        if (c.type == QLatin1String("github")) {
            const QString repo = cfg.value(QStringLiteral("repository")).toString();
            claims.insert(QStringLiteral("repository"), repo);
            claims.insert(QStringLiteral("workflow_ref"),
                          QString(repo + QLatin1String("/.github/workflows/") + file
                                  + QLatin1String("@refs/heads/main")));
            return claims;
        }
        if (c.type == QLatin1String("gitlab")) {
            const QString project = cfg.value(QStringLiteral("project_path")).toString();
            claims.insert(QStringLiteral("project_path"), project);
            claims.insert(
                QStringLiteral("ci_config_ref_uri"),
                QString(project + QLatin1String("//") + file + QLatin1String("@refs/heads/main")));
            return claims;
        }
    }
    return {};
}

QString attestationsPath(const QString &name, const QString &version)
{
    QString encoded = name;
    encoded.replace(QLatin1Char('/'), QLatin1String("%2f"));
    return QLatin1String("/-/npm/v1/attestations/") + encoded + QLatin1Char('@') + version;
}

SandboxSigstore SandboxSigstore::load(const QJsonObject &persisted, const QDateTime &now)
{
    SandboxSigstore s;
    s.m_registryKey = EcKey::fromPrivatePem(
        persisted.value(QStringLiteral("registry_key")).toString().toLatin1());
    s.m_registryKeyCreated = QDateTime::fromString(
        persisted.value(QStringLiteral("registry_key_created")).toString(), Qt::ISODate);
    s.m_ca = FulcioCa::fromJson(persisted.value(QStringLiteral("fulcio")).toObject());
    s.m_log = TransparencyLog::fromJson(persisted.value(QStringLiteral("log")).toObject());
    if (!s.m_registryKey.isValid() || !s.m_ca.isValid() || !s.m_log.isValid()) {
        s = SandboxSigstore();
        s.m_registryKey = EcKey::generate(EcKey::Curve::P256);
        s.m_registryKeyCreated = now.addYears(-10); // the clock may be moved back
        s.m_ca = FulcioCa::create(now);
        s.m_log = TransparencyLog::create(now);
    } else {
        const QJsonObject docs = persisted.value(QStringLiteral("documents")).toObject();
        for (auto it = docs.begin(); it != docs.end(); ++it)
            s.m_documents.insert(it.key(), it.value().toObject());
    }
    s.m_registryKeyId = npmKeyId(s.m_registryKey);
    return s;
}

QJsonObject SandboxSigstore::toJson(bool redacted) const
{
    QJsonObject out{{QStringLiteral("registry_keyid"), m_registryKeyId}};
    if (redacted)
        return out;
    QJsonObject docs;
    for (auto it = m_documents.begin(); it != m_documents.end(); ++it)
        docs.insert(it.key(), it.value());
    out.insert(QStringLiteral("registry_key"), QString::fromLatin1(m_registryKey.privatePem()));
    out.insert(QStringLiteral("registry_key_created"), isoSeconds(m_registryKeyCreated));
    out.insert(QStringLiteral("fulcio"), m_ca.toJson());
    out.insert(QStringLiteral("log"), m_log.toJson());
    out.insert(QStringLiteral("documents"), docs);
    return out;
}

QJsonObject SandboxSigstore::keysJson() const
{
    return {
        {QStringLiteral("keys"),
         QJsonArray{QJsonObject{{QStringLiteral("expires"), QJsonValue::Null},
                                {QStringLiteral("keyid"), m_registryKeyId},
                                {QStringLiteral("keytype"), QStringLiteral("ecdsa-sha2-nistp256")},
                                {QStringLiteral("scheme"), QStringLiteral("ecdsa-sha2-nistp256")},
                                {QStringLiteral("key"), b64(m_registryKey.spkiDer())}}}}};
}

QJsonObject SandboxSigstore::trustedRoot(const QString &baseUrl) const
{
    const QJsonObject tlog{
        {QStringLiteral("baseUrl"), baseUrl},
        {QStringLiteral("hashAlgorithm"), QStringLiteral("SHA2_256")},
        {QStringLiteral("publicKey"),
         QJsonObject{{QStringLiteral("rawBytes"), b64(m_log.key().spkiDer())},
                     {QStringLiteral("keyDetails"), QStringLiteral("PKIX_ECDSA_P256_SHA_256")},
                     {QStringLiteral("validFor"),
                      QJsonObject{{QStringLiteral("start"), isoSeconds(m_log.validFrom())}}}}},
        {QStringLiteral("logId"), QJsonObject{{QStringLiteral("keyId"), b64(m_log.logId())}}}};
    const QJsonObject ca{
        {QStringLiteral("subject"),
         QJsonObject{{QStringLiteral("organization"), QStringLiteral("tokendesk-sandbox")},
                     {QStringLiteral("commonName"), QStringLiteral("tokendesk-sandbox-fulcio")}}},
        {QStringLiteral("uri"), baseUrl},
        {QStringLiteral("certChain"),
         QJsonObject{{QStringLiteral("certificates"),
                      QJsonArray{QJsonObject{{QStringLiteral("rawBytes"), b64(m_ca.rootDer())}}}}}},
        {QStringLiteral("validFor"),
         QJsonObject{{QStringLiteral("start"), isoSeconds(m_ca.validFrom())}}}};
    return {{QStringLiteral("mediaType"),
             QStringLiteral("application/vnd.dev.sigstore.trustedroot+json;version=0.1")},
            {QStringLiteral("tlogs"), QJsonArray{tlog}},
            {QStringLiteral("certificateAuthorities"), QJsonArray{ca}},
            {QStringLiteral("ctlogs"), QJsonArray{}},
            {QStringLiteral("timestampAuthorities"), QJsonArray{}},
            {QStringLiteral("npmKeys"), keysJson()}};
}

void SandboxSigstore::signVersion(const QString &name, const QString &version,
                                  QJsonObject &manifest) const
{
    QJsonObject dist = manifest.value(QStringLiteral("dist")).toObject();
    const QString integrity = dist.value(QStringLiteral("integrity")).toString();
    if (integrity.isEmpty())
        return;
    const QByteArray message
        = (name + QLatin1Char('@') + version + QLatin1Char(':') + integrity).toUtf8();
    dist.insert(QStringLiteral("signatures"),
                QJsonArray{QJsonObject{{QStringLiteral("keyid"), m_registryKeyId},
                                       {QStringLiteral("sig"), b64(m_registryKey.sign(message))}}});
    manifest.insert(QStringLiteral("dist"), dist);
}

QJsonObject SandboxSigstore::attest(const AttestationInput &in)
{
    m_documents.insert(in.name + QLatin1Char('@') + in.version,
                       buildAttestations(in, Signers{m_registryKey, m_registryKeyId, m_ca, m_log}));
    return {{QStringLiteral("url"), attestationsPath(in.name, in.version)},
            {QStringLiteral("provenance"),
             QJsonObject{{QStringLiteral("predicateType"),
                          QStringLiteral("https://slsa.dev/provenance/v1")}}}};
}

std::optional<QJsonObject> SandboxSigstore::document(const QString &name,
                                                     const QString &version) const
{
    const auto it = m_documents.constFind(name + QLatin1Char('@') + version);
    if (it == m_documents.constEnd())
        return std::nullopt;
    return *it;
}

void SandboxSigstore::prepareLoaded(QMap<QString, Package> &packages, const QString &registryUrl)
{
    for (Package &p : packages) {
        for (const QString &version : p.versions.keys()) {
            QJsonObject manifest = p.versions.value(version).toObject();
            QJsonObject dist = manifest.value(QStringLiteral("dist")).toObject();
            if (version == QLatin1String(staging::kPlaceholderVersion))
                continue; // npmjs's placeholder has no tarball to sign
            const QString file = p.name.section(QLatin1Char('/'), -1) + QLatin1Char('-') + version
                + QLatin1String(".tgz");
            if (!dist.contains(QStringLiteral("integrity"))) {
                QJsonObject bare = manifest;
                bare.remove(QStringLiteral("_npmUser"));
                bare.remove(QStringLiteral("dist"));
                const QByteArray data = staging::tarballFromFiles({}, bare);
                dist.insert(QStringLiteral("shasum"), crypto::sha1Hex(data));
                dist.insert(QStringLiteral("integrity"),
                            QString(QLatin1String("sha512-")
                                    + QString::fromLatin1(crypto::sha512(data).toBase64())));
                manifest.insert(QStringLiteral("dist"), dist);
                if (!p.tarballs.contains(file))
                    p.tarballs.insert(file, data);
            }
            const QJsonArray signatures = dist.value(QStringLiteral("signatures")).toArray();
            if (signatures.isEmpty()
                || signatures.at(0).toObject().value(QStringLiteral("keyid")).toString()
                    != m_registryKeyId)
                signVersion(p.name, version, manifest);
            const QJsonObject claims = claimsOfTrustConfig(p);
            if (dist.contains(QStringLiteral("attestations")) && !document(p.name, version)
                && !claims.isEmpty()) {
                QDateTime published
                    = QDateTime::fromString(p.time.value(version).toString(), Qt::ISODateWithMs);
                if (!published.isValid())
                    published = QDateTime::currentDateTimeUtc();
                QJsonObject signedDist = manifest.value(QStringLiteral("dist")).toObject();
                signedDist.insert(
                    QStringLiteral("attestations"),
                    attest({p.name, version, dist.value(QStringLiteral("integrity")).toString(),
                            registryUrl, completeClaims(claims), published.toSecsSinceEpoch(),
                            QString()}));
                manifest.insert(QStringLiteral("dist"), signedDist);
            }
            p.versions.insert(version, manifest);
        }
    }
}

} // namespace td::sandbox::sigstore
