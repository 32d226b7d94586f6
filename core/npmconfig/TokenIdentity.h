// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace td {

// What a secret looks like, judged from its shape only.
enum class SecretShape {
    None,        // no secret available (an unset ${VAR}, a CI secret)
    NpmToken,    // npm_ + 36 base62: granular, classic (after 2021) or a session token
    LegacyUuid,  // a pre-2021 classic token
    Placeholder, // actions/setup-node's XXXXX-XXXXX-XXXXX-XXXXX
    Other,       // base64 credentials, other registries' tokens
};

QString secretShapeId(SecretShape shape);
QString secretShapeLabel(SecretShape shape); // translated

// How TokenDesk names a secret without revealing it: the registry's own two identifiers.
struct TokenIdentity
{
    QString sha512Key; // hex SHA-512 of the secret: the key of a classic token
    QString redacted;  // "npm_abcd...wxyz" (the registry's masked form) or "abcd...wxyz"
    SecretShape shape = SecretShape::None;

    bool isKnown() const { return shape != SecretShape::None; }
    static TokenIdentity of(QByteArrayView secret);
};

// Lower-case hex SHA-512 (OpenSSL).
QString sha512Hex(QByteArrayView data);

} // namespace td
