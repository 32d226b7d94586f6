// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/SecretStore.h"

namespace td {

std::optional<bool> SecretStore::isStored(const QString &) const
{
    return std::nullopt;
}

QString SecretStore::sessionKey(const QString &accountId)
{
    return QStringLiteral("session/") + accountId;
}

QString SecretStore::tokenKey(const QString &accountId, const QString &tokenKey)
{
    return QStringLiteral("token/") + accountId + QLatin1Char('/') + tokenKey;
}

} // namespace td
