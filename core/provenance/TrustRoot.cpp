// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/provenance/TrustRoot.h"
#include "core/provenance/JsonAccess.h"

#include "core/provenance/ProvenanceCrypto.h"

#include <QCoreApplication>
#include <QFile>

#include <nlohmann/json.hpp>

namespace td::provenance {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::provenance::TrustRoot)
};

using nlohmann::json;

constexpr qsizetype maxTrustFile = 4 * 1024 * 1024;

constexpr auto str = &jsonString;

constexpr auto member = &jsonMember;

QByteArray bytes(const json &object, const char *key)
{
    return crypto::decodeBase64(str(object, key).toLatin1()).value_or(QByteArray());
}

ValidFor validFor(const json &object)
{
    const json &span = member(object, "validFor");
    ValidFor out;
    out.start = QDateTime::fromString(str(span, "start"), Qt::ISODateWithMs).toUTC();
    out.end = QDateTime::fromString(str(span, "end"), Qt::ISODateWithMs).toUTC();
    return out;
}

// Entries that do not read are skipped: a newer trust root may carry kinds this TokenDesk does
// not know, and what it does know still verifies.
QList<TransparencyLog> readLogs(const json &array)
{
    QList<TransparencyLog> logs;
    if (!array.is_array())
        return logs;
    for (const json &entry : array) {
        TransparencyLog log;
        log.baseUrl = str(entry, "baseUrl");
        log.logId = bytes(member(entry, "logId"), "keyId");
        const json &key = member(entry, "publicKey");
        log.publicKey = bytes(key, "rawBytes");
        log.keyDetails = str(key, "keyDetails");
        log.validFor = validFor(key);
        if (!log.logId.isEmpty() && !log.publicKey.isEmpty())
            logs.append(log);
    }
    return logs;
}

QList<CertificateAuthority> readAuthorities(const json &array)
{
    QList<CertificateAuthority> cas;
    if (!array.is_array())
        return cas;
    for (const json &entry : array) {
        CertificateAuthority ca;
        ca.uri = str(entry, "uri");
        ca.validFor = validFor(entry);
        const json &certificates = member(member(entry, "certChain"), "certificates");
        if (!certificates.is_array())
            continue;
        for (const json &certificate : certificates) {
            const QByteArray der = bytes(certificate, "rawBytes");
            if (crypto::isCertificate(der))
                ca.chain.append(der);
        }
        if (!ca.chain.isEmpty() && ca.chain.size() == qsizetype(certificates.size()))
            cas.append(ca);
    }
    return cas;
}

} // namespace

std::optional<TrustRoot> TrustRoot::fromJson(const QByteArray &trustedRootJson,
                                             const QByteArray &npmKeysJson, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<TrustRoot> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (trustedRootJson.size() > maxTrustFile)
        return fail(Tr::tr("The trust data file is larger than 4 MiB."));
    const json root
        = json::parse(trustedRootJson.constBegin(), trustedRootJson.constEnd(), nullptr, false);
    if (root.is_discarded() || !root.is_object())
        return fail(Tr::tr("The trust data is not JSON. Use a Sigstore trusted_root.json or the "
                           "file the sandbox serves at /-/sandbox/trusted-root."));
    if (!str(root, "mediaType")
             .startsWith(QLatin1String("application/vnd.dev.sigstore.trustedroot")))
        return fail(Tr::tr("The trust data is not a Sigstore trusted root (its mediaType is "
                           "\"%1\").")
                        .arg(str(root, "mediaType")));
    TrustRoot out;
    out.m_tlogs = readLogs(member(root, "tlogs"));
    out.m_ctlogs = readLogs(member(root, "ctlogs"));
    out.m_cas = readAuthorities(member(root, "certificateAuthorities"));

    const json &embedded = member(root, "npmKeys");
    const QByteArray keysJson = embedded.is_object() && member(embedded, "keys").is_array()
            && !member(embedded, "keys").empty()
        ? QByteArray::fromStdString(embedded.dump())
        : npmKeysJson;
    if (!keysJson.isEmpty()) {
        QString keysError;
        auto keys = RegistryKeys::fromJson(keysJson, &keysError);
        if (!keys)
            return fail(keysError);
        out.m_npmKeys = *keys;
    }
    return out;
}

std::optional<TrustRoot> TrustRoot::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error
                = Tr::tr("Cannot read the trust data file %1: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray text = file.read(maxTrustFile + 1);
    QFile shippedKeys(QStringLiteral(":/provenance/npm-keys.json"));
    const QByteArray keys
        = shippedKeys.open(QIODevice::ReadOnly) ? shippedKeys.readAll() : QByteArray();
    return fromJson(text, keys, error);
}

const TrustRoot &TrustRoot::shipped()
{
    static const TrustRoot root = [] {
        QFile rootFile(QStringLiteral(":/provenance/trusted_root.json"));
        QFile keysFile(QStringLiteral(":/provenance/npm-keys.json"));
        const QByteArray rootJson
            = rootFile.open(QIODevice::ReadOnly) ? rootFile.readAll() : QByteArray();
        const QByteArray keysJson
            = keysFile.open(QIODevice::ReadOnly) ? keysFile.readAll() : QByteArray();
        // The files are compiled in and checked by tst_trustroot; an empty root here would only
        // make every check say "cannot be verified", never "verified".
        return fromJson(rootJson, keysJson, nullptr).value_or(TrustRoot());
    }();
    return root;
}

const TransparencyLog *TrustRoot::tlog(const QByteArray &logId) const
{
    for (const TransparencyLog &log : m_tlogs)
        if (log.logId == logId)
            return &log;
    return nullptr;
}

} // namespace td::provenance
