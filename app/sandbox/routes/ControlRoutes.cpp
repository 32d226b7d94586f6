// SPDX-License-Identifier: GPL-3.0-or-later
// The control API under /-/sandbox/: clock, state, faults, rate limits, pending approvals,
// outbox, CI id tokens and reset. Loopback only (the server binds nothing else, and the
// handler checks the peer as well).
#include "Routes.h"

#include "sandbox/Faults.h"
#include "sandbox/auth/Auth.h"
#include "sandbox/auth/Crypto.h"
#include "sandbox/auth/Jwt.h"
#include "sandbox/auth/Totp.h"
#include "sandbox/state/Seed.h"

#include <QJsonArray>

namespace td::sandbox {

using Handler = RouteHandler;

RouteHandler loopbackOnly(RouteHandler inner)
{
    return [inner](const HttpRequest &r, const RouteParams &p) {
        if (!r.peer.isLoopback())
            return HttpResponse::error(
                403, QStringLiteral("The control API answers loopback clients only."));
        return inner(r, p);
    };
}

namespace {

HttpResponse ok(const QJsonObject &extra = {})
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("ok"), true);
    return HttpResponse::json(200, o);
}

HttpResponse clock(Context &ctx, const HttpRequest &request)
{
    if (request.method == "POST") {
        HttpResponse error;
        const auto body = body::object(request, &error);
        if (!body)
            return error;
        if (body->contains(QStringLiteral("advance_seconds"))) {
            const QJsonValue v = body->value(QStringLiteral("advance_seconds"));
            if (!v.isDouble())
                return HttpResponse::error(400, QStringLiteral("advance_seconds must be a number"));
            ctx.state.advance(qint64(v.toDouble()));
        } else if (body->contains(QStringLiteral("now"))) {
            const QDateTime t = parseIso(body->value(QStringLiteral("now")).toString());
            if (!t.isValid())
                return HttpResponse::error(400,
                                           QStringLiteral("now must be an ISO 8601 date-time"));
            ctx.state.setNow(t);
        } else {
            return HttpResponse::error(400, QStringLiteral("give advance_seconds or now"));
        }
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("now"), iso(ctx.state.now())}});
}

HttpResponse pendingList(Context &ctx)
{
    QJsonArray out;
    const QDateTime now = ctx.state.now();
    for (const Pending &p : ctx.state.pending) {
        if (p.state != QLatin1String("pending") || p.created.secsTo(now) > 300)
            continue;
        out.append(QJsonObject{{QStringLiteral("id"), p.id},
                               {QStringLiteral("kind"), p.kind},
                               {QStringLiteral("username"), p.username},
                               {QStringLiteral("command"), p.command},
                               {QStringLiteral("created"), iso(p.created)}});
    }
    return HttpResponse::json(200, out);
}

HttpResponse approve(Context &ctx, const HttpRequest &request)
{
    HttpResponse error;
    const auto body = body::object(request, &error);
    if (!body)
        return error;
    Pending *p = ctx.state.pendingById(body->value(QStringLiteral("id")).toString());
    if (!p)
        return HttpResponse::error(404, QStringLiteral("no pending request with that id"));
    const QString problem
        = auth::decide(ctx, *p, body->value(QStringLiteral("username")).toString(),
                       body->value(QStringLiteral("approve")).toBool(true),
                       body->value(QStringLiteral("skip_2fa")).toBool(false));
    if (!problem.isEmpty())
        return HttpResponse::error(409, problem);
    QJsonObject answer{{QStringLiteral("state"), p->state}};
    if (const User *u = ctx.state.user(p->username); u && auth::inSkipWindow(ctx, *u))
        answer.insert(QStringLiteral("skip_2fa_until"), iso(u->skip2faUntil));
    return ok(answer);
}

HttpResponse outbox(Context &ctx, const HttpRequest &request)
{
    if (request.method == "DELETE") {
        ctx.state.outbox.clear();
        return ok();
    }
    const QString to = request.queryValue(QStringLiteral("username"));
    QJsonArray out;
    for (const Email &e : ctx.state.outbox) {
        if (!to.isEmpty() && e.username != to)
            continue;
        out.append(QJsonObject{{QStringLiteral("to"), e.to},
                               {QStringLiteral("username"), e.username},
                               {QStringLiteral("subject"), e.subject},
                               {QStringLiteral("body"), e.body},
                               {QStringLiteral("code"), e.code},
                               {QStringLiteral("sent"), iso(e.sent)}});
    }
    return HttpResponse::json(200, out);
}

HttpResponse idToken(Context &ctx, const HttpRequest &request)
{
    HttpResponse error;
    const auto body = body::object(request, &error);
    if (!body)
        return error;
    const QString provider = body->value(QStringLiteral("provider")).toString();
    const QJsonObject claims = body->value(QStringLiteral("claims")).toObject();
    QString issuer;
    if (provider == QLatin1String("github"))
        issuer = QStringLiteral("https://token.actions.githubusercontent.com");
    else if (provider == QLatin1String("gitlab"))
        issuer = QStringLiteral("https://gitlab.com");
    else if (provider == QLatin1String("circleci"))
        issuer = QStringLiteral("https://oidc.circleci.com/org/")
            + claims.value(QStringLiteral("oidc.circleci.com/org-id")).toString();
    else
        return HttpResponse::error(400,
                                   QStringLiteral("provider must be github, gitlab or circleci"));
    const qint64 now = ctx.state.now().toSecsSinceEpoch();
    QJsonObject payload{{QStringLiteral("iss"), issuer},
                        {QStringLiteral("aud"), QStringLiteral("npm:registry.npmjs.org")},
                        {QStringLiteral("sub"), QString(provider + QLatin1String(":sandbox"))},
                        {QStringLiteral("iat"), now},
                        {QStringLiteral("nbf"), now},
                        {QStringLiteral("exp"), now + 600},
                        {QStringLiteral("jti"), crypto::newUuid()}};
    for (auto it = claims.begin(); it != claims.end(); ++it)
        payload.insert(it.key(), it.value());
    payload.insert(QStringLiteral("x_sandbox_provider"), provider);
    return HttpResponse::json(
        200,
        QJsonObject{{QStringLiteral("id_token"),
                     QString::fromLatin1(jwt::sign(payload, ctx.state.signingKey))}});
}

HttpResponse reset(Context &ctx, const HttpRequest &request)
{
    HttpResponse error;
    QJsonObject seed;
    if (!request.body.trimmed().isEmpty()) {
        const auto body = body::object(request, &error);
        if (!body)
            return error;
        seed = *body;
    }
    QJsonObject seedObject;
    const QJsonValue s = seed.value(QStringLiteral("seed"));
    if (s.isObject()) {
        seedObject = s.toObject();
    } else if (s.isString() || s.isUndefined()) {
        if (s.isUndefined() && seed.contains(QStringLiteral("users"))) {
            seedObject = seed;
        } else {
            QString problem;
            const auto loaded = loadSeed(s.toString(QStringLiteral("demo")), &problem);
            if (!loaded)
                return HttpResponse::error(400, problem);
            seedObject = *loaded;
        }
    }
    QString problem;
    if (!ctx.state.load(seedObject, &problem))
        return HttpResponse::error(400, problem);
    return ok();
}

HttpResponse totpCode(Context &ctx, const HttpRequest &request)
{
    User *u = ctx.state.user(request.queryValue(QStringLiteral("username")));
    if (!u || u->tfa != QLatin1String("totp"))
        return HttpResponse::error(404,
                                   QStringLiteral("no user with an authenticator by that name"));
    const auto secret = totp::decodeBase32(u->totpSecret);
    return HttpResponse::json(
        200,
        QJsonObject{
            {QStringLiteral("code"), totp::code(secret.value_or(QByteArray()), ctx.state.now())}});
}

} // namespace

void addControlRoutes(Router &router, Context &ctx, Faults &faults)
{
    const auto add = [&router](const QByteArray &method, const char *path, Handler h) {
        router.add(method, QLatin1String(path), loopbackOnly(std::move(h)));
    };
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("POST")})
        add(method, "/-/sandbox/clock",
            [&ctx](const HttpRequest &r, const RouteParams &) { return clock(ctx, r); });
    add("GET", "/-/sandbox/state", [&ctx](const HttpRequest &, const RouteParams &) {
        return HttpResponse::json(200, ctx.state.toJson(true));
    });
    add("GET", "/-/sandbox/faults", [&faults](const HttpRequest &, const RouteParams &) {
        return HttpResponse::json(200, faults.rules());
    });
    add("POST", "/-/sandbox/faults", [&faults](const HttpRequest &r, const RouteParams &) {
        HttpResponse error;
        const auto rules = body::array(r, &error);
        if (!rules)
            return error;
        QString problem;
        if (!faults.setRules(*rules, &problem))
            return HttpResponse::error(400, problem);
        return ok();
    });
    add("DELETE", "/-/sandbox/faults", [&faults](const HttpRequest &, const RouteParams &) {
        faults.clear();
        return ok();
    });
    add("GET", "/-/sandbox/rate-limits", [&faults](const HttpRequest &, const RouteParams &) {
        return HttpResponse::json(200, faults.rateLimits());
    });
    add("POST", "/-/sandbox/rate-limits", [&faults](const HttpRequest &r, const RouteParams &) {
        HttpResponse error;
        const auto limits = body::array(r, &error);
        if (!limits)
            return error;
        QString problem;
        if (!faults.setRateLimits(*limits, &problem))
            return HttpResponse::error(400, problem);
        return ok();
    });
    add("DELETE", "/-/sandbox/rate-limits", [&faults](const HttpRequest &, const RouteParams &) {
        faults.clearRateLimits();
        return ok();
    });
    add("GET", "/-/sandbox/pending",
        [&ctx](const HttpRequest &, const RouteParams &) { return pendingList(ctx); });
    add("POST", "/-/sandbox/approve",
        [&ctx](const HttpRequest &r, const RouteParams &) { return approve(ctx, r); });
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("DELETE")})
        add(method, "/-/sandbox/outbox",
            [&ctx](const HttpRequest &r, const RouteParams &) { return outbox(ctx, r); });
    add("POST", "/-/sandbox/oidc/id-token",
        [&ctx](const HttpRequest &r, const RouteParams &) { return idToken(ctx, r); });
    add("POST", "/-/sandbox/reset",
        [&ctx](const HttpRequest &r, const RouteParams &) { return reset(ctx, r); });
    add("GET", "/-/sandbox/totp",
        [&ctx](const HttpRequest &r, const RouteParams &) { return totpCode(ctx, r); });
    addStageControlRoutes(router, ctx);
    addTokenFillRoute(router, ctx);
}

} // namespace td::sandbox
