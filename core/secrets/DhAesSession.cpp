// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/DhAesSession.h"

#include <sodium.h>

#include <nettle/aes.h>
#include <nettle/cbc.h>
#include <nettle/hkdf.h>
#include <nettle/hmac.h>
#include <openssl/bn.h>
#include <openssl/crypto.h>

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
constexpr int kKeyBytes = AES128_KEY_SIZE;
constexpr int kBlock = AES_BLOCK_SIZE;

struct BnDeleter
{
    void operator()(BIGNUM *bn) const { BN_clear_free(bn); }
};
using Bn = std::unique_ptr<BIGNUM, BnDeleter>;

struct CtxDeleter
{
    void operator()(BN_CTX *ctx) const { BN_CTX_free(ctx); }
};

// Nettle's generic HKDF and CBC take their MAC and cipher through `void *` callbacks; these have
// exactly those types (a cast function pointer would be called through the wrong type).
void hmacUpdate(void *ctx, size_t length, const uint8_t *data)
{
    hmac_sha256_update(static_cast<hmac_sha256_ctx *>(ctx), length, data);
}
void hmacDigest(void *ctx, size_t length, uint8_t *digest)
{
    hmac_sha256_digest(static_cast<hmac_sha256_ctx *>(ctx), length, digest);
}
void aesDecrypt(const void *ctx, size_t length, uint8_t *dst, const uint8_t *src)
{
    aes128_decrypt(static_cast<const aes128_ctx *>(ctx), length, dst, src);
}
void aesEncrypt(const void *ctx, size_t length, uint8_t *dst, const uint8_t *src)
{
    aes128_encrypt(static_cast<const aes128_ctx *>(ctx), length, dst, src);
}

} // namespace

struct DhAesSession::Keys
{
    Bn prime;
    Bn privateKey;
    Bn publicKey;
    std::array<uint8_t, kKeyBytes> aesKey{};
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
    const bool ok = BN_bn2binpad(shared.get(), ikm.data(), kPrimeBytes) == kPrimeBytes;
    if (ok) {
        // HKDF-SHA256 (RFC 5869) without salt, that is a hash-length key of zeros, and without
        // info: extract a pseudo-random key, expand it to the AES key.
        hmac_sha256_ctx mac;
        const std::array<uint8_t, SHA256_DIGEST_SIZE> noSalt{};
        std::array<uint8_t, SHA256_DIGEST_SIZE> prk{};
        hmac_sha256_set_key(&mac, noSalt.size(), noSalt.data());
        hkdf_extract(&mac, hmacUpdate, hmacDigest, SHA256_DIGEST_SIZE, ikm.size(), ikm.data(),
                     prk.data());
        hmac_sha256_set_key(&mac, prk.size(), prk.data());
        hkdf_expand(&mac, hmacUpdate, hmacDigest, SHA256_DIGEST_SIZE, 0, nullptr,
                    m_keys->aesKey.size(), m_keys->aesKey.data());
        OPENSSL_cleanse(prk.data(), prk.size());
        OPENSSL_cleanse(&mac, sizeof mac);
    }
    OPENSSL_cleanse(ikm.data(), ikm.size());
    m_keys->derived = ok;
    return ok;
}

std::optional<SecretBuffer> DhAesSession::decrypt(const QByteArray &iv,
                                                  const QByteArray &cipherText) const
{
    if (!m_keys->derived || iv.size() != kBlock || cipherText.isEmpty()
        || cipherText.size() % kBlock)
        return std::nullopt;
    aes128_ctx aes;
    aes128_set_decrypt_key(&aes, m_keys->aesKey.data());
    std::array<uint8_t, kBlock> chain{};
    std::copy(iv.cbegin(), iv.cend(), chain.begin());
    QByteArray plain(cipherText.size(), '\0');
    auto *out = reinterpret_cast<uint8_t *>(plain.data());
    cbc_decrypt(&aes, aesDecrypt, kBlock, chain.data(), size_t(cipherText.size()), out,
                reinterpret_cast<const uint8_t *>(cipherText.constData()));
    OPENSSL_cleanse(&aes, sizeof aes);
    // PKCS#7: the last byte says how many bytes of padding (1 to 16), each of that value. A
    // wrong key almost always breaks it, so nothing is returned instead of garbage.
    const auto padding = static_cast<uint8_t>(plain.back());
    bool padded = padding >= 1 && padding <= kBlock;
    for (qsizetype i = 1; padded && i <= padding; ++i)
        padded = static_cast<uint8_t>(plain.at(plain.size() - i)) == padding;
    std::optional<SecretBuffer> secret;
    if (padded)
        secret.emplace(QByteArrayView(plain.constData(), plain.size() - padding));
    OPENSSL_cleanse(plain.data(), size_t(plain.size()));
    return secret;
}

QByteArray DhAesSession::encryptForTest(const QByteArray &iv, const QByteArray &plainText) const
{
    if (!m_keys->derived || iv.size() != kBlock)
        return {};
    const int padding = kBlock - int(plainText.size() % kBlock);
    const QByteArray padded = plainText + QByteArray(padding, char(padding));
    aes128_ctx aes;
    aes128_set_encrypt_key(&aes, m_keys->aesKey.data());
    std::array<uint8_t, kBlock> chain{};
    std::copy(iv.cbegin(), iv.cend(), chain.begin());
    QByteArray out(padded.size(), '\0');
    cbc_encrypt(&aes, aesEncrypt, kBlock, chain.data(), size_t(padded.size()),
                reinterpret_cast<uint8_t *>(out.data()),
                reinterpret_cast<const uint8_t *>(padded.constData()));
    return out;
}

} // namespace td
