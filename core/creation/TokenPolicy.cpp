// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/creation/TokenPolicy.h"

#include "core/tokens/NpmPackageName.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <algorithm>

namespace td {

namespace {

QString over90Days(int max)
{
    return QCoreApplication::translate(
        "td::TokenPolicy",
        "Invalid expiration value. Read-write tokens can only be valid for up to %n day(s).",
        nullptr, max);
}

// A strict IPv4 CIDR: four decimal octets 0–255 and a /0–/32 prefix, as npm's is-cidr expects.
bool isIpv4Cidr(const QString &cidr)
{
    const QStringList parts = cidr.split(u'/');
    if (parts.size() != 2)
        return false;
    const QStringList octets = parts[0].split(u'.');
    if (octets.size() != 4)
        return false;
    auto isNumber = [](const QString &text, int max) {
        if (text.isEmpty() || text.size() > 3)
            return false;
        for (const QChar c : text)
            if (!c.isDigit() || c.unicode() > 127)
                return false;
        if (text.size() > 1 && text.startsWith(u'0'))
            return false;
        return text.toInt() <= max;
    };
    for (const QString &octet : octets)
        if (!isNumber(octet, 255))
            return false;
    return isNumber(parts[1], 32);
}

bool isIpv6Cidr(const QString &cidr)
{
    const QStringList parts = cidr.split(u'/');
    if (parts.size() != 2 || !parts[0].contains(u':'))
        return false;
    bool ok = false;
    const int prefix = parts[1].toInt(&ok);
    return ok && prefix >= 0 && prefix <= 128
        && QHostAddress(parts[0]).protocol() == QAbstractSocket::IPv6Protocol;
}

} // namespace

bool TokenPolicy::isWrite(Permission packagesPermission, Permission orgsPermission)
{
    auto writes = [](Permission p) {
        return p == Permission::ReadWrite || p == Permission::ReadWriteStageOnly;
    };
    return writes(packagesPermission) || writes(orgsPermission);
}

int TokenPolicy::defaultExpiryDays(bool write) const
{
    return write ? m_limits.writeDefaultDays : m_limits.readOnlyDefaultDays;
}

int TokenPolicy::maxExpiryDays(bool write) const
{
    return write ? m_limits.writeMaxDays : m_limits.readOnlyMaxDays;
}

QString TokenPolicy::checkTextCharacters(const QString &text, const char *context) const
{
    const QLatin1String extra(m_limits.textExtraCharacters);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool alnum
            = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        if (!alnum && !extra.contains(c))
            return QCoreApplication::translate("td::TokenPolicy", context).arg(c);
    }
    return {};
}

QString TokenPolicy::checkName(const QString &name) const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("td::TokenPolicy", "Give the token a name.");
    if (name.size() > m_limits.nameMaxLength)
        return QCoreApplication::translate(
                   "td::TokenPolicy", "The name can be at most %1 characters long (it has %2).")
            .arg(m_limits.nameMaxLength)
            .arg(name.size());
    return checkTextCharacters(
        name,
        QT_TRANSLATE_NOOP("td::TokenPolicy",
                          "The name can contain only letters, digits, spaces, '-' and '_', "
                          "not '%1'."));
}

QString TokenPolicy::checkDescription(const QString &description) const
{
    if (description.size() > m_limits.descriptionMaxLength)
        return QCoreApplication::translate(
                   "td::TokenPolicy",
                   "The description can be at most %1 characters long (it has %2).")
            .arg(m_limits.descriptionMaxLength)
            .arg(description.size());
    return checkTextCharacters(
        description,
        QT_TRANSLATE_NOOP("td::TokenPolicy",
                          "The description can contain only letters, digits, spaces, '-' and "
                          "'_', not '%1'."));
}

QString TokenPolicy::checkExpiryDays(int days, bool write) const
{
    const int min = write ? m_limits.writeMinDays : m_limits.readOnlyMinDays;
    if (days < min)
        return QCoreApplication::translate(
            "td::TokenPolicy", "A token must be valid for at least %n day(s).", nullptr, min);
    const int max = maxExpiryDays(write);
    if (max > 0 && days > max)
        return over90Days(max);
    return {};
}

QString TokenPolicy::checkCustomExpiry(const QDateTime &expires, bool write,
                                       const QDateTime &now) const
{
    if (!expires.isValid())
        return QCoreApplication::translate("td::TokenPolicy", "Choose an expiry date.");
    const QDateTime earliest = now.addSecs(m_limits.customExpiryMinAheadSeconds);
    if (expires < earliest)
        return QCoreApplication::translate("td::TokenPolicy",
                                           "Choose an expiry date at least one day ahead.");
    const int max = maxExpiryDays(write);
    if (max > 0 && expires > now.addDays(max))
        return over90Days(max);
    return {};
}

QString TokenPolicy::checkPackage(const QString &name) const
{
    const PackageNameCheck check = checkNpmPackageName(name, m_limits.packageNameMaxLength);
    if (!check.errors.isEmpty())
        return QCoreApplication::translate("td::TokenPolicy",
                                           "'%1' is not a valid npm package name: %2.")
            .arg(name, check.errors.first());
    return {};
}

// Scopes and orgs are npm user or org names: what may follow '@' in "@owner/package".
QString TokenPolicy::checkOwnerName(const QString &owner, const QString &shown) const
{
    if (owner.isEmpty())
        return QCoreApplication::translate("td::TokenPolicy", "'%1' has no name after the '@'.")
            .arg(shown);
    if (owner.contains(u'/'))
        return QCoreApplication::translate("td::TokenPolicy",
                                           "'%1' is a package name; a scope has no '/'.")
            .arg(shown);
    if (owner.startsWith(u'.') || owner.startsWith(u'_') || owner.startsWith(u'-'))
        return QCoreApplication::translate("td::TokenPolicy",
                                           "'%1' cannot start with '.', '_' or '-'.")
            .arg(shown);
    if (owner.toLower() != owner)
        return QCoreApplication::translate("td::TokenPolicy", "'%1' must be lowercase.").arg(shown);
    if (!isUriComponentSafe(owner))
        return QCoreApplication::translate("td::TokenPolicy",
                                           "'%1' can only contain URL-friendly characters.")
            .arg(shown);
    return {};
}

QString TokenPolicy::checkScope(const QString &scope) const
{
    if (scope.isEmpty())
        return QCoreApplication::translate("td::TokenPolicy", "Enter a scope such as @acme.");
    const QString normalized = normalizedScope(scope);
    return checkOwnerName(normalized.mid(1), normalized);
}

QString TokenPolicy::checkOrg(const QString &org) const
{
    if (org.isEmpty())
        return QCoreApplication::translate("td::TokenPolicy", "Enter an organization name.");
    if (org.startsWith(u'@'))
        return QCoreApplication::translate("td::TokenPolicy",
                                           "'%1': enter the organization without '@'.")
            .arg(org);
    return checkOwnerName(org, org);
}

QString TokenPolicy::checkCidr(const QString &cidr) const
{
    if (isIpv6Cidr(cidr))
        return QCoreApplication::translate(
                   "td::TokenPolicy", "CIDR whitelist can only contain IPv4 addresses, %1 is IPv6")
            .arg(cidr);
    if (!isIpv4Cidr(cidr))
        return QCoreApplication::translate("td::TokenPolicy",
                                           "CIDR whitelist contains invalid CIDR entry: %1")
            .arg(cidr);
    return {};
}

QString TokenPolicy::checkPackagesAndScopesCount(int count) const
{
    if (count > m_limits.maxPackagesAndScopes)
        return QCoreApplication::translate(
                   "td::TokenPolicy",
                   "A token can name at most %1 packages and scopes together (this one has %2). "
                   "Use a scope or all packages instead.")
            .arg(m_limits.maxPackagesAndScopes)
            .arg(count);
    return {};
}

QString TokenPolicy::checkOrgsCount(int count) const
{
    if (count > m_limits.maxOrgs)
        return QCoreApplication::translate(
                   "td::TokenPolicy",
                   "A token can name at most %1 organizations (this one has %2).")
            .arg(m_limits.maxOrgs)
            .arg(count);
    return {};
}

QString TokenPolicy::checkHasGrant(bool allPackages, int packagesAndScopes,
                                   Permission packagesPermission, int orgs,
                                   Permission orgsPermission) const
{
    const bool packageGrant
        = (allPackages || packagesAndScopes > 0) && packagesPermission != Permission::NoAccess;
    const bool orgGrant = orgs > 0 && orgsPermission != Permission::NoAccess;
    if (!packageGrant && !orgGrant)
        return QCoreApplication::translate(
            "td::TokenPolicy",
            "You must give this token access to at least one package, scope, or "
            "organization.");
    return {};
}

QString TokenPolicy::checkOrgsPermission(Permission orgsPermission) const
{
    if (orgsPermission == Permission::ReadWriteStageOnly)
        return QCoreApplication::translate(
            "td::TokenPolicy",
            "Stage-only applies to packages and scopes; for organizations choose no access, "
            "read-only or read and write.");
    return {};
}

QString TokenPolicy::checkBypass2fa(bool bypass2fa, bool write) const
{
    if (bypass2fa && !write)
        return QCoreApplication::translate(
            "td::TokenPolicy",
            "Bypass 2FA applies only to tokens that can write; a read-only token never asks "
            "for 2FA.");
    return {};
}

QString TokenPolicy::normalizedScope(const QString &scope)
{
    return scope.startsWith(u'@') ? scope : QLatin1Char('@') + scope;
}

QList<TokenPolicy::GrantIssue> TokenPolicy::grantIssues(const TokenGrants &grants) const
{
    QList<GrantIssue> found;
    auto add = [&found](GrantField field, const QString &message, int index = -1) {
        if (!message.isEmpty())
            found.append(GrantIssue{field, index, message});
    };
    const int named = int(grants.packages.size() + grants.scopes.size());
    if (!grants.allPackages) {
        for (int i = 0; i < grants.packages.size(); ++i)
            add(GrantField::Packages, checkPackage(grants.packages[i]), i);
        for (int i = 0; i < grants.scopes.size(); ++i)
            add(GrantField::Scopes, checkScope(grants.scopes[i]), i);
        add(GrantField::Grants, checkPackagesAndScopesCount(named));
    }
    // These two texts were written for the wizard and are translated in its context.
    if (grants.grantsPackages() && grants.packagesPermission == Permission::NoAccess)
        add(GrantField::PackagesPermission,
            QCoreApplication::translate("td::TokenDraft",
                                        "Choose a permission for the packages and scopes; 'no "
                                        "access' grants nothing."));

    for (int i = 0; i < grants.orgs.size(); ++i)
        add(GrantField::Orgs, checkOrg(grants.orgs[i]), i);
    add(GrantField::OrgsPermission, checkOrgsPermission(grants.orgsPermission));
    if (!grants.orgs.isEmpty() && grants.orgsPermission == Permission::NoAccess)
        add(GrantField::OrgsPermission,
            QCoreApplication::translate("td::TokenDraft",
                                        "Choose a permission for the organizations; 'no access' "
                                        "grants nothing."));
    add(GrantField::Grants, checkOrgsCount(int(grants.orgs.size())));
    // "At least one grant" only when no permission message above already says why nothing is
    // granted: one problem, one message.
    const bool permissionExplained
        = std::any_of(found.cbegin(), found.cend(), [](const GrantIssue &issue) {
              return issue.field == GrantField::PackagesPermission
                  || issue.field == GrantField::OrgsPermission;
          });
    if (!permissionExplained)
        add(GrantField::Grants,
            checkHasGrant(grants.allPackages, named, grants.packagesPermission,
                          int(grants.orgs.size()), grants.orgsPermission));

    for (int i = 0; i < grants.cidr.size(); ++i)
        add(GrantField::Cidr, checkCidr(grants.cidr[i]), i);
    add(GrantField::Bypass2fa, checkBypass2fa(grants.bypass2fa, grants.isWrite()));
    return found;
}

} // namespace td
