// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenCommandCreateFlags.h"

#include <QCoreApplication>

#include <optional>

namespace td::cli {

namespace {

// npm accepts list flags repeated or as comma lists ("--cidr 10.0.0.0/8,192.168.0.0/16"); none of
// the names a list holds (packages, scopes, orgs, IPv4 ranges) can contain a comma.
void appendList(QStringList &list, const QString &value)
{
    for (const QString &part : value.split(u','))
        list.append(part.trimmed());
}

QString permissionChoices(bool stageOnlyAllowed)
{
    return stageOnlyAllowed
        ? QStringLiteral("read-only, read-write, read-write-stage-only, no-access")
        : QStringLiteral("read-only, read-write, no-access");
}

} // namespace

QString flagForField(TokenDraft::Field field, const TokenDraft &draft)
{
    switch (field) {
    case TokenDraft::Field::Name:
        return QStringLiteral("--name");
    case TokenDraft::Field::Description:
        return QStringLiteral("--token-description");
    case TokenDraft::Field::Packages:
        return QStringLiteral("--packages");
    case TokenDraft::Field::Scopes:
        return QStringLiteral("--scopes");
    case TokenDraft::Field::PackagesPermission:
        return QStringLiteral("--packages-and-scopes-permission");
    case TokenDraft::Field::Orgs:
        return QStringLiteral("--orgs");
    case TokenDraft::Field::OrgsPermission:
        return QStringLiteral("--orgs-permission");
    case TokenDraft::Field::Grants: {
        // One draft field covers both counts and "at least one grant": name what is over.
        const TokenPolicyLimits &limits = draft.policy().limits();
        if (draft.orgs().size() > limits.maxOrgs)
            return QStringLiteral("--orgs");
        if (draft.packages().size() + draft.scopes().size() > limits.maxPackagesAndScopes)
            return QStringLiteral("--packages/--scopes");
        return QStringLiteral("--packages/--packages-all/--scopes/--orgs");
    }
    case TokenDraft::Field::Expiry:
        return QStringLiteral("--expires");
    case TokenDraft::Field::Cidr:
        return QStringLiteral("--cidr");
    case TokenDraft::Field::Bypass2fa:
        return QStringLiteral("--bypass-2fa");
    }
    return {};
}

QString applyTokenCreateFlags(const QStringList &arguments, TokenDraft &draft,
                              TokenCreateOptions &options)
{
    QStringList packages, scopes, orgs, cidr;
    std::optional<Permission> packagesPermission, orgsPermission;
    std::optional<int> expiresDays;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        const QString flag = arg.section(u'=', 0, 0);
        const bool inlineValue = arg.contains(u'=');
        // The flag's value: "--flag=value" or the next argument.
        std::optional<QString> value;
        auto takeValue = [&]() -> bool {
            if (inlineValue)
                value = arg.section(u'=', 1);
            else if (i + 1 < arguments.size())
                value = arguments.at(++i);
            return value.has_value();
        };
        if (flag == QLatin1String("--password")) {
            return QCoreApplication::translate(
                "td::cli::TokenCreate",
                "--password: passwords are never taken from arguments; pipe it and use "
                "--password-stdin");
        }
        if (flag == QLatin1String("--password-stdin") || flag == QLatin1String("--packages-all")
            || flag == QLatin1String("--bypass-2fa")) {
            if (inlineValue)
                return QCoreApplication::translate("td::cli::TokenCreate", "%1 takes no value")
                    .arg(flag);
            if (flag == QLatin1String("--password-stdin"))
                options.passwordStdin = true;
            else if (flag == QLatin1String("--packages-all"))
                draft.setAllPackages(true);
            else
                draft.setBypass2fa(true);
            continue;
        }
        static const QStringList valued{QStringLiteral("--name"),
                                        QStringLiteral("--token-description"),
                                        QStringLiteral("--expires"),
                                        QStringLiteral("--packages"),
                                        QStringLiteral("--scopes"),
                                        QStringLiteral("--orgs"),
                                        QStringLiteral("--cidr"),
                                        QStringLiteral("--packages-and-scopes-permission"),
                                        QStringLiteral("--orgs-permission"),
                                        QStringLiteral("--otp")};
        if (!valued.contains(flag)) {
            return arg.startsWith(QLatin1String("-"))
                ? QCoreApplication::translate("td::cli::TokenCreate",
                                              "token create: unknown option '%1'")
                      .arg(arg)
                : QCoreApplication::translate("td::cli::TokenCreate",
                                              "token create: unexpected argument '%1'")
                      .arg(arg);
        }
        if (!takeValue())
            return QCoreApplication::translate("td::cli::TokenCreate", "%1 needs a value")
                .arg(flag);
        const QString &v = *value;
        if (flag == QLatin1String("--name")) {
            draft.setName(v);
        } else if (flag == QLatin1String("--token-description")) {
            draft.setDescription(v);
        } else if (flag == QLatin1String("--expires")) {
            bool ok = false;
            const int days = v.trimmed().toInt(&ok);
            if (!ok)
                return QCoreApplication::translate("td::cli::TokenCreate",
                                                   "--expires: '%1' is not a whole number of days")
                    .arg(v);
            expiresDays = days;
        } else if (flag == QLatin1String("--packages")) {
            appendList(packages, v);
        } else if (flag == QLatin1String("--scopes")) {
            appendList(scopes, v);
        } else if (flag == QLatin1String("--orgs")) {
            appendList(orgs, v);
        } else if (flag == QLatin1String("--cidr")) {
            appendList(cidr, v);
        } else if (flag == QLatin1String("--otp")) {
            options.otp = v.trimmed();
        } else {
            const bool packagesFlag = flag == QLatin1String("--packages-and-scopes-permission");
            bool ok = false;
            const Permission permission = permissionFromId(v, &ok);
            // Stage-only is a value of the packages flag only; for orgs the draft's own rule
            // explains why, with the wizard's words.
            if (!ok)
                return QCoreApplication::translate("td::cli::TokenCreate",
                                                   "%1 must be one of %2, not '%3'")
                    .arg(flag, permissionChoices(packagesFlag), v);
            (packagesFlag ? packagesPermission : orgsPermission) = permission;
        }
    }
    if (!packages.isEmpty())
        draft.setPackages(packages);
    if (!scopes.isEmpty())
        draft.setScopes(scopes);
    if (!orgs.isEmpty())
        draft.setOrgs(orgs);
    if (!cidr.isEmpty())
        draft.setCidrRanges(cidr);
    if (packagesPermission)
        draft.setPackagesPermission(*packagesPermission);
    // The registry's default for named orgs is read-only (npm-registry-api.md §2b); the draft
    // starts at "no access" for the wizard, where the user picks it on the page.
    draft.setOrgsPermission(
        orgsPermission.value_or(orgs.isEmpty() ? Permission::NoAccess : Permission::ReadOnly));

    if (expiresDays) {
        // The draft reads 0 days as "npm's default" (the wizard's unset state); a typed 0 or a
        // negative number is a mistake, judged by the same policy rule the draft uses.
        if (*expiresDays < 1)
            return flagForField(TokenDraft::Field::Expiry, draft) + QStringLiteral(": ")
                + draft.policy().checkExpiryDays(*expiresDays, draft.isWrite());
        draft.setExpiryDays(*expiresDays);
    }

    const QList<TokenDraft::Issue> issues = draft.issues();
    if (issues.isEmpty())
        return {};
    const TokenDraft::Issue &first = issues.constFirst();
    return flagForField(first.field, draft) + QStringLiteral(": ") + first.message;
}

} // namespace td::cli
