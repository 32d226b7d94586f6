// SPDX-License-Identifier: GPL-3.0-or-later
#include "StagePolicy.h"

#include "sandbox/auth/Access.h"

namespace td::sandbox::stagepolicy {

HttpResponse answer(int status, const QString &text)
{
    return HttpResponse::json(
        status, QJsonObject{{QStringLiteral("message"), text}, {QStringLiteral("error"), text}});
}

std::optional<HttpResponse> mayStage(Context &ctx, const Identity &id, const Package *existing,
                                     const QString &name)
{
    const Token *t = id.token;
    if (!t)
        return answer(401, QStringLiteral("You must be logged in to stage packages."));
    if (t->kind == TokenKind::Oidc) {
        if (!existing || t->oidcPackage != name)
            return answer(404, QStringLiteral("Not found"));
        if (!t->oidcPermissions.contains(QStringLiteral("createStagedPackage")))
            return answer(403, QLatin1String(kOidcDenied));
        return std::nullopt;
    }
    const QString user = id.user->name;
    if (existing ? !access::userCanWrite(ctx, user, *existing)
                 : !access::userCanCreate(ctx, user, name))
        return answer(404, QStringLiteral("Not found")); // as PUT: "not yours" is masked
    if (!t->isWrite())
        return answer(403,
                      QStringLiteral("This token is read-only and cannot be used to publish."));
    if (!access::tokenCovers(*t, name, true))
        return answer(404, QStringLiteral("Not found"));
    return std::nullopt; // 2FA is deferred to approval, whatever the package's 2FA setting
}

std::optional<HttpResponse> mayRead(const Identity &id)
{
    if (id.token && id.token->kind == TokenKind::Oidc)
        return answer(403, QStringLiteral("OIDC tokens can only stage packages."));
    return std::nullopt;
}

bool canSee(Context &ctx, const Identity &id, const StagedVersion &staged)
{
    const Package *p = ctx.state.package(staged.packageName);
    if (!p || !id.user || !access::userCanWrite(ctx, id.user->name, *p))
        return false;
    return !id.token || access::tokenCovers(*id.token, p->name, false);
}

std::optional<HttpResponse> mayDecide(Context &ctx, const Identity &id, const StagedVersion &staged)
{
    if (auto denied = mayRead(id))
        return denied;
    if (!canSee(ctx, id, staged))
        return answer(404, QLatin1String(kNotFound));
    const Token *t = id.token;
    if (t && t->kind != TokenKind::Session
        && (!t->isWrite() || t->isStageOnly()
            || !access::tokenCovers(*t, staged.packageName, true)))
        return answer(403, QLatin1String(kCannotDecide));
    if (id.user->tfa == QLatin1String("none"))
        return answer(403, QStringLiteral("Please enable 2fa for your account"));
    return std::nullopt;
}

} // namespace td::sandbox::stagepolicy
