// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"
#include "core/util/SecretBuffer.h"

#include <QByteArray>
#include <QByteArrayView>

namespace td {

// GitHub's secret encryption: base64(crypto_box_seal(value, base64decode(publicKey))), libsodium's
// anonymous sealed box (X25519 + XSalsa20-Poly1305) for the store's 32-byte public key. Only the
// holder of the store's private key (GitHub) can open it. The plaintext never leaves the
// SecretBuffer; intermediate buffers are wiped. A key that is not base64 of 32 bytes is
// ErrorCode::MalformedResponse (it came from the service).
Result<QByteArray> sealForGitHub(const SecretBuffer &value, QByteArrayView base64PublicKey);

} // namespace td
