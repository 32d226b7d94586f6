// SPDX-License-Identifier: GPL-3.0-or-later
// TokenDraft's validation and review text: which policy rule applies to which field.
#include "core/creation/TokenDraft.h"

#include "core/util/Clock.h"

#include <QLocale>

#include <algorithm>

namespace td {

namespace {
TokenDraft::Field fieldOf(TokenPolicy::GrantField field)
{
    switch (field) {
    case TokenPolicy::GrantField::Packages:
        return TokenDraft::Field::Packages;
    case TokenPolicy::GrantField::Scopes:
        return TokenDraft::Field::Scopes;
    case TokenPolicy::GrantField::PackagesPermission:
        return TokenDraft::Field::PackagesPermission;
    case TokenPolicy::GrantField::Orgs:
        return TokenDraft::Field::Orgs;
    case TokenPolicy::GrantField::OrgsPermission:
        return TokenDraft::Field::OrgsPermission;
    case TokenPolicy::GrantField::Grants:
        return TokenDraft::Field::Grants;
    case TokenPolicy::GrantField::Cidr:
        return TokenDraft::Field::Cidr;
    case TokenPolicy::GrantField::Bypass2fa:
        break;
    }
    return TokenDraft::Field::Bypass2fa;
}
} // namespace

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

    for (const TokenPolicy::GrantIssue &issue : m_policy.grantIssues(m_grants))
        add(fieldOf(issue.field), issue.message, issue.index);

    if (hasCustomExpiry())
        add(Field::Expiry, m_policy.checkCustomExpiry(m_customExpiry, write, m_clock.now()));
    else
        add(Field::Expiry, m_policy.checkExpiryDays(expiryDays(), write));
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
    const bool stageOnly = m_grants.packagesPermission == Permission::ReadWriteStageOnly;
    const bool publishes = m_grants.packagesPermission == Permission::ReadWrite;
    const QLocale locale;
    if (m_grants.allPackages && (publishes || stageOnly)) {
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
        if (!m_grants.packages.isEmpty())
            // Names, not a count: "Can publish left-pad and right-pad."
            warnings << tr("Can publish %1.").arg(locale.createSeparatedList(m_grants.packages));
        if (!m_grants.scopes.isEmpty())
            warnings << tr("Can publish every package in %1, and new ones there too.")
                            .arg(locale.createSeparatedList(m_grants.scopes));
    }
    if (!m_grants.orgs.isEmpty() && m_grants.orgsPermission == Permission::ReadWrite)
        warnings << tr("Can add and remove members and teams in %1.")
                        .arg(locale.createSeparatedList(m_grants.orgs));
    if (m_grants.bypass2fa && isWrite())
        warnings << tr("Bypasses two-factor authentication: anyone holding it can publish without "
                       "a code. npm plans to end publishing with such tokens in January 2027.");
    if (isWrite() && m_grants.cidr.isEmpty() && m_grants.bypass2fa)
        warnings << tr("Usable from any IP address: add an IP range to limit where it works.");
    warnings << tr("Expires in %n day(s): you will be reminded.", nullptr, expiryDays());
    return warnings;
}

} // namespace td
