// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace td::sandbox::jwt {

// HS256 JWTs: the sandbox signs the CI id tokens it issues and accepts only its own.
QByteArray sign(const QJsonObject &payload, const QByteArray &key);
// The payload when the signature is valid (expiry is the caller's business).
std::optional<QJsonObject> verify(const QByteArray &token, const QByteArray &key);

} // namespace td::sandbox::jwt
