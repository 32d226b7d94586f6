// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 22's control API (loopback only, no 2FA): what an attacker with a stolen token or a
// hijacked account does besides publishing (move a tag, add or remove a maintainer, deprecate,
// unpublish),
// and the server-side request and byte counters a watch benchmark reads.
#include "Routes.h"

#include "PackageChanges.h"
#include "sandbox/RequestCounters.h"

#include <QJsonArray>

namespace td::sandbox {

namespace {

HttpResponse answer(const std::optional<changes::Problem> &problem, const Package &p)
{
    if (problem)
        return HttpResponse::error(problem->status, problem->message);
    QJsonArray maintainers;
    for (const QString &m : p.maintainers)
        maintainers.append(m);
    return HttpResponse::json(200,
                              QJsonObject{{QStringLiteral("ok"), true},
                                          {QStringLiteral("name"), p.name},
                                          {QStringLiteral("dist-tags"), p.distTags},
                                          {QStringLiteral("maintainers"), maintainers}});
}

// The body as an object and the package it names, or the answer to send instead.
std::optional<HttpResponse> readBody(Context &ctx, const HttpRequest &request, QJsonObject *body,
                                     Package **package)
{
    HttpResponse error;
    const auto object = body::object(request, &error);
    if (!object)
        return error;
    *body = *object;
    const QString name = body->value(QStringLiteral("package")).toString();
    *package = ctx.state.package(name);
    if (!*package)
        return HttpResponse::error(404, QStringLiteral("no package %1").arg(name));
    return std::nullopt;
}

HttpResponse distTags(Context &ctx, const HttpRequest &request)
{
    QJsonObject body;
    Package *p = nullptr;
    if (auto error = readBody(ctx, request, &body, &p))
        return *error;
    const QString tag = body.value(QStringLiteral("tag")).toString();
    if (body.value(QStringLiteral("remove")).toBool())
        return answer(changes::removeTag(ctx, *p, tag), *p);
    return answer(changes::setTag(ctx, *p, tag, body.value(QStringLiteral("version")).toString()),
                  *p);
}

HttpResponse maintainers(Context &ctx, const HttpRequest &request)
{
    QJsonObject body;
    Package *p = nullptr;
    if (auto error = readBody(ctx, request, &body, &p))
        return *error;
    const QString add = body.value(QStringLiteral("add")).toString();
    const QString remove = body.value(QStringLiteral("remove")).toString();
    if (add.isEmpty() == remove.isEmpty())
        return HttpResponse::error(400, QStringLiteral("give either add or remove: a user name"));
    QStringList list = p->maintainers;
    if (!add.isEmpty() && !list.contains(add))
        list.append(add);
    if (!remove.isEmpty() && !list.removeAll(remove))
        return HttpResponse::error(
            404, QStringLiteral("%1 is not a maintainer of %2").arg(remove, p->name));
    return answer(changes::setMaintainers(ctx, *p, list), *p);
}

HttpResponse deprecate(Context &ctx, const HttpRequest &request)
{
    QJsonObject body;
    Package *p = nullptr;
    if (auto error = readBody(ctx, request, &body, &p))
        return *error;
    return answer(changes::deprecate(ctx, *p, body.value(QStringLiteral("version")).toString(),
                                     body.value(QStringLiteral("message")).toString()),
                  *p);
}

HttpResponse unpublish(Context &ctx, const HttpRequest &request)
{
    QJsonObject body;
    Package *p = nullptr;
    if (auto error = readBody(ctx, request, &body, &p))
        return *error;
    return answer(changes::unpublish(ctx, *p, body.value(QStringLiteral("version")).toString()),
                  *p);
}

} // namespace

void addWatchControlRoutes(Router &router, Context &ctx, RequestCounters &counters)
{
    const auto add = [&router](const QByteArray &method, const char *path, RouteHandler h) {
        router.add(method, QLatin1String(path), loopbackOnly(std::move(h)));
    };
    add("POST", "/-/sandbox/dist-tags",
        [&ctx](const HttpRequest &r, const RouteParams &) { return distTags(ctx, r); });
    add("POST", "/-/sandbox/maintainers",
        [&ctx](const HttpRequest &r, const RouteParams &) { return maintainers(ctx, r); });
    add("POST", "/-/sandbox/deprecate",
        [&ctx](const HttpRequest &r, const RouteParams &) { return deprecate(ctx, r); });
    add("POST", "/-/sandbox/unpublish",
        [&ctx](const HttpRequest &r, const RouteParams &) { return unpublish(ctx, r); });
    add("GET", "/-/sandbox/requests", [&counters](const HttpRequest &, const RouteParams &) {
        return HttpResponse::json(200, counters.toJson());
    });
    add("DELETE", "/-/sandbox/requests",
        [&ctx, &counters](const HttpRequest &, const RouteParams &) {
            counters.reset(ctx.state.now());
            return HttpResponse::json(200, counters.toJson());
        });
}

} // namespace td::sandbox
