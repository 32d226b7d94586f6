// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/provenance/RegistryKeys.h"

#include "core/provenance/ProvenanceCrypto.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace td::provenance {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::provenance::RegistryKeys)
};

constexpr qsizetype maxKeysBody = 1024 * 1024;

void appendSshString(QByteArray &blob, QByteArrayView bytes)
{
    const quint32 length = quint32(bytes.size());
    blob.append(char(length >> 24)).append(char(length >> 16)).append(char(length >> 8));
    blob.append(char(length)).append(bytes.data(), bytes.size());
}

QString stringField(const nlohmann::json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                 : QString();
}

} // namespace

QString RegistryKeys::keyIdFor(const QByteArray &spkiDer)
{
    const auto *p = reinterpret_cast<const unsigned char *>(spkiDer.constData());
    const std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        d2i_PUBKEY(nullptr, &p, long(spkiDer.size())), &EVP_PKEY_free);
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_EC)
        return {};
    char group[64] = {};
    if (EVP_PKEY_get_group_name(key.get(), group, sizeof group, nullptr) != 1
        || qstrcmp(group, "prime256v1") != 0)
        return {};
    unsigned char point[65];
    size_t length = 0;
    if (EVP_PKEY_get_octet_string_param(key.get(), OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, point,
                                        sizeof point, &length)
            != 1
        || length != sizeof point)
        return {};
    // The OpenSSH wire form: string "ecdsa-sha2-nistp256", string "nistp256", string Q.
    QByteArray blob;
    appendSshString(blob, "ecdsa-sha2-nistp256");
    appendSshString(blob, "nistp256");
    appendSshString(blob, QByteArrayView(reinterpret_cast<const char *>(point), qsizetype(length)));
    return QStringLiteral("SHA256:")
        + QString::fromLatin1(crypto::sha256(blob).toBase64(QByteArray::OmitTrailingEquals));
}

std::optional<RegistryKeys> RegistryKeys::fromJson(const QByteArray &body, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<RegistryKeys> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (body.size() > maxKeysBody)
        return fail(Tr::tr("The registry's key list is larger than 1 MiB."));
    const auto j = nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("keys") || !j.at("keys").is_array())
        return fail(
            Tr::tr("The registry's key list is not the expected JSON ({\"keys\": [...]})."));
    RegistryKeys keys;
    for (const auto &entry : j.at("keys")) {
        if (!entry.is_object())
            continue;
        RegistryKey key;
        key.keyid = stringField(entry, "keyid");
        key.keytype = stringField(entry, "keytype");
        const auto der = crypto::decodeBase64(stringField(entry, "key").toLatin1());
        const QString expires = stringField(entry, "expires");
        if (!expires.isEmpty()) {
            key.expires = QDateTime::fromString(expires, Qt::ISODateWithMs).toUTC();
            if (!key.expires.isValid()) {
                keys.m_rejected.append(
                    Tr::tr("Key %1 was ignored: its expiry date cannot be read.").arg(key.keyid));
                continue;
            }
        }
        if (key.keytype != QLatin1String("ecdsa-sha2-nistp256")) {
            keys.m_rejected.append(
                Tr::tr("Key %1 was ignored: TokenDesk does not know key type \"%2\".")
                    .arg(key.keyid, key.keytype));
            continue;
        }
        if (!der || keyIdFor(*der) != key.keyid) {
            keys.m_rejected.append(
                Tr::tr("Key %1 was ignored: its key material does not match its keyid.")
                    .arg(key.keyid));
            continue;
        }
        key.spkiDer = *der;
        keys.m_keys.append(key);
    }
    return keys;
}

const RegistryKey *RegistryKeys::find(const QString &keyid) const
{
    for (const RegistryKey &key : m_keys)
        if (key.keyid == keyid)
            return &key;
    return nullptr;
}

} // namespace td::provenance
