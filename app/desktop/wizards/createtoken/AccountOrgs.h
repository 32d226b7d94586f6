// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QObject;

namespace td {

class RegistryClient;

// An organization the account belongs to and its role there ("owner", "admin", "developer";
// empty when unknown).
struct AccountOrg
{
    QString name;
    QString role;

    friend bool operator==(const AccountOrg &, const AccountOrg &) = default;
};

// The role's name for people ("owner" → "Owner"), translated; empty for an unknown role.
QString accountOrgRoleLabel(const QString &role);

// npm has no endpoint listing the organizations a user is in (npm-registry-api.md §7), so this
// does what npmjs.com's own tools do: each scope of the user's packages is a candidate, and the
// organization's roster (GET /-/org/<scope>/user) confirms membership and gives the role. Scopes
// that are not organizations (the user's own @name) answer 404 and are skipped. `done` gets the
// organizations sorted by name, once every roster has answered.
void findAccountOrgs(RegistryClient *registry, const QString &user, const QStringList &packages,
                     QObject *context, std::function<void(QList<AccountOrg>)> done);

} // namespace td
