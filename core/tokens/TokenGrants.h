// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace td {

// npm's permission vocabulary (--packages-and-scopes-permission, --orgs-permission).
enum class Permission { NoAccess, ReadOnly, ReadWrite, ReadWriteStageOnly };

QString permissionId(
    Permission permission); // "read-only", "read-write", "read-write-stage-only", "no-access"
Permission permissionFromId(const QString &id, bool *ok = nullptr);

// What a granular token may do: the one type for a listed token's grants (Token), a creation
// request (TokenCreateRequest), a planned replacement (ReplacementSpec) and the wizard's draft
// (TokenDraft). TokenPolicy::grantIssues() checks it against npm's rules.
struct TokenGrants
{
    Permission packagesPermission = Permission::NoAccess;
    bool allPackages = false;
    QStringList packages; // "left-pad", "@acme/widgets"
    QStringList scopes;   // "@acme"
    QStringList orgs;     // "acme"
    Permission orgsPermission = Permission::NoAccess;
    QStringList cidr; // IPv4 CIDR ranges; empty = any address
    bool bypass2fa = false;

    // Packages or scopes are named (or all packages): the package permission applies.
    bool grantsPackages() const { return allPackages || !packages.isEmpty() || !scopes.isEmpty(); }
    // Some grant that is in effect is read-write or stage-only (the 90-day cap applies); with
    // nothing named yet, the package permission alone decides.
    bool isWrite() const;

    // TokenDesk's own files (metadata cache, migration journal): packagesPermission, allPackages,
    // packages, scopes, orgs, orgsPermission, cidr, bypass2fa.
    QJsonObject toJson() const;
    static TokenGrants fromJson(const QJsonObject &json);
    // The registry's create-token body (POST /-/npm/v1/tokens): packages, packages_all, scopes,
    // orgs, packages_and_scopes_permission (only when packages are granted), orgs_permission
    // (only when orgs are named), cidr_whitelist, bypass_2fa; fields with nothing to say are left
    // out, as npm leaves them out.
    QJsonObject toRegistryJson() const;
    static TokenGrants fromRegistryJson(const QJsonObject &json);

    // The grants alone, from a type that carries them (Token, ReplacementSpec…). No operator==
    // on purpose: a Token would compare by its grants alone; compare toJson() instead.
    const TokenGrants &grants() const { return *this; }
    TokenGrants &grants() { return *this; }
};

} // namespace td
