// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An ECDSA key pair of the sandbox's signers (registry, Fulcio CA, log, a leaf), on OpenSSL 3.
#include <QByteArray>

#include <memory>

using EVP_PKEY = struct evp_pkey_st;

namespace td::sandbox::sigstore {

class EcKey
{
public:
    enum class Curve { P256, P384 };

    EcKey();
    ~EcKey();
    // Copies share the key (reference counted by OpenSSL); the key never changes once made.
    EcKey(const EcKey &other);
    EcKey &operator=(const EcKey &other);

    static EcKey generate(Curve curve);
    // From a PKCS#8 PEM private key (the --state file); invalid when it does not parse.
    static EcKey fromPrivatePem(const QByteArray &pem);

    bool isValid() const { return m_key != nullptr; }
    QByteArray privatePem() const;
    QByteArray publicPem() const;
    QByteArray spkiDer() const;
    // The uncompressed point (0x04 || X || Y).
    QByteArray publicPoint() const;
    // ECDSA over SHA-256 (P-256) or SHA-384 (P-384) of `message`, DER encoded.
    QByteArray sign(const QByteArray &message) const;

    EVP_PKEY *get() const { return m_key; }

private:
    explicit EcKey(EVP_PKEY *key) : m_key(key) { }
    EVP_PKEY *m_key = nullptr;
    bool m_p384 = false;
};

// npm's keyid: "SHA256:" + unpadded base64 of SHA-256 over the OpenSSH wire blob
// (string "ecdsa-sha2-nistp256", string "nistp256", string Q) of a P-256 key.
QString npmKeyId(const EcKey &key);

QByteArray sha256(const QByteArray &data);

} // namespace td::sandbox::sigstore
