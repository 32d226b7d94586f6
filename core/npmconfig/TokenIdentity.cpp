// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/npmconfig/TokenIdentity.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <openssl/evp.h>

namespace td {

QString sha512Hex(QByteArrayView data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), digest, &length, EVP_sha512(), nullptr) != 1)
        return {};
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

QString secretShapeId(SecretShape shape)
{
    switch (shape) {
    case SecretShape::None:
        return QStringLiteral("none");
    case SecretShape::NpmToken:
        return QStringLiteral("npm-token");
    case SecretShape::LegacyUuid:
        return QStringLiteral("legacy-uuid");
    case SecretShape::Placeholder:
        return QStringLiteral("placeholder");
    case SecretShape::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString secretShapeLabel(SecretShape shape)
{
    switch (shape) {
    case SecretShape::None:
        return QCoreApplication::translate("td::TokenIdentity", "no value here");
    case SecretShape::NpmToken:
        return QCoreApplication::translate("td::TokenIdentity", "npm token");
    case SecretShape::LegacyUuid:
        return QCoreApplication::translate("td::TokenIdentity", "classic token (old UUID format)");
    case SecretShape::Placeholder:
        return QCoreApplication::translate("td::TokenIdentity", "placeholder, not a real token");
    case SecretShape::Other:
        return QCoreApplication::translate("td::TokenIdentity", "other credential");
    }
    return {};
}

TokenIdentity TokenIdentity::of(QByteArrayView secret)
{
    TokenIdentity identity;
    if (secret.isEmpty())
        return identity;
    const QString text = QString::fromUtf8(secret.data(), secret.size());
    static const QRegularExpression npmToken(QStringLiteral(R"(^npm_[A-Za-z0-9]{36}$)"));
    static const QRegularExpression uuid(QStringLiteral(
        R"(^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$)"));
    static const QRegularExpression placeholder(QStringLiteral(R"(^X{5}(-X{5}){3}$)"));
    if (npmToken.match(text).hasMatch())
        identity.shape = SecretShape::NpmToken;
    else if (uuid.match(text).hasMatch())
        identity.shape = SecretShape::LegacyUuid;
    else if (placeholder.match(text).hasMatch())
        identity.shape = SecretShape::Placeholder;
    else
        identity.shape = SecretShape::Other;

    identity.sha512Key = sha512Hex(secret);
    if (text.startsWith(QLatin1String("npm_")) && text.size() >= 16)
        identity.redacted
            = text.left(8) + QLatin1String("...") + text.right(4); // the registry's form
    else if (identity.shape == SecretShape::Placeholder)
        identity.redacted = text; // not a secret, and recognising it is the point
    else if (text.size() >= 16)
        identity.redacted = text.left(4) + QLatin1String("...") + text.right(4);
    else
        identity.redacted = QStringLiteral("****");
    return identity;
}

} // namespace td
