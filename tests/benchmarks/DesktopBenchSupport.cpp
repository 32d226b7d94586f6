// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopBenchSupport.h"

#include "DemoTokens.h"
#include "core/account/AccountStore.h"
#include "core/tokenlist/TokenCache.h"

#include <QDateTime>
#include <QFile>

namespace td::test {

QString benchAccountId()
{
    return QStringLiteral("maintainer@registry.npmjs.org");
}

bool seedCachedTokens(const QString &dataDir)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    AccountStore store(dataDir + QStringLiteral("/accounts.json"));
    Account account;
    account.id = benchAccountId();
    account.user = QStringLiteral("maintainer");
    store.upsert(account);
    TokenCache cache(dataDir + QStringLiteral("/token-cache"));
    return store.save().ok()
        && cache.store(account.id, demoTokens(now, kBenchTokens), now.addSecs(-600)).ok();
}

qint64 rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

} // namespace td::test
