// SPDX-License-Identifier: GPL-3.0-or-later
// Staged publishing: POST /-/stage/package/<name> (npm stage publish), GET /-/stage (list),
// GET /-/stage/<id> (view), GET /-/stage/<id>/tarball, POST /-/stage/<id>/approve and
// DELETE /-/stage/<id> (reject; both with 2FA every time).
#include "Routes.h"

#include "Publishing.h"
#include "sandbox/auth/Access.h"
#include "sandbox/auth/Auth.h"
#include "sandbox/auth/Crypto.h"
#include "sandbox/policy/StagePolicy.h"
#include "sandbox/state/Staging.h"

#include <algorithm>

namespace td::sandbox {

namespace {

using stagepolicy::answer;

HttpResponse stage(Context &ctx, const HttpRequest &request, const QString &name)
{
    AuthResult a = auth::authenticate(ctx, request, true);
    if (a.error)
        return *a.error;
    HttpResponse error;
    const auto body = body::object(request, &error);
    if (!body)
        return error;
    if (body->value(QStringLiteral("name")).toString() != name)
        return answer(400, QStringLiteral("The package name in the body does not match the URL."));
    const QJsonObject versions = body->value(QStringLiteral("versions")).toObject();
    const QJsonObject tags = body->value(QStringLiteral("dist-tags")).toObject();
    if (versions.size() != 1 || tags.size() > 1)
        return answer(400,
                      QStringLiteral("Stage exactly one version with one dist-tag and a "
                                     "tarball attachment."));
    const QString version = versions.keys().first();
    Package *existing = ctx.state.package(name);
    if (auto denied = stagepolicy::mayStage(ctx, a.identity, existing, name))
        return *denied;
    if (existing && existing->versions.contains(version))
        return answer(
            403,
            QStringLiteral("You cannot publish over the previously published versions: %1.")
                .arg(version));
    for (const StagedVersion &s : ctx.state.staged)
        if (s.packageName == name && s.version == version)
            return answer(409,
                          QStringLiteral("Cannot publish over previously staged version "
                                         "\"%1\".")
                              .arg(version));
    QString problem;
    const auto data = publishing::tarballFromBody(*body, name, version, &problem);
    if (!data)
        return answer(400, problem);

    const QDateTime now = ctx.state.now();
    const Token *t = a.identity.token;
    if (!existing) {
        const QString access = publishing::accessForNewPackage(
            name, body->value(QStringLiteral("access")).toString());
        ctx.state.packages.insert(
            name, staging::placeholderPackage(name, a.identity.user->name, access, now));
        existing = ctx.state.package(name);
    }
    StagedVersion s;
    s.id = crypto::newUuid().toLower();
    s.packageName = name;
    s.version = version;
    s.tag = tags.isEmpty() ? QStringLiteral("latest") : tags.keys().first();
    s.created = now;
    if (ctx.state.stageValidationSeconds > 0)
        s.readyAt = now.addSecs(ctx.state.stageValidationSeconds);
    if (t->kind == TokenKind::Oidc) {
        s.actorType = QStringLiteral("trusted automation");
        s.provider = t->oidcProvider;
        s.oidcConfigId = t->oidcConfigId;
        s.oidcClaims = t->oidcClaims;
        s.actor = staging::oidcLabel(t->oidcProvider);
    } else {
        s.actor = a.identity.user->name;
    }
    s.access = existing->access == QLatin1String("restricted") ? QStringLiteral("private")
                                                               : QStringLiteral("public");
    s.manifest = versions.value(version).toObject();
    s.tarball = *data;
    ctx.state.staged.append(s);
    return HttpResponse::json(201,
                              QJsonObject{{QStringLiteral("message"),
                                           QStringLiteral("Package version staged "
                                                          "successfully.")},
                                          {QStringLiteral("stageId"), s.id}});
}

HttpResponse list(Context &ctx, const HttpRequest &request)
{
    AuthResult a = auth::authenticate(ctx, request, true);
    if (a.error)
        return *a.error;
    if (auto denied = stagepolicy::mayRead(a.identity))
        return *denied;
    bool pageOk = true, perPageOk = true;
    const QString pageText = request.queryValue(QStringLiteral("page"));
    const QString perPageText = request.queryValue(QStringLiteral("perPage"));
    const int page = pageText.isEmpty() ? 0 : pageText.toInt(&pageOk);
    const int perPage = perPageText.isEmpty() ? 10 : perPageText.toInt(&perPageOk);
    if (!pageOk || !perPageOk || page < 0 || perPage < 1 || perPage > 100)
        return answer(400, QStringLiteral("Invalid page or perPage parameter."));
    const QString filter = request.queryValue(QStringLiteral("package"));

    QList<const StagedVersion *> visible;
    for (auto it = ctx.state.staged.crbegin(); it != ctx.state.staged.crend(); ++it)
        if ((filter.isEmpty() || it->packageName == filter)
            && stagepolicy::canSee(ctx, a.identity, *it))
            visible.append(&*it);
    // Newest first; among equal times the later staged first (the reverse walk above).
    std::stable_sort(
        visible.begin(), visible.end(),
        [](const StagedVersion *l, const StagedVersion *r) { return l->created > r->created; });
    QJsonArray items;
    for (qsizetype i = qsizetype(page) * perPage;
         i < visible.size() && i < qsizetype(page + 1) * perPage; ++i)
        items.append(ctx.state.stagedItem(*visible[i]));
    return HttpResponse::json(200,
                              QJsonObject{{QStringLiteral("items"), items},
                                          {QStringLiteral("page"), page},
                                          {QStringLiteral("perPage"), perPage},
                                          {QStringLiteral("total"), visible.size()}});
}

// The stage the caller may see, or the 403/404 answer.
StagedVersion *findVisible(Context &ctx, const HttpRequest &request, const QString &id,
                           Identity *identity, HttpResponse *error)
{
    AuthResult a = auth::authenticate(ctx, request, true);
    if (a.error) {
        *error = *a.error;
        return nullptr;
    }
    *identity = a.identity;
    if (auto denied = stagepolicy::mayRead(a.identity)) {
        *error = *denied;
        return nullptr;
    }
    StagedVersion *s = ctx.state.stagedById(id);
    if (!s || !stagepolicy::canSee(ctx, a.identity, *s)) {
        *error = answer(404, QLatin1String(stagepolicy::kNotFound));
        return nullptr;
    }
    return s;
}

HttpResponse view(Context &ctx, const HttpRequest &request, const QString &id, bool tarball)
{
    Identity identity;
    HttpResponse error;
    const StagedVersion *s = findVisible(ctx, request, id, &identity, &error);
    if (!s)
        return error;
    return tarball ? HttpResponse::raw(200, "application/octet-stream", s->tarball)
                   : HttpResponse::json(200, ctx.state.stagedItem(*s));
}

HttpResponse decide(Context &ctx, const HttpRequest &request, const QString &id, bool approve)
{
    Identity identity;
    HttpResponse error;
    StagedVersion *s = findVisible(ctx, request, id, &identity, &error);
    if (!s)
        return error;
    if (auto denied = stagepolicy::mayDecide(ctx, identity, *s))
        return *denied;
    Package *package = ctx.state.package(s->packageName);
    if (approve && s->isValidating(ctx.state.now()))
        return answer(409,
                      QStringLiteral("This staged version is still being validated and "
                                     "cannot be approved yet."));
    if (approve && package->versions.contains(s->version))
        return answer(
            409,
            QStringLiteral("You cannot publish over the previously published versions: %1.")
                .arg(s->version));
    // Every approval and rejection is its own challenge: the skip window never covers it.
    if (auto challenge = auth::requireOtp(ctx, request, *identity.user, auth::SkipWindow::Ignore))
        return *challenge;
    const QString stageId = s->id;
    if (approve) {
        QJsonObject npmUser;
        if (s->actorType == QLatin1String("trusted automation")) {
            npmUser = publishing::trustedPublisher(s->provider, s->oidcConfigId);
        } else {
            const User *actor = ctx.state.user(s->actor);
            npmUser = actor ? publishing::userPublisher(*actor)
                            : QJsonObject{{QStringLiteral("name"), s->actor}};
        }
        // npmjs names the maintainer who approved a staged version (since about May 2026).
        npmUser.insert(QStringLiteral("approver"), publishing::userPublisher(*identity.user));
        QJsonObject manifest = s->manifest;
        manifest.insert(QStringLiteral("_stagedId"), stageId);
        publishing::addVersion(ctx, *package, s->version, manifest, s->tarball,
                               QJsonObject{{s->tag, s->version}}, npmUser,
                               s->actorType == QLatin1String("trusted automation") ? s->oidcClaims
                                                                                   : QJsonObject());
    }
    ctx.state.staged.removeIf([&stageId](const StagedVersion &v) { return v.id == stageId; });
    if (approve)
        return HttpResponse::json(
            201,
            QJsonObject{{QStringLiteral("message"),
                         QStringLiteral("Package version approved and published "
                                        "successfully.")}});
    HttpResponse gone;
    gone.status = 204;
    return gone;
}

} // namespace

void addStageRoutes(Router &router, Context &ctx)
{
    // "@scope%2fname" arrives as one segment (npm); "@scope/name" from other clients.
    router.add("POST", QStringLiteral("/-/stage/package/:name"),
               [&ctx](const HttpRequest &r, const RouteParams &p) {
                   return stage(ctx, r, p.value(QStringLiteral("name")));
               });
    router.add("POST", QStringLiteral("/-/stage/package/:scope/:name"),
               [&ctx](const HttpRequest &r, const RouteParams &p) {
                   return stage(ctx, r,
                                p.value(QStringLiteral("scope")) + QLatin1Char('/')
                                    + p.value(QStringLiteral("name")));
               });
    router.add("GET", QStringLiteral("/-/stage"),
               [&ctx](const HttpRequest &r, const RouteParams &) { return list(ctx, r); });
    router.add("GET", QStringLiteral("/-/stage/:id"),
               [&ctx](const HttpRequest &r, const RouteParams &p) {
                   return view(ctx, r, p.value(QStringLiteral("id")), false);
               });
    router.add("GET", QStringLiteral("/-/stage/:id/tarball"),
               [&ctx](const HttpRequest &r, const RouteParams &p) {
                   return view(ctx, r, p.value(QStringLiteral("id")), true);
               });
    router.add("POST", QStringLiteral("/-/stage/:id/approve"),
               [&ctx](const HttpRequest &r, const RouteParams &p) {
                   return decide(ctx, r, p.value(QStringLiteral("id")), true);
               });
    router.add("DELETE", QStringLiteral("/-/stage/:id"),
               [&ctx](const HttpRequest &r, const RouteParams &p) {
                   return decide(ctx, r, p.value(QStringLiteral("id")), false);
               });
}

} // namespace td::sandbox
