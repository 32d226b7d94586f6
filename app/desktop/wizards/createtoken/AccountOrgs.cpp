// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/wizards/createtoken/AccountOrgs.h"

#include "core/registry/RegistryClient.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <memory>

namespace td {

QString accountOrgRoleLabel(const QString &role)
{
    if (role == QLatin1String("owner"))
        return QCoreApplication::translate("td::OrgsPage", "Owner");
    if (role == QLatin1String("admin"))
        return QCoreApplication::translate("td::OrgsPage", "Admin");
    if (role == QLatin1String("developer"))
        return QCoreApplication::translate("td::OrgsPage", "Developer");
    return {};
}

void findAccountOrgs(RegistryClient *registry, const QString &user, const QStringList &packages,
                     QObject *context, std::function<void(QList<AccountOrg>)> done)
{
    QSet<QString> scopes;
    for (const QString &package : packages)
        if (package.startsWith(u'@') && package.contains(u'/'))
            scopes.insert(package.mid(1, package.indexOf(u'/') - 1));
    scopes.remove(user); // the user's own scope is never an organization
    if (scopes.isEmpty())
        return done({});

    struct Pending
    {
        qsizetype left;
        QList<AccountOrg> found;
        std::function<void(QList<AccountOrg>)> done;
    };
    auto pending = std::make_shared<Pending>(Pending{scopes.size(), {}, std::move(done)});
    for (const QString &org : scopes) {
        registry->orgMembers(org, context, [pending, org, user](Result<AccessMap> roster) {
            if (roster && roster.value().contains(user))
                pending->found << AccountOrg{org, roster.value().value(user)};
            if (--pending->left > 0)
                return;
            std::sort(pending->found.begin(), pending->found.end(),
                      [](const AccountOrg &a, const AccountOrg &b) { return a.name < b.name; });
            pending->done(pending->found);
        });
    }
}

} // namespace td
