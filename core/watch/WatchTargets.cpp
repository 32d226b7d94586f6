// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/watch/WatchTargets.h"

#include "core/registry/RegistryClient.h"

#include <QCoreApplication>
#include <QMap>
#include <QPointer>
#include <QSet>

#include <memory>

namespace td::watch {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::watch::WatchTargets)
};

QString registryKey(const QUrl &registry)
{
    return registry.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments).toString();
}

QStringList writable(const AccessMap &map)
{
    QStringList packages;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        if (it.value() == QLatin1String("write"))
            packages << it.key();
    return packages;
}

QSet<QString> orgScopes(const AccessMap &userPackages, const QString &user)
{
    QSet<QString> scopes;
    for (auto it = userPackages.cbegin(); it != userPackages.cend(); ++it) {
        const QString &package = it.key();
        if (package.startsWith(u'@') && package.contains(u'/'))
            scopes.insert(package.mid(1, package.indexOf(u'/') - 1));
    }
    scopes.remove(user); // the user's own scope is never an organization
    return scopes;
}

struct Collection
{
    QList<AccountPackages> perAccount;
    QStringList problems;
    int pendingAccounts = 0;
    QList<WatchPin> pins;
    std::function<void(WatchTargetList)> done;

    void accountDone()
    {
        if (--pendingAccounts > 0)
            return;
        problems.sort();
        done({mergeWatchTargets(perAccount, pins), problems});
    }
};

void collectOrgs(const WatchAccount &account, const QSet<QString> &scopes, int index,
                 std::shared_ptr<Collection> all, QObject *context)
{
    auto left = std::make_shared<qsizetype>(scopes.size());
    for (const QString &org : scopes) {
        account.client->orgPackages(org, context, [all, index, left, org](Result<AccessMap> list) {
            // Not a member (403/404) or no session: the user's own list already has what it
            // can write there.
            if (list)
                all->perAccount[index].writable += writable(list.value());
            if (--*left == 0)
                all->accountDone();
        });
    }
}
} // namespace

QList<WatchTarget> mergeWatchTargets(const QList<AccountPackages> &perAccount,
                                     const QList<WatchPin> &pins)
{
    QMap<QPair<QString, QString>, WatchTarget> merged;
    for (const AccountPackages &account : perAccount)
        for (const QString &package : account.writable) {
            WatchTarget &target = merged[{registryKey(account.registry), package}];
            target.registry = account.registry;
            target.package = package;
            if (!target.writers.contains(account.accountId))
                target.writers << account.accountId;
        }
    for (const WatchPin &pin : pins) {
        WatchTarget &target = merged[{registryKey(pin.registry), pin.package}];
        if (target.package.isEmpty()) {
            target.registry = pin.registry;
            target.package = pin.package;
        }
        target.pinned = true;
    }
    return merged.values();
}

void collectWatchTargets(const QList<WatchAccount> &accounts, const QList<WatchPin> &pins,
                         QObject *context, std::function<void(WatchTargetList)> done)
{
    auto all = std::make_shared<Collection>();
    all->pins = pins;
    all->done = [guard = QPointer<QObject>(context), hasContext = context != nullptr,
                 done = std::move(done)](WatchTargetList list) {
        if (!hasContext || guard)
            done(std::move(list));
    };
    all->pendingAccounts = int(accounts.size());
    if (accounts.isEmpty())
        return all->done({mergeWatchTargets({}, pins), {}});
    for (int i = 0; i < accounts.size(); ++i) {
        const WatchAccount &account = accounts[i];
        all->perAccount.append({account.account.registry, account.account.id, {}});
        account.client->userPackages(
            account.account.user, context, [all, i, account, context](Result<AccessMap> list) {
                if (!list) {
                    all->problems << Tr::tr("The packages of %1 on %2 could not be read: %3")
                                         .arg(account.account.user, account.account.registry.host(),
                                              list.error().message);
                    return all->accountDone();
                }
                all->perAccount[i].writable = writable(list.value());
                const QSet<QString> scopes = orgScopes(list.value(), account.account.user);
                if (scopes.isEmpty() || !account.client->hasAuthToken())
                    return all->accountDone();
                collectOrgs(account, scopes, i, all, context);
            });
    }
}

} // namespace td::watch
