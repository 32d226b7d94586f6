// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenCommandCreateFlags.h"

#include "cli/ArgReader.h"

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
    // Before anything else: a password typed into argv gets the one answer that helps.
    for (const QString &arg : arguments) {
        if (arg == QLatin1String("--"))
            break;
        if (arg == QLatin1String("--password") || arg.startsWith(QLatin1String("--password=")))
            return QCoreApplication::translate(
                "td::cli::TokenCreate",
                "--password: passwords are never taken from arguments; pipe it and use "
                "--password-stdin");
    }
    ArgReader reader(QStringLiteral("token create"),
                     {{QStringLiteral("--name"), ArgReader::Value},
                      {QStringLiteral("--token-description"), ArgReader::Value},
                      {QStringLiteral("--expires"), ArgReader::Value},
                      {QStringLiteral("--packages"), ArgReader::List},
                      {QStringLiteral("--scopes"), ArgReader::List},
                      {QStringLiteral("--orgs"), ArgReader::List},
                      {QStringLiteral("--cidr"), ArgReader::List},
                      {QStringLiteral("--packages-and-scopes-permission"), ArgReader::Value},
                      {QStringLiteral("--orgs-permission"), ArgReader::Value},
                      {QStringLiteral("--otp"), ArgReader::Value},
                      {QStringLiteral("--password-stdin"), ArgReader::Switch},
                      {QStringLiteral("--packages-all"), ArgReader::Switch},
                      {QStringLiteral("--bypass-2fa"), ArgReader::Switch}});
    if (!reader.read(arguments))
        return reader.error();
    const QStringList stray = reader.positionals() + reader.afterDashes();
    if (!stray.isEmpty())
        return QCoreApplication::translate("td::cli::TokenCreate",
                                           "token create: unexpected argument '%1'")
            .arg(stray.first());
    options.passwordStdin = reader.isSet(QStringLiteral("--password-stdin"));
    if (reader.isSet(QStringLiteral("--packages-all")))
        draft.setAllPackages(true);
    if (reader.isSet(QStringLiteral("--bypass-2fa")))
        draft.setBypass2fa(true);
    if (const QString v = reader.value(QStringLiteral("--name")); !v.isNull())
        draft.setName(v);
    if (const QString v = reader.value(QStringLiteral("--token-description")); !v.isNull())
        draft.setDescription(v);
    options.otp = reader.value(QStringLiteral("--otp")).trimmed();

    QStringList packages, scopes, orgs, cidr;
    for (const QString &v : reader.values(QStringLiteral("--packages")))
        appendList(packages, v);
    for (const QString &v : reader.values(QStringLiteral("--scopes")))
        appendList(scopes, v);
    for (const QString &v : reader.values(QStringLiteral("--orgs")))
        appendList(orgs, v);
    for (const QString &v : reader.values(QStringLiteral("--cidr")))
        appendList(cidr, v);

    std::optional<int> expiresDays;
    if (const QString v = reader.value(QStringLiteral("--expires")); !v.isNull()) {
        bool ok = false;
        const int days = v.trimmed().toInt(&ok);
        if (!ok)
            return QCoreApplication::translate("td::cli::TokenCreate",
                                               "--expires: '%1' is not a whole number of days")
                .arg(v);
        expiresDays = days;
    }
    std::optional<Permission> packagesPermission, orgsPermission;
    for (const QString &flag : {QStringLiteral("--packages-and-scopes-permission"),
                                QStringLiteral("--orgs-permission")}) {
        const QString v = reader.value(flag);
        if (v.isNull())
            continue;
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
