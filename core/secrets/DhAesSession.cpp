// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/DhAesSession.h"

#include <sodium.h>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <array>
#include <vector>

namespace td {

namespace {

// RFC 2409, section 6.2: the second Oakley group (1024 bits), generator 2.
constexpr const char kPrimeHex[]
    = "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E"
      "3404DDEF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF"
      "5CB6F406B7EDEE386BFB5A899FA5AE9F24117C4B1FE649286651ECE65381FFFFFFFFFFFFFFFF";
constexpr int kPrimeBytes = 128;
constexpr int kKeyBytes = 16; // AES-128

struct BnDeleter
{
    void operator()(BIGNUM *bn) const { BN_clear_free(bn); }
};
using Bn = std::unique_ptr<BIGNUM, BnDeleter>;

struct CtxDeleter
{
    void operator()(BN_CTX *ctx) const { BN_CTX_free(ctx); }
};

struct KdfDeleter
{
    void operator()(EVP_KDF *kdf) const { EVP_KDF_free(kdf); }
};

struct CipherDeleter
{
    void operator()(EVP_CIPHER *cipher) const { EVP_CIPHER_free(cipher); }
};

} // namespace

struct DhAesSession::Keys
{
    Bn prime;
    Bn privateKey;
    Bn publicKey;
    // Fetched with the key pair: the first fetch loads OpenSSL's configuration and provider
    // (about 8 M instructions), which then stays off the path from the service's answer to the
    // secret.
    std::unique_ptr<EVP_KDF, KdfDeleter> hkdf;
    std::unique_ptr<EVP_CIPHER, CipherDeleter> aes;
    std::array<unsigned char, kKeyBytes> aesKey{};
    bool derived = false;

    ~Keys() { OPENSSL_cleanse(aesKey.data(), aesKey.size()); }
};

namespace {

// A uniform-enough number in [0, limit): 64 bits more than the limit, reduced (bias below 2^-64).
// The bytes come from libsodium, the tree's CSPRNG for sealed boxes.
bool randomBelow(BIGNUM *out, const BIGNUM *limit, BN_CTX *ctx)
{
    if (sodium_init() < 0)
        return false;
    std::vector<unsigned char> bytes(size_t(BN_num_bytes(limit)) + 8);
    randombytes_buf(bytes.data(), bytes.size());
    const bool ok = BN_bin2bn(bytes.data(), int(bytes.size()), out) != nullptr
        && BN_mod(out, out, limit, ctx) == 1;
    sodium_memzero(bytes.data(), bytes.size());
    return ok;
}

} // namespace

DhAesSession::DhAesSession() : m_keys(std::make_unique<Keys>())
{
    BIGNUM *prime = nullptr;
    if (!BN_hex2bn(&prime, kPrimeHex))
        return;
    m_keys->prime.reset(prime);
    std::unique_ptr<BN_CTX, CtxDeleter> ctx(BN_CTX_secure_new());
    Bn privateKey(BN_secure_new());
    Bn publicKey(BN_new());
    Bn generator(BN_new());
    Bn upper(BN_new()); // the private key is drawn from [2, p - 2]
    if (!ctx || !privateKey || !publicKey || !generator || !upper
        || !BN_set_word(generator.get(), 2) || !BN_copy(upper.get(), prime)
        || !BN_sub_word(upper.get(), 3) || !randomBelow(privateKey.get(), upper.get(), ctx.get())
        || !BN_add_word(privateKey.get(), 2)
        || !BN_mod_exp(publicKey.get(), generator.get(), privateKey.get(), prime, ctx.get()))
        return;
    m_keys->privateKey = std::move(privateKey);
    m_keys->publicKey = std::move(publicKey);
    m_keys->hkdf.reset(EVP_KDF_fetch(nullptr, "HKDF", nullptr));
    m_keys->aes.reset(EVP_CIPHER_fetch(nullptr, "AES-128-CBC", nullptr));
    if (!m_keys->hkdf || !m_keys->aes)
        m_keys->publicKey.reset(); // not valid: no session could be read
}

DhAesSession::~DhAesSession() = default;

bool DhAesSession::isValid() const
{
    return m_keys->publicKey != nullptr;
}

QByteArray DhAesSession::publicKey() const
{
    if (!isValid())
        return {};
    QByteArray bytes(BN_num_bytes(m_keys->publicKey.get()), Qt::Uninitialized);
    BN_bn2bin(m_keys->publicKey.get(), reinterpret_cast<unsigned char *>(bytes.data()));
    return bytes;
}

bool DhAesSession::deriveKey(const QByteArray &peerPublicKey)
{
    if (!isValid() || peerPublicKey.isEmpty() || peerPublicKey.size() > kPrimeBytes)
        return false;
    Bn peer(BN_bin2bn(reinterpret_cast<const unsigned char *>(peerPublicKey.constData()),
                      int(peerPublicKey.size()), nullptr));
    Bn limit(BN_new());
    std::unique_ptr<BN_CTX, CtxDeleter> ctx(BN_CTX_secure_new());
    Bn shared(BN_secure_new());
    // A public value outside [2, p - 2] would give a guessable shared secret.
    if (!peer || !limit || !ctx || !shared || !BN_copy(limit.get(), m_keys->prime.get())
        || !BN_sub_word(limit.get(), 1) || BN_cmp(peer.get(), limit.get()) >= 0
        || BN_is_zero(peer.get()) || BN_is_one(peer.get())
        || !BN_mod_exp(shared.get(), peer.get(), m_keys->privateKey.get(), m_keys->prime.get(),
                       ctx.get()))
        return false;
    // The shared secret as the service writes it: big-endian, padded to the prime's size.
    std::array<unsigned char, kPrimeBytes> ikm{};
    const bool written = BN_bn2binpad(shared.get(), ikm.data(), kPrimeBytes) == kPrimeBytes;
    bool ok = false;
    if (written) {
        EVP_KDF_CTX *kctx = m_keys->hkdf ? EVP_KDF_CTX_new(m_keys->hkdf.get()) : nullptr;
        if (kctx) {
            char digest[] = "SHA256";
            const OSSL_PARAM params[]
                = {OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
                   OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, ikm.data(), ikm.size()),
                   OSSL_PARAM_construct_end()};
            ok = EVP_KDF_derive(kctx, m_keys->aesKey.data(), m_keys->aesKey.size(), params) == 1;
            EVP_KDF_CTX_free(kctx);
        }
    }
    OPENSSL_cleanse(ikm.data(), ikm.size());
    m_keys->derived = ok;
    return ok;
}

std::optional<SecretBuffer> DhAesSession::decrypt(const QByteArray &iv,
                                                  const QByteArray &cipherText) const
{
    if (!m_keys->derived || iv.size() != 16 || cipherText.isEmpty() || cipherText.size() % 16)
        return std::nullopt;
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    if (!ctx)
        return std::nullopt;
    QByteArray plain(cipherText.size() + 16, '\0');
    auto *out = reinterpret_cast<unsigned char *>(plain.data());
    int written = 0, last = 0;
    const bool ok = EVP_DecryptInit_ex(ctx, m_keys->aes.get(), nullptr, m_keys->aesKey.data(),
                                       reinterpret_cast<const unsigned char *>(iv.constData()))
            == 1
        && EVP_DecryptUpdate(ctx, out, &written,
                             reinterpret_cast<const unsigned char *>(cipherText.constData()),
                             int(cipherText.size()))
            == 1
        && EVP_DecryptFinal_ex(ctx, out + written, &last) == 1;
    EVP_CIPHER_CTX_free(ctx);
    std::optional<SecretBuffer> secret;
    if (ok)
        secret.emplace(QByteArrayView(plain.constData(), written + last));
    OPENSSL_cleanse(plain.data(), plain.size());
    return secret;
}

QByteArray DhAesSession::encryptForTest(const QByteArray &iv, const QByteArray &plainText) const
{
    if (!m_keys->derived || iv.size() != 16)
        return {};
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    QByteArray out(plainText.size() + 16, '\0');
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    int written = 0, last = 0;
    const bool ok = ctx
        && EVP_EncryptInit_ex(ctx, m_keys->aes.get(), nullptr, m_keys->aesKey.data(),
                              reinterpret_cast<const unsigned char *>(iv.constData()))
            == 1
        && EVP_EncryptUpdate(ctx, o, &written,
                             reinterpret_cast<const unsigned char *>(plainText.constData()),
                             int(plainText.size()))
            == 1
        && EVP_EncryptFinal_ex(ctx, o + written, &last) == 1;
    EVP_CIPHER_CTX_free(ctx);
    return ok ? out.left(written + last) : QByteArray();
}

} // namespace td
