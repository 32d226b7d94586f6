// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace td::sandbox::totp {

// RFC 4648 base32 (upper or lower case, padding and spaces ignored); nullopt on bad input.
std::optional<QByteArray> decodeBase32(const QString &text);
// RFC 6238: HMAC-SHA1, 30-second steps, 6 digits.
QString code(const QByteArray &secret, const QDateTime &at);
// Accepts the code of the current step and of one step either side (clock drift). A code may
// be used more than once inside its window: npm sends the same --otp for several requests.
bool verify(const QString &base32Secret, const QString &candidate, const QDateTime &at);

} // namespace td::sandbox::totp
