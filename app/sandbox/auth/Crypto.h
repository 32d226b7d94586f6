// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace td::sandbox::crypto {

// "npm_" + 36 base62 characters, the shape of today's npmjs tokens (40 characters).
QString newGranularToken();
// A random UUID v4 string (token keys, pending ids, trust config ids).
QString newUuid();
// n random decimal digits (e-mail and web one-time codes).
QString randomDigits(int n);
// Hex SHA-512: the key of a classic token is the SHA-512 of its secret.
QString sha512Hex(const QByteArray &data);
QString sha1Hex(const QByteArray &data);
QByteArray sha512(const QByteArray &data);
QByteArray hmacSha1(const QByteArray &key, const QByteArray &message);
QByteArray hmacSha256(const QByteArray &key, const QByteArray &message);
QByteArray randomBytes(int n);
// Constant-time comparison, so a secret check does not leak how many bytes matched.
bool equalSecrets(const QByteArray &a, const QByteArray &b);

} // namespace td::sandbox::crypto
