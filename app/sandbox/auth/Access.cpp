// SPDX-License-Identifier: GPL-3.0-or-later
#include "Access.h"

namespace td::sandbox::access {

QString scopeOf(const QString &packageName)
{
    if (!packageName.startsWith(QLatin1Char('@')) || !packageName.contains(QLatin1Char('/')))
        return {};
    return packageName.section(QLatin1Char('/'), 0, 0);
}

static bool orgRoleAtLeastAdmin(Context &ctx, const QString &org, const QString &user)
{
    const auto it = ctx.state.orgs.constFind(org);
    if (it == ctx.state.orgs.constEnd())
        return false;
    const QString role = it->members.value(user);
    return role == QLatin1String("owner") || role == QLatin1String("admin");
}

bool userCanWrite(Context &ctx, const QString &user, const Package &package)
{
    if (package.maintainers.contains(user))
        return true;
    const QString scope = scopeOf(package.name);
    return !scope.isEmpty() && orgRoleAtLeastAdmin(ctx, scope.mid(1), user);
}

bool userCanCreate(Context &ctx, const QString &user, const QString &packageName)
{
    const QString scope = scopeOf(packageName);
    if (packageName.startsWith(QLatin1Char('@')) && scope.isEmpty())
        return false;
    if (scope.isEmpty() || scope.mid(1) == user)
        return true;
    const auto it = ctx.state.orgs.constFind(scope.mid(1));
    return it != ctx.state.orgs.constEnd() && it->members.contains(user);
}

bool tokenCovers(const Token &token, const QString &packageName, bool write)
{
    switch (token.kind) {
    case TokenKind::Session:
        return true;
    case TokenKind::Classic:
        return !write || token.classicType != QLatin1String("read-only");
    case TokenKind::Oidc:
        return token.oidcPackage == packageName;
    case TokenKind::Granular:
        break;
    }
    const QString &perm = token.packagesPermission;
    if (perm == QLatin1String("no-access"))
        return false;
    if (write && !perm.startsWith(QLatin1String("read-write")))
        return false;
    if (token.packagesAll || token.packages.contains(packageName))
        return true;
    const QString scope = scopeOf(packageName);
    return !scope.isEmpty() && token.scopes.contains(scope);
}

bool canRead(Context &ctx, const Identity &id, const Package &package)
{
    if (package.access != QLatin1String("restricted"))
        return true;
    if (!id.user || !userCanWrite(ctx, id.user->name, package))
        return false;
    return !id.token || tokenCovers(*id.token, package.name, false);
}

} // namespace td::sandbox::access
