// SPDX-License-Identifier: GPL-3.0-or-later
// GET/POST /-/npm/v1/tokens and DELETE /-/npm/v1/tokens/token/<key|token>.
#include "Routes.h"

#include "sandbox/auth/Auth.h"
#include "sandbox/auth/Crypto.h"
#include "sandbox/policy/TokenPolicy.h"

#include <QJsonArray>

#include <algorithm>

namespace td::sandbox {

namespace {

HttpResponse listTokens(Context &ctx, const HttpRequest &request)
{
    AuthResult a = auth::authenticate(ctx, request, true);
    if (a.error)
        return *a.error;
    if (auto denied = auth::requireSession(ctx, a.identity))
        return *denied;

    bool pageOk = true, perPageOk = true;
    const QString pageText = request.queryValue(QStringLiteral("page"));
    const QString perPageText = request.queryValue(QStringLiteral("perPage"));
    const int page = pageText.isEmpty() ? 0 : pageText.toInt(&pageOk);
    const int perPage = perPageText.isEmpty() ? 10 : perPageText.toInt(&perPageOk);
    if (!pageOk || !perPageOk || page < 0 || perPage < 1 || perPage > 9999)
        return HttpResponse::error(400, QStringLiteral("Invalid page or perPage parameter."));

    // Sessions (from npm login) and OIDC tokens are never listed.
    QList<const Token *> visible;
    for (const Token &t : ctx.state.tokens)
        if (t.owner == a.identity.user->name && !t.hidden
            && (t.kind == TokenKind::Granular || t.kind == TokenKind::Classic))
            visible.append(&t);
    std::stable_sort(visible.begin(), visible.end(),
                     [](const Token *x, const Token *y) { return x->created > y->created; });

    QJsonArray objects;
    const qsizetype start = qsizetype(page) * perPage;
    for (qsizetype i = start; i < visible.size() && i < start + perPage; ++i)
        objects.append(policy::publicJson(ctx, *visible[i], false));
    QJsonObject urls;
    if (start + perPage < visible.size())
        urls.insert(
            QStringLiteral("next"),
            QStringLiteral("/-/npm/v1/tokens?page=%1&perPage=%2").arg(page + 1).arg(perPage));
    if (page > 0)
        urls.insert(
            QStringLiteral("prev"),
            QStringLiteral("/-/npm/v1/tokens?page=%1&perPage=%2").arg(page - 1).arg(perPage));
    return HttpResponse::json(200,
                              QJsonObject{{QStringLiteral("objects"), objects},
                                          {QStringLiteral("total"), visible.size()},
                                          {QStringLiteral("urls"), urls},
                                          {QStringLiteral("userHasOldFormatToken"), false}});
}

HttpResponse createToken(Context &ctx, const HttpRequest &request)
{
    AuthResult a = auth::authenticate(ctx, request, true);
    if (a.error)
        return *a.error;
    if (auto denied = auth::requireSession(ctx, a.identity))
        return *denied;
    HttpResponse error;
    const auto body = body::object(request, &error);
    if (!body)
        return error;
    const QJsonValue password = body->value(QStringLiteral("password"));
    if (!password.isString() || password.toString().isEmpty())
        return HttpResponse::error(400, QLatin1String(policy::messages::kPasswordRequired));
    User &user = *a.identity.user;
    if (!crypto::equalSecrets(password.toString().toUtf8(), user.password.toUtf8()))
        return HttpResponse::error(401, QLatin1String(policy::messages::kPasswordWrong));

    Token token;
    if (policy::isClassicRequest(*body)) {
        if (ctx.era != Era::Oct2025)
            return HttpResponse::error(400, QLatin1String(policy::messages::kClassicDisabled));
        token.kind = TokenKind::Classic;
        token.owner = user.name;
        token.created = ctx.state.now();
        token.classicType = body->value(QStringLiteral("readonly")).toBool()
            ? QStringLiteral("read-only")
            : QStringLiteral("publish");
        for (const QJsonValue &v : body->value(QStringLiteral("cidr_whitelist")).toArray()) {
            if (!auth::validIpv4Cidr(v.toString()))
                return HttpResponse::error(400, QLatin1String(policy::messages::kCidr));
            token.cidr << v.toString();
        }
    } else {
        auto built = policy::buildToken(ctx, user, *body);
        if (auto *answer = std::get_if<HttpResponse>(&built))
            return *answer;
        token = std::get<Token>(built);
    }
    if (auto challenge = auth::requireOtp(ctx, request, user))
        return *challenge;

    if (token.kind == TokenKind::Classic) {
        token.secret = crypto::newUuid();
        token.key = crypto::sha512Hex(token.secret.toUtf8());
    } else {
        token.secret = crypto::newGranularToken();
        token.key = crypto::newUuid();
    }
    ctx.state.tokens.push_back(token);
    // Classic creation answered 200 (REG-DOCS); granular creation answers 201.
    return HttpResponse::json(token.kind == TokenKind::Classic ? 200 : 201,
                              policy::publicJson(ctx, token, true));
}

HttpResponse revokeToken(Context &ctx, const HttpRequest &request, const QString &id)
{
    AuthResult a = auth::authenticate(ctx, request, true);
    if (a.error)
        return *a.error;
    if (auto denied = auth::requireSession(ctx, a.identity))
        return *denied;
    const QString owner = a.identity.user->name;
    Token *target = ctx.state.tokenByKey(id);
    if (!target || target->owner != owner)
        target = ctx.state.tokenBySecret(id);
    if (!target || target->owner != owner || target->hidden)
        return HttpResponse::json(
            404, QJsonObject{{QStringLiteral("message"), QStringLiteral("Token not found")}});
    if (auto challenge = auth::requireOtp(ctx, request, *a.identity.user))
        return *challenge;
    target->revoked = ctx.state.now();
    target->hidden = true;
    HttpResponse r;
    r.status = 204;
    return r;
}

} // namespace

void addTokenRoutes(Router &router, Context &ctx)
{
    router.add("GET", QStringLiteral("/-/npm/v1/tokens"),
               [&ctx](const HttpRequest &r, const RouteParams &) { return listTokens(ctx, r); });
    router.add("POST", QStringLiteral("/-/npm/v1/tokens"),
               [&ctx](const HttpRequest &r, const RouteParams &) { return createToken(ctx, r); });
    router.add("DELETE", QStringLiteral("/-/npm/v1/tokens/token/:id"),
               [&ctx](const HttpRequest &r, const RouteParams &p) {
                   return revokeToken(ctx, r, p.value(QStringLiteral("id")));
               });
}

} // namespace td::sandbox
