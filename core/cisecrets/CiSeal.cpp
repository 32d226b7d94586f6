// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cisecrets/CiSeal.h"

#include <QCoreApplication>

#include <sodium.h>

namespace td {

namespace {

// lupdate takes the context from the macro, for members and free functions alike (a plain
// tr() helper put the free functions' strings under "td", where no translation is looked up).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::CiSeal)
};

// sodium_init() is thread-safe and idempotent; a static runs it once per process.
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

Result<QByteArray> sealForGitHub(const SecretBuffer &value, QByteArrayView base64PublicKey)
{
    if (!sodiumReady())
        return makeError(ErrorCode::Unsupported,
                         Tr::tr("The encryption library (libsodium) could not start."),
                         Tr::tr("Reinstall TokenDesk; if it persists, report it."));
    const auto decoded = QByteArray::fromBase64Encoding(base64PublicKey.toByteArray(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != qsizetype(crypto_box_PUBLICKEYBYTES))
        return makeError(ErrorCode::MalformedResponse,
                         Tr::tr("GitHub's public key for this secret store is not a %1-byte key "
                                "(got %2 bytes); TokenDesk did not send the secret.")
                             .arg(crypto_box_PUBLICKEYBYTES)
                             .arg(decoded ? decoded.decoded.size() : 0),
                         Tr::tr("Try again; if it persists, check the API address."));

    QByteArray sealed(qsizetype(crypto_box_SEALBYTES) + value.size(), Qt::Uninitialized);
    const QByteArrayView plain = value.view();
    if (crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()),
                        reinterpret_cast<const unsigned char *>(plain.data()),
                        static_cast<unsigned long long>(plain.size()),
                        reinterpret_cast<const unsigned char *>(decoded.decoded.constData()))
        != 0) {
        sodium_memzero(sealed.data(), size_t(sealed.size()));
        return makeError(ErrorCode::Unsupported, Tr::tr("Sealing the secret for GitHub failed."),
                         Tr::tr("Try again; if it persists, report it."));
    }
    // The sealed box is not secret (only GitHub can open it), but wipe it anyway so no copy of
    // anything derived from the value lingers in freed memory.
    QByteArray encoded = sealed.toBase64();
    sodium_memzero(sealed.data(), size_t(sealed.size()));
    return encoded;
}

} // namespace td
