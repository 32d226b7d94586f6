// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/creation/TokenPolicyLimits.h"
#include "core/tokens/Token.h"
#include "core/tokens/TokenGrants.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace td {

// The rules npmjs enforces when a granular token is created, as checks that return a specific,
// translated message (empty = fine). The numbers come from TokenPolicyLimits; the checks only
// decide which rule applies. Texts that npm itself prints (CIDR, 90 days, at least one grant)
// are kept word for word so users can search for them.
class TokenPolicy
{
public:
    explicit TokenPolicy(const TokenPolicyLimits &limits = kNpmjsTokenPolicy) : m_limits(limits) { }

    const TokenPolicyLimits &limits() const { return m_limits; }

    // A token "writes" when any of its grants is read-write or stage-only: the 90-day cap applies.
    static bool isWrite(Permission packagesPermission, Permission orgsPermission);

    int defaultExpiryDays(bool write) const;
    int maxExpiryDays(bool write) const; // 0 = no maximum

    QString checkName(const QString &name) const;
    QString checkDescription(const QString &description) const;
    QString checkExpiryDays(int days, bool write) const;
    QString checkCustomExpiry(const QDateTime &expires, bool write, const QDateTime &now) const;

    // One entry of the packages list, the scopes list ("acme" or "@acme") or the orgs list.
    QString checkPackage(const QString &name) const;
    QString checkScope(const QString &scope) const;
    QString checkOrg(const QString &org) const;
    QString checkCidr(const QString &cidr) const;

    QString checkPackagesAndScopesCount(int count) const;
    QString checkOrgsCount(int count) const;
    QString checkHasGrant(bool allPackages, int packagesAndScopes, Permission packagesPermission,
                          int orgs, Permission orgsPermission) const;
    QString checkOrgsPermission(Permission orgsPermission) const;
    QString checkBypass2fa(bool bypass2fa, bool write) const;

    // Every rule on a token's grants at once (packages, scopes, orgs, their permissions and
    // counts, CIDR ranges, bypass-2FA): what the wizard's draft and a migration's replacement are
    // both checked with. `index` is the entry of a list (packages, scopes, orgs, cidr), or -1.
    enum class GrantField {
        Packages,
        Scopes,
        PackagesPermission,
        Orgs,
        OrgsPermission,
        Grants,
        Cidr,
        Bypass2fa
    };
    struct GrantIssue
    {
        GrantField field;
        int index = -1;
        QString message;
    };
    QList<GrantIssue> grantIssues(const TokenGrants &grants) const;

    // "acme" → "@acme"; a scope is written with its '@' everywhere in TokenDesk.
    static QString normalizedScope(const QString &scope);

private:
    QString checkTextCharacters(const QString &text, const char *context) const;
    QString checkOwnerName(const QString &owner, const QString &shown) const;

    TokenPolicyLimits m_limits;
};

} // namespace td
