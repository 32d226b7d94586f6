// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace td::provenance {

// One key of a registry's `GET /-/npm/v1/keys` answer.
struct RegistryKey
{
    QString keyid;      // "SHA256:" + unpadded base64 of SHA-256 over the OpenSSH key blob
    QString keytype;    // "ecdsa-sha2-nistp256"
    QByteArray spkiDer; // the `key` field decoded: SubjectPublicKeyInfo
    QDateTime expires;  // invalid = does not expire
};

// The registry's signing keys. A key whose keyid is not the one its key material gives is
// dropped (a keyid is how signatures pick their key; a wrong one would let a key pose as another).
class RegistryKeys
{
public:
    // The body of /-/npm/v1/keys: {"keys":[{expires, keyid, keytype, scheme, key}]}.
    static std::optional<RegistryKeys> fromJson(const QByteArray &body, QString *error);
    // npm's keyid of a P-256 key: SHA256:<unpadded base64 of sha256(OpenSSH wire blob)>. Empty
    // when the key is not a P-256 SubjectPublicKeyInfo.
    static QString keyIdFor(const QByteArray &spkiDer);

    const RegistryKey *find(const QString &keyid) const;
    const QList<RegistryKey> &keys() const { return m_keys; }
    bool isEmpty() const { return m_keys.isEmpty(); }
    // Why keys were dropped, one sentence each (translated).
    const QStringList &rejected() const { return m_rejected; }

private:
    QList<RegistryKey> m_keys;
    QStringList m_rejected;
};

} // namespace td::provenance
