// SPDX-License-Identifier: GPL-3.0-or-later
#include "WatchReadTokens.h"

#include "core/tokenlist/ReadTokenChoice.h"
#include "core/tokenlist/TokenCache.h"

#include <QDir>
#include <QStandardPaths>

namespace td::cli {

QString readTokenKeyFromCache(const Account &account, const SecretStore &store,
                              const QDateTime &now)
{
    const TokenCache cache(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                               .filePath(QStringLiteral("token-cache")));
    const auto cached = cache.load(account.id);
    if (!cached)
        return {};
    return readTokenKeyFor(account, cached.value().tokens, store, now);
}

} // namespace td::cli
