// SPDX-License-Identifier: GPL-3.0-or-later
#include "Jwt.h"

#include "Crypto.h"

#include <QJsonDocument>

namespace td::sandbox::jwt {

namespace {
constexpr auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

QByteArray sign(const QJsonObject &payload, const QByteArray &key)
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("kid"), QStringLiteral("tokendesk-sandbox")}};
    const QByteArray signingInput
        = QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(kB64) + '.'
        + QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(kB64);
    return signingInput + '.' + crypto::hmacSha256(key, signingInput).toBase64(kB64);
}

std::optional<QJsonObject> verify(const QByteArray &token, const QByteArray &key)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const QByteArray expected = crypto::hmacSha256(key, parts[0] + '.' + parts[1]).toBase64(kB64);
    if (!crypto::equalSecrets(expected, parts[2]))
        return std::nullopt;
    const auto payload = QByteArray::fromBase64Encoding(parts[1], QByteArray::Base64UrlEncoding);
    if (!payload)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(*payload);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace td::sandbox::jwt
