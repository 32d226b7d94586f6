// SPDX-License-Identifier: GPL-3.0-or-later
// CircleCI's API v2 for the user and project environment variables, emulated (README §CI); contexts
// are in CircleCiContextRoutes.cpp.
#include "sandbox/ci/CircleCiRoutes.h"

#include "sandbox/ci/CircleCiApi.h"
#include "sandbox/routes/Routes.h"
#include "sandbox/state/Model.h"

#include <QJsonArray>
#include <QUrl>

namespace td::sandbox {

using namespace circleci;

namespace {

// --- projects ---

QString projectStore(const QString &slug)
{
    return CiState::makeId(kProvider, QStringLiteral("project"), {slug});
}

QString projectVariable(const QString &slug, const QString &name)
{
    return CiState::makeId(kProvider, QStringLiteral("project"), {slug, name});
}

QJsonObject projectVariableJson(const QString &name, const CiStoredValue &stored)
{
    // POST overwrites: the variable is made anew, so created_at is its last write.
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("value"), masked(stored.value)},
                       {QStringLiteral("created_at"), iso(stored.updatedAt)}};
}

HttpResponse projectAdmit(Context &ctx, const HttpRequest &request, const QString &slug)
{
    return admit(ctx, request,
                 ctx.ci.hasStore(projectStore(slug)) ? QString()
                                                     : QStringLiteral("Project not found"));
}

HttpResponse listProjectVariables(Context &ctx, const HttpRequest &request, const QString &slug)
{
    if (HttpResponse stop = projectAdmit(ctx, request, slug); stop.status)
        return stop;
    const auto start = pageStart(request);
    if (!start)
        return badPageToken();
    QJsonArray all;
    for (const QString &id : ctx.ci.idsIn(projectStore(slug)))
        all.append(projectVariableJson(
            QUrl::fromPercentEncoding(id.section(QLatin1Char(':'), -1).toUtf8()),
            *ctx.ci.value(id)));
    return page(all, *start);
}

HttpResponse getProjectVariable(Context &ctx, const HttpRequest &request, const QString &slug,
                                const QString &name)
{
    if (HttpResponse stop = projectAdmit(ctx, request, slug); stop.status)
        return stop;
    const CiStoredValue *stored = ctx.ci.value(projectVariable(slug, name));
    if (!stored)
        return message(404, QStringLiteral("Environment variable not found."));
    return HttpResponse::json(200, projectVariableJson(name, *stored));
}

HttpResponse postProjectVariable(Context &ctx, const HttpRequest &request, const QString &slug)
{
    if (HttpResponse stop = projectAdmit(ctx, request, slug); stop.status)
        return stop;
    HttpResponse error;
    const auto body = body::object(request, &error);
    if (!body)
        return message(400, QStringLiteral("Request body must be a JSON object."));
    const QString name = body->value(QLatin1String("name")).toString();
    const QJsonValue value = body->value(QLatin1String("value"));
    if (!validName(name) || !value.isString())
        return message(400,
                       QStringLiteral("name must be a valid environment variable name and "
                                      "value a string"));
    const CiStoredValue &stored
        = ctx.ci.write(projectVariable(slug, name), value.toString().toUtf8(), ctx.state.now());
    return HttpResponse::json(201, projectVariableJson(name, stored));
}

HttpResponse deleteProjectVariable(Context &ctx, const HttpRequest &request, const QString &slug,
                                   const QString &name)
{
    if (HttpResponse stop = projectAdmit(ctx, request, slug); stop.status)
        return stop;
    if (!ctx.ci.remove(projectVariable(slug, name)))
        return message(404, QStringLiteral("Environment variable not found."));
    return message(200, QStringLiteral("Environment variable deleted."));
}

HttpResponse me(Context &ctx, const HttpRequest &request)
{
    const CiCredential *who = nullptr;
    const HttpResponse stop = admit(ctx, request, {}, &who);
    if (!who)
        return stop; // any known token may ask who it is
    return HttpResponse::json(
        200,
        QJsonObject{{QStringLiteral("id"),
                     QUuid::createUuidV5(kIdNamespace, who->login).toString(QUuid::WithoutBraces)},
                    {QStringLiteral("login"), who->login},
                    {QStringLiteral("name"), who->login}});
}

} // namespace

void seedCircleCiDemo(CiState &ci)
{
    ci.addCredential(kProvider, QStringLiteral("maintainer"), {QStringLiteral("all")},
                     QString::fromLatin1(kCircleCiDemoToken));
    ci.addStore(projectStore(QStringLiteral("gh/acme/widgets")));
    ci.addStore(CiState::makeId(kProvider, QStringLiteral("context"),
                                {QStringLiteral("gh/acme"), QStringLiteral("release")}));
}

void addCircleCiRoutes(Router &router, Context &ctx)
{
    seedCircleCiDemo(ctx.ci);
    Context *c = &ctx;
    const auto slug = [](const RouteParams &p) -> QString {
        return p.value(QStringLiteral("vcs")) + QLatin1Char('/') + p.value(QStringLiteral("org"))
            + QLatin1Char('/') + p.value(QStringLiteral("repo"));
    };
    const QString envvar = kApi + QStringLiteral("/project/:vcs/:org/:repo/envvar");
    router.add("GET", kApi + QStringLiteral("/me"),
               [c](const HttpRequest &r, const RouteParams &) { return me(*c, r); });
    router.add("GET", envvar, [c, slug](const HttpRequest &r, const RouteParams &p) {
        return listProjectVariables(*c, r, slug(p));
    });
    router.add("POST", envvar, [c, slug](const HttpRequest &r, const RouteParams &p) {
        return postProjectVariable(*c, r, slug(p));
    });
    router.add("GET", envvar + QStringLiteral("/:name"),
               [c, slug](const HttpRequest &r, const RouteParams &p) {
                   return getProjectVariable(*c, r, slug(p), p.value(QStringLiteral("name")));
               });
    router.add("DELETE", envvar + QStringLiteral("/:name"),
               [c, slug](const HttpRequest &r, const RouteParams &p) {
                   return deleteProjectVariable(*c, r, slug(p), p.value(QStringLiteral("name")));
               });
    addCircleCiContextRoutes(router, ctx);
}

} // namespace td::sandbox
