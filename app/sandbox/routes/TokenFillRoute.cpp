// SPDX-License-Identifier: GPL-3.0-or-later
// POST /-/sandbox/tokens/fill: tops a user's listed tokens up to a count in one call, so a
// benchmark or a demo of a long list need not create 1,000 tokens through 1,000 2FA-guarded POSTs
// (or send a 1,000-entry seed) and a second run finds them already there.
#include "Routes.h"

#include "sandbox/auth/Crypto.h"

namespace td::sandbox {

namespace {
constexpr int kMaxTokens = 10000;

HttpResponse fill(Context &ctx, const HttpRequest &request)
{
    HttpResponse error;
    const auto body = body::object(request, &error);
    if (!body)
        return error;
    const QString owner = body->value(QStringLiteral("owner")).toString();
    if (!ctx.state.users.contains(owner))
        return HttpResponse::error(400, QStringLiteral("owner must name a user of the sandbox"));
    const int count = body->value(QStringLiteral("count")).toInt(-1);
    if (count < 0 || count > kMaxTokens)
        return HttpResponse::error(400, QStringLiteral("count must be 0 to %1").arg(kMaxTokens));
    const QString name = body->value(QStringLiteral("name")).toString(QStringLiteral("token"));
    const QString permission = body->value(QStringLiteral("packages_and_scopes_permission"))
                                   .toString(QStringLiteral("read-only"));

    // What GET /-/npm/v1/tokens lists for the owner.
    int listed = 0;
    for (const Token &t : ctx.state.tokens)
        if (t.owner == owner && !t.hidden
            && (t.kind == TokenKind::Granular || t.kind == TokenKind::Classic))
            ++listed;
    const int created = std::max(0, count - listed);
    const QDateTime now = ctx.state.now();
    for (int i = 0; i < created; ++i) {
        Token t;
        t.kind = TokenKind::Granular;
        t.owner = owner;
        t.name = QStringLiteral("%1-%2").arg(name).arg(listed + i);
        t.secret = crypto::newGranularToken();
        t.key = crypto::newUuid();
        t.created = t.updated = now;
        t.expiry = now.addDays(30);
        t.packagesAll = true;
        t.packagesPermission = permission;
        ctx.state.tokens.push_back(t);
    }
    return HttpResponse::json(200,
                              QJsonObject{{QStringLiteral("created"), created},
                                          {QStringLiteral("listed"), listed + created}});
}
} // namespace

void addTokenFillRoute(Router &router, Context &ctx)
{
    router.add(
        "POST", QLatin1String("/-/sandbox/tokens/fill"),
        loopbackOnly([&ctx](const HttpRequest &r, const RouteParams &) { return fill(ctx, r); }));
}

} // namespace td::sandbox
