// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/account/CredentialNotices.h"

#include "core/account/Account.h"

namespace td {

QList<Token> tokensToWatch(const Account &account, QList<Token> listed)
{
    if (!account.credentialExpiry.isKnown())
        return listed;
    Token credential;
    credential.accountId = account.id;
    credential.key = QStringLiteral("credential:") + account.id + QLatin1Char(':')
        + account.credentialExpiry.expires.toUTC().toString(Qt::ISODate);
    credential.name = account.user + QLatin1Char('@') + account.registry.host();
    credential.expires = account.credentialExpiry.expires;
    listed.append(credential);
    return listed;
}

} // namespace td
