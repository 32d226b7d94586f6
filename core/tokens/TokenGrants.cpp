// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tokens/TokenGrants.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace td {

namespace {
constexpr std::array<std::pair<Permission, const char *>, 4> kPermissionIds{{
    {Permission::NoAccess, "no-access"},
    {Permission::ReadOnly, "read-only"},
    {Permission::ReadWrite, "read-write"},
    {Permission::ReadWriteStageOnly, "read-write-stage-only"},
}};

bool writes(Permission p)
{
    return p == Permission::ReadWrite || p == Permission::ReadWriteStageOnly;
}

QStringList stringList(const QJsonObject &json, const char *key)
{
    QStringList list;
    for (const QJsonArray entries = json.value(QLatin1String(key)).toArray();
         const QJsonValue &v : entries)
        list.append(v.toString());
    return list;
}
} // namespace

QString permissionId(Permission permission)
{
    for (const auto &[p, id] : kPermissionIds)
        if (p == permission)
            return QString::fromLatin1(id);
    return QStringLiteral("no-access");
}

Permission permissionFromId(const QString &id, bool *ok)
{
    for (const auto &[p, name] : kPermissionIds) {
        if (id == QLatin1String(name)) {
            if (ok)
                *ok = true;
            return p;
        }
    }
    if (ok)
        *ok = false;
    return Permission::NoAccess;
}

bool TokenGrants::isWrite() const
{
    // Before anything is named (the wizard's first pages), the package permission alone decides.
    if (!grantsPackages() && orgs.isEmpty())
        return writes(packagesPermission);
    return (grantsPackages() && writes(packagesPermission))
        || (!orgs.isEmpty() && writes(orgsPermission));
}

QJsonObject TokenGrants::toJson() const
{
    return {{QStringLiteral("packagesPermission"), permissionId(packagesPermission)},
            {QStringLiteral("allPackages"), allPackages},
            {QStringLiteral("packages"), QJsonArray::fromStringList(packages)},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
            {QStringLiteral("orgs"), QJsonArray::fromStringList(orgs)},
            {QStringLiteral("orgsPermission"), permissionId(orgsPermission)},
            {QStringLiteral("cidr"), QJsonArray::fromStringList(cidr)},
            {QStringLiteral("bypass2fa"), bypass2fa}};
}

TokenGrants TokenGrants::fromJson(const QJsonObject &json)
{
    TokenGrants grants;
    grants.packagesPermission
        = permissionFromId(json.value(QStringLiteral("packagesPermission")).toString());
    grants.allPackages = json.value(QStringLiteral("allPackages")).toBool();
    grants.packages = stringList(json, "packages");
    grants.scopes = stringList(json, "scopes");
    grants.orgs = stringList(json, "orgs");
    grants.orgsPermission
        = permissionFromId(json.value(QStringLiteral("orgsPermission")).toString());
    grants.cidr = stringList(json, "cidr");
    grants.bypass2fa = json.value(QStringLiteral("bypass2fa")).toBool();
    return grants;
}

QJsonObject TokenGrants::toRegistryJson() const
{
    QJsonObject json;
    if (!packages.isEmpty())
        json.insert(QStringLiteral("packages"), QJsonArray::fromStringList(packages));
    if (allPackages)
        json.insert(QStringLiteral("packages_all"), true);
    if (!scopes.isEmpty())
        json.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopes));
    if (!orgs.isEmpty())
        json.insert(QStringLiteral("orgs"), QJsonArray::fromStringList(orgs));
    if (grantsPackages())
        json.insert(QStringLiteral("packages_and_scopes_permission"),
                    permissionId(packagesPermission));
    if (!orgs.isEmpty())
        json.insert(QStringLiteral("orgs_permission"), permissionId(orgsPermission));
    if (!cidr.isEmpty())
        json.insert(QStringLiteral("cidr_whitelist"), QJsonArray::fromStringList(cidr));
    if (bypass2fa)
        json.insert(QStringLiteral("bypass_2fa"), true);
    return json;
}

TokenGrants TokenGrants::fromRegistryJson(const QJsonObject &json)
{
    TokenGrants grants;
    grants.packages = stringList(json, "packages");
    grants.allPackages = json.value(QStringLiteral("packages_all")).toBool();
    grants.scopes = stringList(json, "scopes");
    grants.orgs = stringList(json, "orgs");
    grants.packagesPermission
        = permissionFromId(json.value(QStringLiteral("packages_and_scopes_permission")).toString());
    grants.orgsPermission
        = permissionFromId(json.value(QStringLiteral("orgs_permission")).toString());
    grants.cidr = stringList(json, "cidr_whitelist");
    grants.bypass2fa = json.value(QStringLiteral("bypass_2fa")).toBool();
    return grants;
}

} // namespace td
