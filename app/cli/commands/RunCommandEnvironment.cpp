// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunCommandEnvironment.h"

#include "core/util/SecretBuffer.h"

#include <algorithm>

namespace td::cli {

QString npmAuthTokenVariable(const QUrl &registry)
{
    // npm's "nerf dart": //host[:port]/path/ with the scheme, user and query dropped.
    QString path = registry.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    QString host = registry.host();
    if (registry.port() != -1)
        host += u':' + QString::number(registry.port());
    return QStringLiteral("npm_config_//") + host + path + QStringLiteral(":_authToken");
}

QProcessEnvironment runEnvironment(QProcessEnvironment base, const QUrl &registry,
                                   const SecretBuffer &token)
{
    const QString secret = token.revealString();
    base.insert(QStringLiteral("NODE_AUTH_TOKEN"), secret);
    base.insert(QStringLiteral("NPM_TOKEN"), secret);
    base.insert(npmAuthTokenVariable(registry), secret);
    return base;
}

QList<Token> runCandidates(const QList<Token> &tokens, const QDateTime &now)
{
    QList<Token> usable;
    for (const Token &t : tokens)
        if (!t.isRevoked() && (!t.hasExpiry() || t.expires > now))
            usable.append(t);
    std::stable_sort(usable.begin(), usable.end(),
                     [](const Token &a, const Token &b) { return a.created > b.created; });
    return usable;
}

} // namespace td::cli
