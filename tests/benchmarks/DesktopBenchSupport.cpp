// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopBenchSupport.h"

#include "DemoTokens.h"
#include "core/account/AccountStore.h"
#include "core/tokenlist/TokenCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

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

bool prepareBenchDataDir(const QTemporaryDir &dir)
{
    if (!seedCachedTokens(dir.path())) {
        std::fprintf(stderr, "could not write the token cache\n");
        return false;
    }
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(dir.filePath(QStringLiteral("config"))));
    return true;
}

void startBenchChild(QProcess &process, const QStringList &args, const QString &program)
{
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program.isEmpty() ? QCoreApplication::applicationFilePath() : program,
                  QStringList{QStringLiteral("--child")} + args);
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
