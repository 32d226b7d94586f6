// SPDX-License-Identifier: GPL-3.0-or-later
// Control API for staged versions, so that tests can set up staging state without a CI:
// GET|POST|DELETE /-/sandbox/staged, POST /-/sandbox/staged/<id>/ready,
// GET|POST /-/sandbox/stage-settings.
#include "Routes.h"

#include "sandbox/state/Staging.h"

#include <algorithm>

namespace td::sandbox {

namespace {

QJsonObject describe(const Context &ctx, const StagedVersion &s)
{
    QJsonObject o = ctx.state.stagedItem(s);
    o.insert(QStringLiteral("owner"), ctx.state.packages.value(s.packageName).maintainers.value(0));
    o.insert(QStringLiteral("ready_at"),
             s.readyAt.isValid() ? QJsonValue(iso(s.readyAt)) : QJsonValue());
    o.insert(QStringLiteral("tarball_size"), s.tarball.size());
    return o;
}

HttpResponse listAll(const Context &ctx)
{
    QJsonArray out;
    for (const StagedVersion &s : ctx.state.staged)
        out.append(describe(ctx, s));
    return HttpResponse::json(200, out);
}

HttpResponse create(Context &ctx, const HttpRequest &request)
{
    HttpResponse error;
    QJsonArray objects;
    if (const auto one = body::object(request, &error))
        objects.append(*one);
    else if (const auto many = body::array(request, &error))
        objects = *many;
    else
        return HttpResponse::error(400, QStringLiteral("give a staged-version object or an array"));
    // All or nothing: a bad entry leaves the state as it was.
    QMap<QString, Package> packages = ctx.state.packages;
    QList<StagedVersion> created;
    for (const QJsonValue &v : objects) {
        QString problem;
        auto s = staging::fromSeed(v.toObject(), packages, ctx.state.users,
                                   ctx.state.stageValidationSeconds, ctx.state.now(), &problem);
        if (!s)
            return HttpResponse::error(400, problem);
        const auto duplicate = [&s](const StagedVersion &o) {
            return o.id == s->id || (o.packageName == s->packageName && o.version == s->version);
        };
        if (std::any_of(ctx.state.staged.cbegin(), ctx.state.staged.cend(), duplicate)
            || std::any_of(created.cbegin(), created.cend(), duplicate))
            return HttpResponse::error(409,
                                       QStringLiteral("%1@%2 (or its id) is already staged")
                                           .arg(s->packageName, s->version));
        created.append(*s);
    }
    ctx.state.packages = packages;
    QJsonArray out;
    for (const StagedVersion &s : created) {
        ctx.state.staged.append(s);
        out.append(describe(ctx, s));
    }
    return HttpResponse::json(201, out);
}

HttpResponse ready(Context &ctx, const QString &id)
{
    StagedVersion *s = ctx.state.stagedById(id);
    if (!s)
        return HttpResponse::error(404, QStringLiteral("no staged version with that id"));
    s->readyAt = QDateTime();
    return HttpResponse::json(200, describe(ctx, *s));
}

HttpResponse settings(Context &ctx, const HttpRequest &request)
{
    if (request.method == "POST") {
        HttpResponse error;
        const auto body = body::object(request, &error);
        if (!body)
            return error;
        const QJsonValue seconds = body->value(QStringLiteral("validation_seconds"));
        if (!seconds.isDouble() || seconds.toDouble() < 0)
            return HttpResponse::error(
                400, QStringLiteral("validation_seconds must be a number of seconds (0 or more)"));
        ctx.state.stageValidationSeconds = qint64(seconds.toDouble());
    }
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("validation_seconds"), ctx.state.stageValidationSeconds}});
}

} // namespace

void addStageControlRoutes(Router &router, Context &ctx)
{
    router.add(
        "GET", QStringLiteral("/-/sandbox/staged"),
        loopbackOnly([&ctx](const HttpRequest &, const RouteParams &) { return listAll(ctx); }));
    router.add(
        "POST", QStringLiteral("/-/sandbox/staged"),
        loopbackOnly([&ctx](const HttpRequest &r, const RouteParams &) { return create(ctx, r); }));
    router.add("DELETE", QStringLiteral("/-/sandbox/staged"),
               loopbackOnly([&ctx](const HttpRequest &, const RouteParams &) {
                   ctx.state.staged.clear();
                   return HttpResponse::json(200, QJsonObject{{QStringLiteral("ok"), true}});
               }));
    router.add("POST", QStringLiteral("/-/sandbox/staged/:id/ready"),
               loopbackOnly([&ctx](const HttpRequest &, const RouteParams &p) {
                   return ready(ctx, p.value(QStringLiteral("id")));
               }));
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("POST")})
        router.add(method, QStringLiteral("/-/sandbox/stage-settings"),
                   loopbackOnly([&ctx](const HttpRequest &r, const RouteParams &) {
                       return settings(ctx, r);
                   }));
}

} // namespace td::sandbox
