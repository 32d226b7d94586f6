// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <openssl/hmac.h>

namespace td::test {

// RFC 6238 TOTP (HMAC-SHA1, 30 s, 6 digits) from a base32 secret, as an authenticator app makes.
inline QByteArray totp(const QByteArray &base32Secret, const QDateTime &when)
{
    QByteArray key;
    quint32 buffer = 0;
    int bits = 0;
    for (char c : base32Secret) {
        const int v = c >= 'A' && c <= 'Z' ? c - 'A' : c >= '2' && c <= '7' ? c - '2' + 26 : -1;
        if (v < 0)
            continue;
        buffer = (buffer << 5) | quint32(v);
        bits += 5;
        if (bits >= 8) {
            key.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    quint64 counter = quint64(when.toSecsSinceEpoch() / 30);
    unsigned char message[8];
    for (int i = 7; i >= 0; --i) {
        message[i] = static_cast<unsigned char>(counter & 0xff);
        counter >>= 8;
    }
    unsigned char digest[20];
    unsigned int length = 0;
    HMAC(EVP_sha1(), key.constData(), int(key.size()), message, 8, digest, &length);
    const int offset = digest[19] & 0x0f;
    const quint32 code = ((quint32(digest[offset]) & 0x7f) << 24)
        | (quint32(digest[offset + 1]) << 16) | (quint32(digest[offset + 2]) << 8)
        | quint32(digest[offset + 3]);
    return QByteArray::number(code % 1000000).rightJustified(6, '0');
}

} // namespace td::test
