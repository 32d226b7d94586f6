// SPDX-License-Identifier: GPL-3.0-or-later
// npm owner (GET /-/user/org.couchdb.user:<u>, PUT /<p>/-rev/<rev>), npm dist-tag
// (/-/package/<p>/dist-tags[/<tag>]) and npm deprecate (PUT /<p> without attachments), each
// 2FA-gated as npmjs gates writes.
#include "Routes.h"

#include "PackageChanges.h"
#include "PackageWrites.h"
#include "Packument.h"
#include "sandbox/auth/Access.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace td::sandbox {

namespace writes {

namespace {

HttpResponse notFound()
{
    return HttpResponse::error(404, QStringLiteral("Not found"));
}

HttpResponse answer(const std::optional<changes::Problem> &problem, int okStatus,
                    const QJsonObject &ok)
{
    if (problem)
        return HttpResponse::error(problem->status, problem->message);
    return HttpResponse::json(okStatus, ok);
}

HttpResponse conflict()
{
    return HttpResponse::error(409, QStringLiteral("Document update conflict."));
}

} // namespace

std::optional<HttpResponse> allowed(Context &ctx, const HttpRequest &request, const Identity &id,
                                    const Package &package, bool governance)
{
    if (!id.user)
        return HttpResponse::error(
            401, QStringLiteral("You must be logged in to change %1.").arg(package.name));
    const Token *t = id.token;
    if (t && t->kind == TokenKind::Oidc)
        return HttpResponse::error(403, QStringLiteral("OIDC tokens can only publish."));
    if (!access::userCanWrite(ctx, id.user->name, package))
        return HttpResponse::error(
            403, QStringLiteral("You do not have permission to change %1.").arg(package.name));
    if (governance) {
        if (auto denied = auth::requireSession(ctx, id))
            return denied;
        return auth::requireOtp(ctx, request, *id.user);
    }
    if (!t || t->kind == TokenKind::Session)
        return auth::requireOtp(ctx, request, *id.user);
    if (!t->isWrite())
        return HttpResponse::error(
            403, QStringLiteral("This token is read-only and cannot change packages."));
    if (!access::tokenCovers(*t, package.name, true))
        return notFound();
    if (t->isStageOnly())
        return HttpResponse::error(
            403,
            QStringLiteral("This token can only stage a publish; it cannot change dist-tags "
                           "or deprecate versions."));
    if (package.publishRequiresTfa && !package.automationTokenOverridesTfa)
        return HttpResponse::error(
            403,
            QStringLiteral("Two-factor authentication is required to change %1 and tokens "
                           "are not allowed. Use a session with 2FA.")
                .arg(package.name));
    if (t->bypass2fa || t->classicType == QLatin1String("automation"))
        return std::nullopt;
    return auth::requireOtp(ctx, request, *id.user);
}

HttpResponse updateMetadata(Context &ctx, const HttpRequest &request, const Identity &id,
                            const QString &name, const QJsonObject &body)
{
    Package *p = ctx.state.package(name);
    if (!p || !access::canRead(ctx, id, *p))
        return notFound();
    if (auto denied = allowed(ctx, request, id, *p, false))
        return *denied;
    const QString rev = body.value(QStringLiteral("_rev")).toString();
    if (!rev.isEmpty() && rev != packument::revision(ctx, *p))
        return conflict();
    const QJsonObject versions = body.value(QStringLiteral("versions")).toObject();
    for (auto it = versions.begin(); it != versions.end(); ++it) {
        if (!p->versions.contains(it.key()))
            continue; // a document without a version does not unpublish it
        const QJsonValue deprecated = it.value().toObject().value(QStringLiteral("deprecated"));
        if (!deprecated.isUndefined() && !deprecated.isString())
            return HttpResponse::error(400, QStringLiteral("deprecated must be a string"));
        changes::deprecate(ctx, *p, it.key(), deprecated.toString());
    }
    return HttpResponse::json(200,
                              QJsonObject{{QStringLiteral("ok"), true},
                                          {QStringLiteral("id"), name},
                                          {QStringLiteral("rev"), packument::revision(ctx, *p)}});
}

} // namespace writes

namespace {

QString packageName(const RouteParams &p)
{
    return p.contains(QStringLiteral("scope"))
        ? p.value(QStringLiteral("scope")) + QLatin1Char('/') + p.value(QStringLiteral("name"))
        : p.value(QStringLiteral("name"));
}

// The package a write names, readable by the caller, with the caller's identity.
struct Target
{
    Package *package = nullptr;
    Identity identity;
    std::optional<HttpResponse> error;
};

Target target(Context &ctx, const HttpRequest &request, const QString &name, bool required)
{
    AuthResult a = auth::authenticate(ctx, request, required);
    if (a.error)
        return {nullptr, {}, a.error};
    Package *p = ctx.state.package(name);
    if (!p || !access::canRead(ctx, a.identity, *p))
        return {nullptr, {}, HttpResponse::error(404, QStringLiteral("Not found"))};
    return {p, a.identity, std::nullopt};
}

HttpResponse getTags(Context &ctx, const HttpRequest &request, const QString &name)
{
    Target t = target(ctx, request, name, false);
    if (t.error)
        return *t.error;
    return HttpResponse::json(200, t.package->distTags);
}

HttpResponse putTag(Context &ctx, const HttpRequest &request, const QString &name,
                    const QString &tag)
{
    Target t = target(ctx, request, name, true);
    if (t.error)
        return *t.error;
    // npm sends the version as a JSON string: "1.2.3".
    const QJsonDocument doc = QJsonDocument::fromJson("[" + request.body + "]");
    const QJsonValue version = doc.array().at(0);
    if (!version.isString())
        return HttpResponse::error(400, QStringLiteral("The body must be a version string."));
    if (auto denied = writes::allowed(ctx, request, t.identity, *t.package, false))
        return *denied;
    return writes::answer(changes::setTag(ctx, *t.package, tag, version.toString()), 200,
                          {{QStringLiteral("ok"), true},
                           {QStringLiteral("id"), name},
                           {QStringLiteral("dist-tags"), t.package->distTags}});
}

HttpResponse deleteTag(Context &ctx, const HttpRequest &request, const QString &name,
                       const QString &tag)
{
    Target t = target(ctx, request, name, true);
    if (t.error)
        return *t.error;
    if (auto denied = writes::allowed(ctx, request, t.identity, *t.package, false))
        return *denied;
    const auto problem = changes::removeTag(ctx, *t.package, tag);
    return writes::answer(problem, 200,
                          {{QStringLiteral("ok"), true},
                           {QStringLiteral("id"), name},
                           {QStringLiteral("dist-tags"), t.package->distTags}});
}

// npm owner add/rm: the body is {_id, _rev, maintainers: [{name, email}]}.
HttpResponse putOwners(Context &ctx, const HttpRequest &request, const QString &name,
                       const QString &rev)
{
    Target t = target(ctx, request, name, true);
    if (t.error)
        return *t.error;
    HttpResponse error;
    const auto body = body::object(request, &error);
    if (!body)
        return error;
    if (!body->value(QStringLiteral("maintainers")).isArray())
        return HttpResponse::error(400, QStringLiteral("maintainers must be an array"));
    if (auto denied = writes::allowed(ctx, request, t.identity, *t.package, true))
        return *denied;
    if (rev != packument::revision(ctx, *t.package))
        return writes::conflict();
    QStringList maintainers;
    const QJsonArray list = body->value(QStringLiteral("maintainers")).toArray();
    for (const QJsonValue &m : list)
        maintainers.append(m.toObject().value(QStringLiteral("name")).toString());
    const auto problem = changes::setMaintainers(ctx, *t.package, maintainers);
    return writes::answer(problem, 200,
                          {{QStringLiteral("ok"), true},
                           {QStringLiteral("id"), name},
                           {QStringLiteral("rev"), packument::revision(ctx, *t.package)}});
}

HttpResponse userDocument(Context &ctx, const QString &segment)
{
    const QString prefix = QStringLiteral("org.couchdb.user:");
    const User *u
        = segment.startsWith(prefix) ? ctx.state.user(segment.mid(prefix.size())) : nullptr;
    if (!u)
        return HttpResponse::error(404, QStringLiteral("Not found"));
    return HttpResponse::json(200,
                              QJsonObject{{QStringLiteral("_id"), QString(prefix + u->name)},
                                          {QStringLiteral("name"), u->name},
                                          {QStringLiteral("email"), u->email}});
}

} // namespace

void addPackageWriteRoutes(Router &router, Context &ctx)
{
    router.add("GET", QStringLiteral("/-/user/:couch"),
               [&ctx](const HttpRequest &, const RouteParams &p) {
                   return userDocument(ctx, p.value(QStringLiteral("couch")));
               });
    for (const QString &prefix :
         {QStringLiteral("/-/package/:name"), QStringLiteral("/-/package/:scope/:name")}) {
        router.add("GET", prefix + QLatin1String("/dist-tags"),
                   [&ctx](const HttpRequest &r, const RouteParams &p) {
                       return getTags(ctx, r, packageName(p));
                   });
        router.add("PUT", prefix + QLatin1String("/dist-tags/:tag"),
                   [&ctx](const HttpRequest &r, const RouteParams &p) {
                       return putTag(ctx, r, packageName(p), p.value(QStringLiteral("tag")));
                   });
        router.add("DELETE", prefix + QLatin1String("/dist-tags/:tag"),
                   [&ctx](const HttpRequest &r, const RouteParams &p) {
                       return deleteTag(ctx, r, packageName(p), p.value(QStringLiteral("tag")));
                   });
    }
    for (const QString &prefix : {QStringLiteral("/:name"), QStringLiteral("/:scope/:name")})
        router.add("PUT", prefix + QLatin1String("/-rev/:rev"),
                   [&ctx](const HttpRequest &r, const RouteParams &p) {
                       if (p.contains(QStringLiteral("scope"))
                           && !p.value(QStringLiteral("scope")).startsWith(QLatin1Char('@')))
                           return HttpResponse::error(404, QStringLiteral("Not found"));
                       return putOwners(ctx, r, packageName(p), p.value(QStringLiteral("rev")));
                   });
}

} // namespace td::sandbox
