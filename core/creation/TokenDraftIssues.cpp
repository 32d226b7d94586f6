// SPDX-License-Identifier: GPL-3.0-or-later
// TokenDraft's validation and review text: which policy rule applies to which field.
#include "creation/TokenDraft.h"

#include "util/Clock.h"

#include <QLocale>

#include <algorithm>

namespace td {

QList<TokenDraft::Issue> TokenDraft::issues() const
{
    QList<Issue> found;
    auto add = [&found](Field field, const QString &message, int index = -1) {
        if (!message.isEmpty())
            found.append(Issue{field, index, message});
    };
    const bool write = isWrite();

    add(Field::Name, m_policy.checkName(m_name));
    add(Field::Description, m_policy.checkDescription(m_description));

    if (!m_allPackages) {
        for (int i = 0; i < m_packages.size(); ++i)
            add(Field::Packages, m_policy.checkPackage(m_packages[i]), i);
        for (int i = 0; i < m_scopes.size(); ++i)
            add(Field::Scopes, m_policy.checkScope(m_scopes[i]), i);
        add(Field::Grants,
            m_policy.checkPackagesAndScopesCount(int(m_packages.size() + m_scopes.size())));
    }
    const bool namesPackages = m_allPackages || !m_packages.isEmpty() || !m_scopes.isEmpty();
    if (namesPackages && m_packagesPermission == Permission::NoAccess)
        add(Field::PackagesPermission,
            tr("Choose a permission for the packages and scopes; 'no access' grants nothing."));

    for (int i = 0; i < m_orgs.size(); ++i)
        add(Field::Orgs, m_policy.checkOrg(m_orgs[i]), i);
    add(Field::OrgsPermission, m_policy.checkOrgsPermission(m_orgsPermission));
    if (!m_orgs.isEmpty() && m_orgsPermission == Permission::NoAccess)
        add(Field::OrgsPermission,
            tr("Choose a permission for the organizations; 'no access' grants nothing."));
    add(Field::Grants, m_policy.checkOrgsCount(int(m_orgs.size())));
    // "At least one grant" only when no permission message above already says why nothing is
    // granted: one problem, one message.
    const bool permissionExplained = std::any_of(found.cbegin(), found.cend(), [](const Issue &i) {
        return i.field == Field::PackagesPermission || i.field == Field::OrgsPermission;
    });
    if (!permissionExplained)
        add(Field::Grants,
            m_policy.checkHasGrant(m_allPackages, int(m_packages.size() + m_scopes.size()),
                                   m_packagesPermission, int(m_orgs.size()), m_orgsPermission));

    if (hasCustomExpiry())
        add(Field::Expiry, m_policy.checkCustomExpiry(m_customExpiry, write, m_clock.now()));
    else
        add(Field::Expiry, m_policy.checkExpiryDays(expiryDays(), write));

    for (int i = 0; i < m_cidr.size(); ++i)
        add(Field::Cidr, m_policy.checkCidr(m_cidr[i]), i);
    add(Field::Bypass2fa, m_policy.checkBypass2fa(m_bypass2fa, write));
    return found;
}

QList<TokenDraft::Issue> TokenDraft::issues(Field field) const
{
    QList<Issue> result;
    for (const Issue &issue : issues())
        if (issue.field == field)
            result.append(issue);
    return result;
}

QString TokenDraft::firstMessage(Field field) const
{
    const QList<Issue> found = issues(field);
    return found.isEmpty() ? QString() : found.first().message;
}

QStringList TokenDraft::reviewWarnings(int accountPackageCount) const
{
    // Plain words: what someone holding the token can do, not the API's terms.
    QStringList warnings;
    const bool stageOnly = m_packagesPermission == Permission::ReadWriteStageOnly;
    const bool publishes = m_packagesPermission == Permission::ReadWrite;
    const QLocale locale;
    if (m_allPackages && (publishes || stageOnly)) {
        if (accountPackageCount >= 0 && publishes)
            // English says "your 1 package" but "all 47 packages": the English catalogue has both.
            warnings << tr("Can publish all %n package(s), and new packages too.", nullptr,
                           accountPackageCount);
        else if (accountPackageCount >= 0)
            warnings << tr("Can stage releases of all %n package(s), and of new packages too.",
                           nullptr, accountPackageCount);
        else if (publishes)
            warnings << tr("Can publish every package of this account, and new packages too.");
        else
            warnings << tr("Can stage releases of every package of this account, and of new "
                           "packages too.");
    } else if (publishes) {
        if (!m_packages.isEmpty())
            // Names, not a count: "Can publish left-pad and right-pad."
            warnings << tr("Can publish %1.").arg(locale.createSeparatedList(m_packages));
        if (!m_scopes.isEmpty())
            warnings << tr("Can publish every package in %1, and new ones there too.")
                            .arg(locale.createSeparatedList(m_scopes));
    }
    if (!m_orgs.isEmpty() && m_orgsPermission == Permission::ReadWrite)
        warnings << tr("Can add and remove members and teams in %1.")
                        .arg(locale.createSeparatedList(m_orgs));
    if (m_bypass2fa && isWrite())
        warnings << tr("Bypasses two-factor authentication: anyone holding it can publish without "
                       "a code. npm plans to end publishing with such tokens in January 2027.");
    if (isWrite() && m_cidr.isEmpty() && m_bypass2fa)
        warnings << tr("Usable from any IP address: add an IP range to limit where it works.");
    warnings << tr("Expires in %n day(s): you will be reminded.", nullptr, expiryDays());
    return warnings;
}

} // namespace td
