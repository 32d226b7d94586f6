// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoAccount.h"

#include "DemoTokens.h"
#include "core/account/AccountStore.h"
#include "core/tokenlist/TokenCache.h"

#include <QDir>

namespace td::test {

bool seedDemoAccount(const QString &dataDir, const QDateTime &now, int count)
{
    const QDir dir(dataDir);
    const QString id = QStringLiteral("maintainer@registry.npmjs.org");
    AccountStore store(dir.filePath(QStringLiteral("accounts.json")));
    Account account;
    account.id = id;
    account.user = QStringLiteral("maintainer");
    store.upsert(account);
    TokenCache cache(dir.filePath(QStringLiteral("token-cache")));
    return store.save() && cache.store(id, demoTokens(now, count), now);
}

ApplicationOptions demoAppOptions(const QString &dataDir, const Clock &clock, SecretStore &secrets)
{
    ApplicationOptions options;
    options.dataDir = dataDir;
    options.clock = &clock;
    options.secrets = &secrets;
    return options;
}

} // namespace td::test
