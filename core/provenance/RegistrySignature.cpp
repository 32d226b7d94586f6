// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/provenance/RegistrySignature.h"

#include "core/provenance/ProvenanceCrypto.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace td::provenance {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::provenance::RegistrySignature)
};

using nlohmann::json;

const QString signatureCode = QStringLiteral("registry-signature");

std::optional<QString> stringAt(const json &object, const char *key)
{
    if (!object.is_object())
        return std::nullopt;
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return std::nullopt;
    return QString::fromStdString(it->get<std::string>());
}

Finding identityMismatch(const QString &what, const QString &expected, const QString &found)
{
    return {Level::Failed, QStringLiteral("manifest-identity"),
            Tr::tr("The version document is not the one asked for: its %1 is \"%2\", expected "
                   "\"%3\". A signature in it does not count (it may be replayed from another "
                   "package).")
                .arg(what, found.left(200), expected)};
}

} // namespace

Finding verifyRegistrySignature(const json &versionManifest, const QString &name,
                                const QString &version, const QDateTime &publishTime,
                                const TrustRoot &root)
{
    const QString id = name + QLatin1Char('@') + version;
    if (!versionManifest.is_object())
        return {Level::Failed, QStringLiteral("manifest-identity"),
                Tr::tr("The version document of %1 is not a JSON object, so it cannot be the one "
                       "the registry signed.")
                    .arg(id)};
    if (const auto found = stringAt(versionManifest, "name"); found.value_or(QString()) != name)
        return identityMismatch(QStringLiteral("name"), name, found.value_or(QString()));
    if (const auto found = stringAt(versionManifest, "_id"); found.value_or(QString()) != id)
        return identityMismatch(QStringLiteral("_id"), id, found.value_or(QString()));
    if (const auto found = stringAt(versionManifest, "version");
        found.value_or(QString()) != version)
        return identityMismatch(QStringLiteral("version"), version, found.value_or(QString()));

    const auto distIt = versionManifest.find("dist");
    static const json none;
    // A reference, never a copy: a copy recurses as deep as the JSON nests.
    const json &dist = distIt != versionManifest.end() && distIt->is_object() ? *distIt : none;
    const QString integrity = stringAt(dist, "integrity").value_or(QString());
    const auto sigsIt = dist.is_object() ? dist.find("signatures") : dist.end();
    if (integrity.isEmpty() || !dist.is_object() || sigsIt == dist.end() || !sigsIt->is_array()
        || sigsIt->empty())
        return {Level::Unverified, signatureCode,
                Tr::tr("%1 carries no registry signature, so it cannot be checked that the "
                       "registry published these contents.")
                    .arg(id)};

    const QByteArray message = (id + QLatin1Char(':') + integrity).toUtf8();
    QString unknownKey;
    std::optional<Finding> failure;
    for (const json &entry : *sigsIt) {
        const QString keyid = stringAt(entry, "keyid").value_or(QString());
        const RegistryKey *key = root.npmKeys().find(keyid);
        if (!key) {
            unknownKey = keyid;
            continue;
        }
        if (key->expires.isValid() && !publishTime.isValid()) {
            failure = Finding{Level::Unverified, signatureCode,
                              Tr::tr("The registry signature of %1 uses key %2, which expires; "
                                     "without the publish time TokenDesk cannot tell whether it "
                                     "was valid when the version was published.")
                                  .arg(id, keyid)};
            continue;
        }
        if (key->expires.isValid() && key->expires <= publishTime) {
            failure = Finding{Level::Failed, signatureCode,
                              Tr::tr("The registry signature of %1 uses key %2, which expired on "
                                     "%3, no later than the version was published (%4).")
                                  .arg(id, keyid, key->expires.toString(Qt::ISODate),
                                       publishTime.toUTC().toString(Qt::ISODate))};
            continue;
        }
        const auto signature
            = crypto::decodeBase64(stringAt(entry, "sig").value_or(QString()).toLatin1());
        if (signature && !signature->isEmpty()
            && crypto::verifySignature(key->spkiDer, message, *signature)
                == crypto::SignatureCheck::Valid)
            return {Level::Verified, signatureCode,
                    Tr::tr("The registry signed %1 with its key %2.").arg(id, keyid)};
        failure = Finding{Level::Failed, signatureCode,
                          Tr::tr("The registry signature of %1 does not match its name, version "
                                 "and integrity: the version document was changed after the "
                                 "registry signed it, or the signature belongs to another "
                                 "package.")
                              .arg(id)};
    }
    if (failure)
        return *failure;
    return {Level::Unverified, signatureCode,
            Tr::tr("The registry signature of %1 uses key %2, which cannot be verified with this "
                   "TokenDesk's trust data (update TokenDesk).")
                .arg(id, unknownKey.left(100))};
}

} // namespace td::provenance
