// SPDX-License-Identifier: GPL-3.0-or-later
// Package settings (access, visibility, collaborators), package maps of users, orgs and
// teams, org members and teams, and search.
#include "Routes.h"

#include "sandbox/auth/Access.h"
#include "sandbox/auth/Auth.h"

#include <QJsonArray>

namespace td::sandbox {

namespace {

QString packageName(const RouteParams &p)
{
    return p.contains(QStringLiteral("scope"))
        ? p.value(QStringLiteral("scope")) + QLatin1Char('/') + p.value(QStringLiteral("name"))
        : p.value(QStringLiteral("name"));
}

QJsonObject accessJson(const Package &p)
{
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("access"), p.access},
            {QStringLiteral("publish_requires_tfa"), p.publishRequiresTfa},
            {QStringLiteral("automation_token_overrides_tfa"), p.automationTokenOverridesTfa}};
}

HttpResponse getAccess(Context &ctx, const HttpRequest &request, const QString &name)
{
    AuthResult a = auth::authenticate(ctx, request, false);
    if (a.error)
        return *a.error;
    Package *p = ctx.state.package(name);
    if (!p || !access::canRead(ctx, a.identity, *p))
        return HttpResponse::error(404, QStringLiteral("Not found"));
    return HttpResponse::json(200, accessJson(*p));
}

HttpResponse setAccess(Context &ctx, const HttpRequest &request, const QString &name)
{
    AuthResult a = auth::authenticate(ctx, request, true);
    if (a.error)
        return *a.error;
    Package *p = ctx.state.package(name);
    if (!p || !access::canRead(ctx, a.identity, *p))
        return HttpResponse::error(404, QStringLiteral("Not found"));
    if (!access::userCanWrite(ctx, a.identity.user->name, *p))
        return HttpResponse::error(
            403,
            QStringLiteral("You do not have permission to change the settings of %1.").arg(name));
    // Package settings are governance: sessions only (bypass-2FA tokens get their own 403).
    if (auto denied = auth::requireSession(ctx, a.identity))
        return *denied;
    HttpResponse error;
    const auto body = body::object(request, &error);
    if (!body)
        return error;
    const QJsonValue accessValue = body->value(QStringLiteral("access"));
    QString newAccess = p->access;
    if (!accessValue.isUndefined()) {
        const QString v = accessValue.toString();
        if (v == QLatin1String("public"))
            newAccess = v;
        else if (v == QLatin1String("restricted") || v == QLatin1String("private"))
            newAccess = QStringLiteral("restricted");
        else
            return HttpResponse::error(
                400, QStringLiteral("access must be public, restricted or private"));
        if (newAccess == QLatin1String("restricted") && access::scopeOf(name).isEmpty())
            return HttpResponse::error(400, QStringLiteral("Unscoped packages are always public."));
    }
    const QJsonValue tfa = body->value(QStringLiteral("publish_requires_tfa"));
    const QJsonValue overrides = body->value(QStringLiteral("automation_token_overrides_tfa"));
    if ((!tfa.isUndefined() && !tfa.isBool()) || (!overrides.isUndefined() && !overrides.isBool()))
        return HttpResponse::error(
            400,
            QStringLiteral(
                "publish_requires_tfa and automation_token_overrides_tfa must be booleans"));
    if (accessValue.isUndefined() && tfa.isUndefined() && overrides.isUndefined())
        return HttpResponse::error(400, QStringLiteral("Nothing to change."));
    if (auto challenge = auth::requireOtp(ctx, request, *a.identity.user))
        return *challenge;
    p->access = newAccess;
    if (tfa.isBool())
        p->publishRequiresTfa = tfa.toBool();
    if (overrides.isBool())
        p->automationTokenOverridesTfa = overrides.toBool();
    else if (tfa.isBool() && !tfa.toBool())
        p->automationTokenOverridesTfa = true;
    return HttpResponse::json(200, accessJson(*p));
}

HttpResponse packageMap(Context &ctx, const HttpRequest &request,
                        const std::function<bool(const Package &)> &include,
                        const std::function<QString(const Package &)> &level)
{
    AuthResult a = auth::authenticate(ctx, request, false);
    if (a.error)
        return *a.error;
    QJsonObject out;
    for (const Package &p : ctx.state.packages)
        if (include(p) && access::canRead(ctx, a.identity, p))
            out.insert(p.name, level(p));
    return HttpResponse::json(200, out);
}

HttpResponse orgMembers(Context &ctx, const HttpRequest &request, const QString &orgName)
{
    AuthResult a = auth::authenticate(ctx, request, true);
    if (a.error)
        return *a.error;
    auto it = ctx.state.orgs.find(orgName);
    if (it == ctx.state.orgs.end())
        return HttpResponse::error(404, QStringLiteral("Org not found"));
    Org &org = it.value();
    if (request.method == "GET") {
        if (!org.members.contains(a.identity.user->name))
            return HttpResponse::error(403, QStringLiteral("You are not a member of this org."));
        QJsonObject out;
        for (auto m = org.members.begin(); m != org.members.end(); ++m)
            out.insert(m.key(), m.value());
        return HttpResponse::json(200, out);
    }
    if (auto denied = auth::requireSession(ctx, a.identity))
        return *denied;
    const QString role = org.members.value(a.identity.user->name);
    if (role != QLatin1String("owner") && role != QLatin1String("admin"))
        return HttpResponse::error(403,
                                   QStringLiteral("Only owners and admins can change members."));
    HttpResponse error;
    const auto body = body::object(request, &error);
    if (!body)
        return error;
    const QString user = body->value(QStringLiteral("user")).toString();
    if (!ctx.state.user(user))
        return HttpResponse::error(404, QStringLiteral("User not found"));
    const QString newRole
        = body->value(QStringLiteral("role")).toString(QStringLiteral("developer"));
    if (request.method == "PUT"
        && !QStringList{QStringLiteral("developer"), QStringLiteral("admin"),
                        QStringLiteral("owner")}
                .contains(newRole))
        return HttpResponse::error(400, QStringLiteral("role must be developer, admin or owner"));
    if (auto challenge = auth::requireOtp(ctx, request, *a.identity.user))
        return *challenge;
    if (request.method == "DELETE") {
        org.members.remove(user);
        HttpResponse r;
        r.status = 204;
        return r;
    }
    org.members.insert(user, newRole);
    return HttpResponse::json(
        201,
        QJsonObject{{QStringLiteral("org"),
                     QJsonObject{{QStringLiteral("name"), org.name},
                                 {QStringLiteral("size"), org.members.size()}}},
                    {QStringLiteral("user"), user},
                    {QStringLiteral("role"), newRole}});
}

QJsonObject searchObject(Context &ctx, const Package &p)
{
    const QString latest = p.distTags.value(QStringLiteral("latest")).toString();
    QJsonArray maintainers;
    for (const QString &m : p.maintainers)
        maintainers.append(QJsonObject{{QStringLiteral("username"), m},
                                       {QStringLiteral("email"), ctx.state.users.value(m).email}});
    const QString publisher = p.maintainers.value(0);
    return {{QStringLiteral("package"),
             QJsonObject{
                 {QStringLiteral("name"), p.name},
                 {QStringLiteral("scope"),
                  access::scopeOf(p.name).isEmpty() ? QStringLiteral("unscoped")
                                                    : access::scopeOf(p.name).mid(1)},
                 {QStringLiteral("version"), latest},
                 {QStringLiteral("description"), p.description},
                 {QStringLiteral("keywords"), QJsonArray()},
                 {QStringLiteral("date"), p.time.value(latest).toString()},
                 {QStringLiteral("links"),
                  QJsonObject{{QStringLiteral("npm"), ctx.url(QLatin1Char('/') + p.name)}}},
                 {QStringLiteral("publisher"),
                  QJsonObject{{QStringLiteral("username"), publisher},
                              {QStringLiteral("email"), ctx.state.users.value(publisher).email}}},
                 {QStringLiteral("maintainers"), maintainers}}},
            {QStringLiteral("score"),
             QJsonObject{{QStringLiteral("final"), 0.5},
                         {QStringLiteral("detail"),
                          QJsonObject{{QStringLiteral("quality"), 0.5},
                                      {QStringLiteral("popularity"), 0.5},
                                      {QStringLiteral("maintenance"), 0.5}}}}},
            {QStringLiteral("searchScore"), 1.0}};
}

HttpResponse search(Context &ctx, const HttpRequest &request)
{
    const QStringList terms
        = request.queryValue(QStringLiteral("text")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    bool sizeOk = true, fromOk = true;
    const QString sizeText = request.queryValue(QStringLiteral("size"));
    const QString fromText = request.queryValue(QStringLiteral("from"));
    const int size = sizeText.isEmpty() ? 20 : sizeText.toInt(&sizeOk);
    const int from = fromText.isEmpty() ? 0 : fromText.toInt(&fromOk);
    if (!sizeOk || !fromOk || size < 1 || size > 250 || from < 0)
        return HttpResponse::error(400, QStringLiteral("size must be 1-250 and from >= 0"));
    QList<const Package *> hits;
    for (const Package &p : ctx.state.packages) {
        if (p.access == QLatin1String("restricted")) // search never shows private packages
            continue;
        bool match = true;
        for (const QString &term : terms) {
            if (term.startsWith(QLatin1String("maintainer:"))
                || term.startsWith(QLatin1String("author:")))
                match = match && p.maintainers.contains(term.section(QLatin1Char(':'), 1));
            else if (term.startsWith(QLatin1String("scope:")))
                match = match
                    && access::scopeOf(p.name)
                        == QLatin1Char('@')
                            + term.section(QLatin1Char(':'), 1).remove(QLatin1Char('@'));
            else
                match = match
                    && (p.name.contains(term, Qt::CaseInsensitive)
                        || p.description.contains(term, Qt::CaseInsensitive));
        }
        if (match)
            hits.append(&p);
    }
    QJsonArray objects;
    for (qsizetype i = from; i < hits.size() && i < qsizetype(from) + size; ++i)
        objects.append(searchObject(ctx, *hits[i]));
    return HttpResponse::json(
        200,
        QJsonObject{{QStringLiteral("objects"), objects},
                    {QStringLiteral("total"), hits.size()},
                    {QStringLiteral("time"), ctx.state.now().toString(Qt::RFC2822Date)}});
}

} // namespace

void addPackageRoutes(Router &router, Context &ctx)
{
    for (const QString &prefix :
         {QStringLiteral("/-/package/:name"), QStringLiteral("/-/package/:scope/:name")}) {
        router.add("GET", prefix + QLatin1String("/access"),
                   [&ctx](const HttpRequest &r, const RouteParams &p) {
                       return getAccess(ctx, r, packageName(p));
                   });
        router.add("POST", prefix + QLatin1String("/access"),
                   [&ctx](const HttpRequest &r, const RouteParams &p) {
                       return setAccess(ctx, r, packageName(p));
                   });
        router.add("GET", prefix + QLatin1String("/visibility"),
                   [&ctx](const HttpRequest &r, const RouteParams &p) {
                       AuthResult a = auth::authenticate(ctx, r, false);
                       Package *pkg = ctx.state.package(packageName(p));
                       if (!pkg || !access::canRead(ctx, a.identity, *pkg))
                           return HttpResponse::error(404, QStringLiteral("Not found"));
                       return HttpResponse::json(
                           200,
                           QJsonObject{
                               {QStringLiteral("public"), pkg->access == QLatin1String("public")}});
                   });
        router.add("GET", prefix + QLatin1String("/collaborators"),
                   [&ctx](const HttpRequest &r, const RouteParams &p) {
                       AuthResult a = auth::authenticate(ctx, r, false);
                       if (a.error)
                           return *a.error;
                       Package *pkg = ctx.state.package(packageName(p));
                       if (!pkg || !access::canRead(ctx, a.identity, *pkg))
                           return HttpResponse::error(404, QStringLiteral("Not found"));
                       QJsonObject out;
                       for (const QString &m : pkg->maintainers)
                           out.insert(m, QStringLiteral("write"));
                       return HttpResponse::json(200, out);
                   });
    }
    router.add("GET", QStringLiteral("/-/user/:user/package"),
               [&ctx](const HttpRequest &r, const RouteParams &p) {
                   const QString user = p.value(QStringLiteral("user"));
                   if (!ctx.state.user(user))
                       return HttpResponse::error(404, QStringLiteral("User not found"));
                   return packageMap(
                       ctx, r,
                       [&](const Package &pkg) { return access::userCanWrite(ctx, user, pkg); },
                       [](const Package &) { return QStringLiteral("write"); });
               });
    router.add("GET", QStringLiteral("/-/org/:org/package"),
               [&ctx](const HttpRequest &r, const RouteParams &p) {
                   const QString org = p.value(QStringLiteral("org"));
                   if (!ctx.state.orgs.contains(org))
                       return HttpResponse::error(404, QStringLiteral("Org not found"));
                   return packageMap(
                       ctx, r,
                       [&](const Package &pkg) {
                           return access::scopeOf(pkg.name) == QLatin1Char('@') + org;
                       },
                       [](const Package &) { return QStringLiteral("write"); });
               });
    router.add(
        "GET", QStringLiteral("/-/team/:org/:team/package"),
        [&ctx](const HttpRequest &r, const RouteParams &p) {
            const QString org = p.value(QStringLiteral("org"));
            if (!ctx.state.orgs.contains(org)
                || !ctx.state.orgs.value(org).teams.contains(p.value(QStringLiteral("team"))))
                return HttpResponse::error(404, QStringLiteral("Team not found"));
            return packageMap(
                ctx, r,
                [&](const Package &pkg) {
                    return access::scopeOf(pkg.name) == QLatin1Char('@') + org;
                },
                [](const Package &) { return QStringLiteral("write"); });
        });
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("PUT"), QByteArray("DELETE")})
        router.add(method, QStringLiteral("/-/org/:org/user"),
                   [&ctx](const HttpRequest &r, const RouteParams &p) {
                       return orgMembers(ctx, r, p.value(QStringLiteral("org")));
                   });
    router.add("GET", QStringLiteral("/-/org/:org/team"),
               [&ctx](const HttpRequest &, const RouteParams &p) {
                   const QString org = p.value(QStringLiteral("org"));
                   if (!ctx.state.orgs.contains(org))
                       return HttpResponse::error(404, QStringLiteral("Org not found"));
                   QJsonArray teams;
                   for (const QString &t : ctx.state.orgs.value(org).teams.keys())
                       teams.append(QString(org + QLatin1Char(':') + t));
                   return HttpResponse::json(200, teams);
               });
    router.add("GET", QStringLiteral("/-/v1/search"),
               [&ctx](const HttpRequest &r, const RouteParams &) { return search(ctx, r); });
}

} // namespace td::sandbox
