// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/SecretBuffer.h"

#include <QByteArray>

#include <memory>
#include <optional>

namespace td {

// The client's half of the Secret Service's encrypted session, algorithm
// "dh-ietf1024-sha256-aes128-cbc-pkcs7" (the one libsecret opens): a Diffie-Hellman key pair in
// the 1024-bit group of RFC 2409 (generator 2), HKDF-SHA256 over the shared secret (no salt, no
// info) for an AES-128 key, and AES-128-CBC with PKCS#7 padding for each secret. A secret crosses
// the bus only encrypted; it is decrypted straight into a SecretBuffer. The private key and the
// AES key are wiped when the session ends.
class DhAesSession
{
public:
    static constexpr const char *kAlgorithm = "dh-ietf1024-sha256-aes128-cbc-pkcs7";

    DhAesSession();
    ~DhAesSession();
    DhAesSession(const DhAesSession &) = delete;
    DhAesSession &operator=(const DhAesSession &) = delete;

    // False if no key pair could be made (then nothing else works).
    bool isValid() const;
    // Our public value, big-endian: the input of OpenSession.
    QByteArray publicKey() const;
    // Derives the AES key from the service's public value (OpenSession's output). False if that
    // value is not a valid public value of the group.
    bool deriveKey(const QByteArray &peerPublicKey);
    // One secret: `iv` is the Secret's parameters, `cipherText` its value. Nothing if the key was
    // not derived or the text does not decrypt (wrong key, bad padding).
    std::optional<SecretBuffer> decrypt(const QByteArray &iv, const QByteArray &cipherText) const;

    // The service's side, for tests: AES-128-CBC with this session's key.
    QByteArray encryptForTest(const QByteArray &iv, const QByteArray &plainText) const;

private:
    struct Keys;
    std::unique_ptr<Keys> m_keys;
};

} // namespace td
