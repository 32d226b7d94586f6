// SPDX-License-Identifier: GPL-3.0-or-later
#include "EcKey.h"

#include <QCryptographicHash>
#include <QString>

#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace td::sandbox::sigstore {

namespace {

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

bool isP384(EVP_PKEY *key)
{
    return EVP_PKEY_get_bits(key) == 384;
}

} // namespace

EcKey::EcKey() = default;

EcKey::~EcKey()
{
    EVP_PKEY_free(m_key);
}

EcKey::EcKey(const EcKey &other) : m_key(other.m_key), m_p384(other.m_p384)
{
    if (m_key)
        EVP_PKEY_up_ref(m_key);
}

EcKey &EcKey::operator=(const EcKey &other)
{
    if (this != &other) {
        if (other.m_key)
            EVP_PKEY_up_ref(other.m_key);
        EVP_PKEY_free(m_key);
        m_key = other.m_key;
        m_p384 = other.m_p384;
    }
    return *this;
}

EcKey EcKey::generate(Curve curve)
{
    EcKey key(EVP_EC_gen(curve == Curve::P384 ? "P-384" : "P-256"));
    key.m_p384 = curve == Curve::P384;
    return key;
}

EcKey EcKey::fromPrivatePem(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *pkey = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (pkey && EVP_PKEY_get_base_id(pkey) != EVP_PKEY_EC) {
        EVP_PKEY_free(pkey);
        pkey = nullptr;
    }
    EcKey key(pkey);
    key.m_p384 = pkey && isP384(pkey);
    return key;
}

QByteArray EcKey::privatePem() const
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, m_key, nullptr, nullptr, 0, nullptr, nullptr);
    const QByteArray out = bioBytes(bio);
    BIO_free(bio);
    return out;
}

QByteArray EcKey::publicPem() const
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, m_key);
    const QByteArray out = bioBytes(bio);
    BIO_free(bio);
    return out;
}

QByteArray EcKey::spkiDer() const
{
    unsigned char *der = nullptr;
    const int size = i2d_PUBKEY(m_key, &der);
    const QByteArray out(reinterpret_cast<const char *>(der), size > 0 ? size : 0);
    OPENSSL_free(der);
    return out;
}

QByteArray EcKey::publicPoint() const
{
    size_t size = 0;
    EVP_PKEY_get_octet_string_param(m_key, OSSL_PKEY_PARAM_PUB_KEY, nullptr, 0, &size);
    QByteArray point(qsizetype(size), '\0');
    EVP_PKEY_get_octet_string_param(m_key, OSSL_PKEY_PARAM_PUB_KEY,
                                    reinterpret_cast<unsigned char *>(point.data()), size, &size);
    return point;
}

QByteArray EcKey::sign(const QByteArray &message) const
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t size = 0;
    QByteArray signature;
    if (EVP_DigestSignInit(ctx, nullptr, m_p384 ? EVP_sha384() : EVP_sha256(), nullptr, m_key) == 1
        && EVP_DigestSign(ctx, nullptr, &size,
                          reinterpret_cast<const unsigned char *>(message.constData()),
                          size_t(message.size()))
            == 1) {
        signature.resize(qsizetype(size));
        if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &size,
                           reinterpret_cast<const unsigned char *>(message.constData()),
                           size_t(message.size()))
            == 1)
            signature.resize(qsizetype(size));
        else
            signature.clear();
    }
    EVP_MD_CTX_free(ctx);
    return signature;
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QString npmKeyId(const EcKey &key)
{
    const auto sshString = [](const QByteArray &bytes) -> QByteArray {
        const quint32 n = quint32(bytes.size());
        QByteArray out(4, '\0');
        out[0] = char(n >> 24);
        out[1] = char(n >> 16);
        out[2] = char(n >> 8);
        out[3] = char(n);
        return out + bytes;
    };
    const QByteArray blob
        = sshString("ecdsa-sha2-nistp256") + sshString("nistp256") + sshString(key.publicPoint());
    return QStringLiteral("SHA256:")
        + QString::fromLatin1(sha256(blob).toBase64(QByteArray::OmitTrailingEquals));
}

} // namespace td::sandbox::sigstore
