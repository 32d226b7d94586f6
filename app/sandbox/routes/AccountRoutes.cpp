// SPDX-License-Identifier: GPL-3.0-or-later
// Ping, whoami, web and couch login, logout, doneUrl polling and the profile.
#include "Routes.h"

#include "sandbox/auth/Auth.h"
#include "sandbox/auth/Crypto.h"
#include "sandbox/auth/Totp.h"

namespace td::sandbox {

namespace {

constexpr qint64 kPendingLifetimeSecs = 300; // an authId/sessionId lives about five minutes

HttpResponse whoami(Context &ctx, const HttpRequest &request)
{
    AuthResult a = auth::authenticate(ctx, request, true);
    if (a.error)
        return *a.error;
    if (a.identity.token && a.identity.token->kind == TokenKind::Oidc)
        return HttpResponse::error(401, QStringLiteral("OIDC tokens do not identify a user."));
    return HttpResponse::json(200,
                              QJsonObject{{QStringLiteral("username"), a.identity.user->name}});
}

HttpResponse webLogin(Context &ctx)
{
    Pending p;
    p.id = crypto::newUuid();
    p.kind = QStringLiteral("login");
    p.created = ctx.state.now();
    ctx.state.pending.append(p);
    return HttpResponse::json(
        200,
        QJsonObject{
            {QStringLiteral("loginUrl"), ctx.url(QStringLiteral("/login/cli/") + p.id)},
            {QStringLiteral("doneUrl"), ctx.url(QStringLiteral("/-/v1/done?sessionId=") + p.id)}});
}

HttpResponse done(Context &ctx, const HttpRequest &request)
{
    const bool isLogin = request.query.hasQueryItem(QStringLiteral("sessionId"));
    const QString id
        = request.queryValue(isLogin ? QStringLiteral("sessionId") : QStringLiteral("authId"));
    Pending *p = ctx.state.pendingById(id);
    const QString kind = isLogin ? QStringLiteral("login") : QStringLiteral("2fa");
    if (!p || p->kind != kind || p->consumed
        || p->created.secsTo(ctx.state.now()) > kPendingLifetimeSecs)
        return HttpResponse::error(404,
                                   QStringLiteral("%1 not found or expired")
                                       .arg(isLogin ? QStringLiteral("Login session")
                                                    : QStringLiteral("Authentication request")));
    if (p->state == QLatin1String("denied"))
        return HttpResponse::error(403, QStringLiteral("The request was denied."));
    if (p->state == QLatin1String("pending")) {
        HttpResponse r = HttpResponse::json(202, QJsonObject{});
        r.setHeader("Retry-After", "1");
        return r;
    }
    p->consumed = true;
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("token"), p->result}});
}

HttpResponse couchLogin(Context &ctx, const HttpRequest &request, const QString &segment)
{
    const QString prefix = QStringLiteral("org.couchdb.user:");
    if (!segment.startsWith(prefix))
        return HttpResponse::error(404, QStringLiteral("Not found"));
    HttpResponse error;
    const auto body = body::object(request, &error);
    if (!body)
        return error;
    QString name = body->value(QStringLiteral("name")).toString();
    if (name.isEmpty())
        name = segment.mid(prefix.size());
    User *user = ctx.state.user(name);
    const QString password = body->value(QStringLiteral("password")).toString();
    if (!user || !crypto::equalSecrets(password.toUtf8(), user->password.toUtf8()))
        return HttpResponse::error(401, QStringLiteral("Incorrect username or password."));
    if (auto challenge = auth::requireOtp(ctx, request, *user, auth::SkipWindow::Ignore))
        return *challenge;
    const Token &session = auth::createSession(ctx, user->name);
    return HttpResponse::json(
        201,
        QJsonObject{{QStringLiteral("ok"), true},
                    {QStringLiteral("id"), QString(prefix + user->name)},
                    {QStringLiteral("rev"), QStringLiteral("_we_dont_use_revs_any_more")},
                    {QStringLiteral("token"), session.secret}});
}

HttpResponse logout(Context &ctx, const HttpRequest &request, const QString &secret)
{
    AuthResult a = auth::authenticate(ctx, request, true);
    if (a.error)
        return *a.error;
    Token *t = ctx.state.tokenBySecret(secret);
    if (!t || t->owner != a.identity.user->name)
        return HttpResponse::error(404, QStringLiteral("Token not found"));
    t->revoked = ctx.state.now();
    t->hidden = true;
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("ok"), true}});
}

QJsonObject profileJson(const User &u)
{
    QJsonValue tfa = false;
    if (u.tfa != QLatin1String("none"))
        tfa = QJsonObject{{QStringLiteral("mode"), QStringLiteral("auth-and-writes")},
                          {QStringLiteral("pending"), false},
                          {QStringLiteral("type"), u.tfa}};
    return {{QStringLiteral("name"), u.name},
            {QStringLiteral("email"), u.email},
            {QStringLiteral("email_verified"), true},
            {QStringLiteral("fullname"), u.fullname},
            {QStringLiteral("tfa"), tfa},
            {QStringLiteral("cidr_whitelist"), QJsonValue()},
            {QStringLiteral("created"), iso(u.created)},
            {QStringLiteral("updated"), iso(u.updated)}};
}

HttpResponse getProfile(Context &ctx, const HttpRequest &request)
{
    AuthResult a = auth::authenticate(ctx, request, true);
    if (a.error)
        return *a.error;
    return HttpResponse::json(200, profileJson(*a.identity.user));
}

HttpResponse setProfile(Context &ctx, const HttpRequest &request)
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
    User &u = *a.identity.user;
    if (body->contains(QStringLiteral("tfa"))) {
        const QJsonObject tfa = body->value(QStringLiteral("tfa")).toObject();
        if (tfa.value(QStringLiteral("mode")).toString() != QLatin1String("disable"))
            return HttpResponse::error(
                403,
                QStringLiteral("New authenticator-app (TOTP) setups are disabled. "
                               "Add a security key on the website instead."));
    }
    if (body->contains(QStringLiteral("password"))) {
        const QJsonObject pw = body->value(QStringLiteral("password")).toObject();
        if (!crypto::equalSecrets(pw.value(QStringLiteral("old")).toString().toUtf8(),
                                  u.password.toUtf8()))
            return HttpResponse::error(401, QStringLiteral("Incorrect or missing password."));
        if (pw.value(QStringLiteral("new")).toString().size() < 10)
            return HttpResponse::error(
                400, QStringLiteral("The new password must be at least 10 characters."));
    }
    if (auto challenge = auth::requireOtp(ctx, request, u, auth::SkipWindow::Ignore))
        return *challenge;
    if (body->contains(QStringLiteral("tfa")))
        u.tfa = QStringLiteral("none");
    if (body->contains(QStringLiteral("password")))
        u.password = body->value(QStringLiteral("password"))
                         .toObject()
                         .value(QStringLiteral("new"))
                         .toString();
    if (body->contains(QStringLiteral("email")))
        u.email = body->value(QStringLiteral("email")).toString();
    if (body->contains(QStringLiteral("fullname")))
        u.fullname = body->value(QStringLiteral("fullname")).toString();
    u.updated = ctx.state.now();
    return HttpResponse::json(200, profileJson(u));
}

} // namespace

void addAccountRoutes(Router &router, Context &ctx)
{
    router.add("GET", QStringLiteral("/-/ping"), [](const HttpRequest &, const RouteParams &) {
        return HttpResponse::json(200, QJsonObject{});
    });
    router.add("GET", QStringLiteral("/-/whoami"),
               [&ctx](const HttpRequest &r, const RouteParams &) { return whoami(ctx, r); });
    router.add("POST", QStringLiteral("/-/v1/login"),
               [&ctx](const HttpRequest &, const RouteParams &) { return webLogin(ctx); });
    // npm-profile's webAuthCheckLogin polls doneUrl with the options of the request that met the
    // 2FA challenge, so `npm dist-tag add` polls with PUT and its body, `rm` with DELETE: any
    // method is the poll.
    for (const QByteArray &method :
         {QByteArray("GET"), QByteArray("PUT"), QByteArray("POST"), QByteArray("DELETE")})
        router.add(method, QStringLiteral("/-/v1/done"),
                   [&ctx](const HttpRequest &r, const RouteParams &) { return done(ctx, r); });
    router.add("PUT", QStringLiteral("/-/user/:couch"),
               [&ctx](const HttpRequest &r, const RouteParams &p) {
                   return couchLogin(ctx, r, p.value(QStringLiteral("couch")));
               });
    router.add("DELETE", QStringLiteral("/-/user/token/*token"),
               [&ctx](const HttpRequest &r, const RouteParams &p) {
                   return logout(ctx, r, p.value(QStringLiteral("token")));
               });
    router.add("GET", QStringLiteral("/-/npm/v1/user"),
               [&ctx](const HttpRequest &r, const RouteParams &) { return getProfile(ctx, r); });
    router.add("POST", QStringLiteral("/-/npm/v1/user"),
               [&ctx](const HttpRequest &r, const RouteParams &) { return setProfile(ctx, r); });
}

} // namespace td::sandbox
