// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/provenance/ProvenanceCrypto.h"

#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <QHash>

#include <memory>
#include <mutex>

namespace td::provenance::crypto {

namespace {

template<class T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

QByteArray digest(QByteArrayView data, const EVP_MD *md)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), out, &length, md, nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), int(length));
}

PKey parsePublicKey(const QByteArray &spkiDer)
{
    const auto *p = reinterpret_cast<const unsigned char *>(spkiDer.constData());
    PKey key(d2i_PUBKEY(nullptr, &p, long(spkiDer.size())));
    if (key && p != reinterpret_cast<const unsigned char *>(spkiDer.constData()) + spkiDer.size())
        return nullptr; // trailing bytes: not the key that was meant
    return key;
}

// Parsing a key costs OpenSSL 3 more than verifying a P-256 signature with it (its decoders
// are looked up per call), and the same few keys (the logs', the CT logs', the registry's) check
// every version: parsed keys are kept, a bounded number, shared read-only (safe in OpenSSL 3).
// Keys that do not parse are not kept.
std::shared_ptr<EVP_PKEY> cachedPublicKey(const QByteArray &spkiDer)
{
    constexpr qsizetype maxKeys = 64;
    static std::mutex mutex;
    // Never destroyed: freeing keys after OpenSSL's own exit handler has run would crash.
    static auto *keys = new QHash<QByteArray, std::shared_ptr<EVP_PKEY>>();
    {
        const std::lock_guard lock(mutex);
        if (const auto it = keys->constFind(spkiDer); it != keys->cend())
            return *it;
    }
    PKey parsed = parsePublicKey(spkiDer);
    if (!parsed)
        return nullptr;
    std::shared_ptr<EVP_PKEY> key(parsed.release(), EVP_PKEY_free);
    const std::lock_guard lock(mutex);
    if (keys->size() >= maxKeys)
        keys->clear(); // many different keys: a leaf per version; the trust keys come back next
    keys->insert(spkiDer, key);
    return key;
}

bool verifyWith(EVP_PKEY *key, const EVP_MD *md, QByteArrayView message,
                const QByteArray &signature)
{
    MdCtx ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, md, nullptr, key) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.data()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(message.data()),
                            size_t(message.size()))
        == 1;
}

} // namespace

QByteArray sha256(QByteArrayView data)
{
    return digest(data, EVP_sha256());
}

QByteArray sha512(QByteArrayView data)
{
    return digest(data, EVP_sha512());
}

std::optional<QByteArray> decodeBase64(QByteArrayView text, bool urlSafe)
{
    const QByteArray bytes = text.toByteArray();
    auto decoded = QByteArray::fromBase64Encoding(
        bytes, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (decoded)
        return *decoded;
    if (!urlSafe)
        return std::nullopt;
    decoded = QByteArray::fromBase64Encoding(
        bytes, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (decoded)
        return *decoded;
    return std::nullopt;
}

SignatureCheck verifySignature(const QByteArray &spkiDer, QByteArrayView message,
                               const QByteArray &signature)
{
    const std::shared_ptr<EVP_PKEY> key = cachedPublicKey(spkiDer);
    if (!key)
        return SignatureCheck::BadKey;
    switch (EVP_PKEY_get_base_id(key.get())) {
    case EVP_PKEY_ED25519:
        return verifyWith(key.get(), nullptr, message, signature) ? SignatureCheck::Valid
                                                                  : SignatureCheck::Invalid;
    case EVP_PKEY_EC:
        break;
    default:
        return SignatureCheck::BadKey;
    }
    // Sigstore pairs P-384 keys with SHA-384, but some signers use SHA-256 with any curve.
    if (EVP_PKEY_get_bits(key.get()) > 256
        && verifyWith(key.get(), EVP_sha384(), message, signature))
        return SignatureCheck::Valid;
    return verifyWith(key.get(), EVP_sha256(), message, signature) ? SignatureCheck::Valid
                                                                   : SignatureCheck::Invalid;
}

QByteArray certificatePublicKey(const QByteArray &certificateDer)
{
    const auto *p = reinterpret_cast<const unsigned char *>(certificateDer.constData());
    const Cert cert(d2i_X509(nullptr, &p, long(certificateDer.size())));
    if (!cert)
        return {};
    unsigned char *out = nullptr;
    const int length = i2d_PUBKEY(X509_get0_pubkey(cert.get()), &out);
    if (length <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char *>(out), length);
    OPENSSL_free(out);
    return der;
}

QByteArray pemCertificateToDer(const QByteArray &pem)
{
    const Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        return {};
    const Cert cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!cert)
        return {};
    unsigned char *out = nullptr;
    const int length = i2d_X509(cert.get(), &out);
    if (length <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char *>(out), length);
    OPENSSL_free(out);
    return der;
}

QByteArray pemPublicKeyToDer(const QByteArray &pem)
{
    const Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        return {};
    const PKey key(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    if (!key)
        return {};
    unsigned char *out = nullptr;
    const int length = i2d_PUBKEY(key.get(), &out);
    if (length <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char *>(out), length);
    OPENSSL_free(out);
    return der;
}

bool isCertificate(const QByteArray &der)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(der.constData());
    const auto *p = begin;
    const Cert cert(d2i_X509(nullptr, &p, long(der.size())));
    return cert && p == begin + der.size();
}

} // namespace td::provenance::crypto
