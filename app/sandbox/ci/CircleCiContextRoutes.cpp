// SPDX-License-Identifier: GPL-3.0-or-later
// CircleCI's contexts and their environment variables, emulated (README §CI).
#include "sandbox/ci/CircleCiApi.h"

#include "sandbox/routes/Routes.h"
#include "sandbox/state/Model.h"

#include <QJsonArray>
#include <QUrl>

namespace td::sandbox::circleci {

namespace {

// --- contexts: a store "circleci:context:circleci.com:<org slug>:<context name>" ---

struct CircleContext
{
    QString store;
    QString id; // a UUID derived from the store, stable across restarts
    QString owner;
    QString name;
};

QString contextIdOf(const QString &store)
{
    return QUuid::createUuidV5(kIdNamespace, store).toString(QUuid::WithoutBraces);
}

QList<CircleContext> contexts(Context &ctx, const QString &ownerSlug = {})
{
    const QString prefix
        = CiState::makeId(kProvider, QStringLiteral("context"), {}) + QLatin1Char(':');
    QList<CircleContext> out;
    for (const QString &store : ctx.ci.stores(prefix)) {
        const QStringList fields = store.mid(prefix.size()).split(QLatin1Char(':'));
        if (fields.size() != 2)
            continue;
        CircleContext c{store, contextIdOf(store), QUrl::fromPercentEncoding(fields.at(0).toUtf8()),
                        QUrl::fromPercentEncoding(fields.at(1).toUtf8())};
        if (ownerSlug.isEmpty() || c.owner == ownerSlug)
            out.append(c);
    }
    return out;
}

std::optional<CircleContext> contextById(Context &ctx, const QString &id)
{
    for (const CircleContext &c : contexts(ctx))
        if (c.id == id)
            return c;
    return std::nullopt;
}

QDateTime contextCreated(Context &ctx, const CircleContext &c)
{
    QDateTime first;
    for (const QString &id : ctx.ci.idsIn(c.store)) {
        const QDateTime t = ctx.ci.value(id)->createdAt;
        if (!first.isValid() || t < first)
            first = t;
    }
    return first.isValid() ? first : ctx.state.now();
}

QJsonObject contextVariableJson(const CircleContext &c, const QString &name,
                                const CiStoredValue &stored)
{
    return QJsonObject{{QStringLiteral("variable"), name},
                       {QStringLiteral("context_id"), c.id},
                       {QStringLiteral("created_at"), iso(stored.createdAt)},
                       {QStringLiteral("updated_at"), iso(stored.updatedAt)},
                       {QStringLiteral("truncated_value"), masked(stored.value)}};
}

HttpResponse listContexts(Context &ctx, const HttpRequest &request)
{
    if (HttpResponse stop = admit(ctx, request); stop.status)
        return stop;
    const QString owner = request.queryValue(QStringLiteral("owner-slug"));
    if (owner.isEmpty())
        return message(400, QStringLiteral("Must provide either owner-id or owner-slug"));
    const auto start = pageStart(request);
    if (!start)
        return badPageToken();
    QJsonArray all;
    for (const CircleContext &c : contexts(ctx, owner))
        all.append(QJsonObject{{QStringLiteral("id"), c.id},
                               {QStringLiteral("name"), c.name},
                               {QStringLiteral("created_at"), iso(contextCreated(ctx, c))}});
    return page(all, *start);
}

// The context `id` names (404 "Context not found"), after the token checks.
std::optional<CircleContext> admitContext(Context &ctx, const HttpRequest &request,
                                          const QString &id, HttpResponse *answer)
{
    const auto c = contextById(ctx, id);
    if (HttpResponse stop
        = admit(ctx, request, c ? QString() : QStringLiteral("Context not found"));
        stop.status) {
        *answer = stop;
        return std::nullopt;
    }
    return c;
}

HttpResponse getContext(Context &ctx, const HttpRequest &request, const QString &id)
{
    HttpResponse answer;
    const auto c = admitContext(ctx, request, id, &answer);
    if (!c)
        return answer;
    return HttpResponse::json(
        200,
        QJsonObject{{QStringLiteral("id"), c->id},
                    {QStringLiteral("name"), c->name},
                    {QStringLiteral("created_at"), iso(contextCreated(ctx, *c))}});
}

HttpResponse listContextVariables(Context &ctx, const HttpRequest &request, const QString &id)
{
    HttpResponse answer;
    const auto c = admitContext(ctx, request, id, &answer);
    if (!c)
        return answer;
    const auto start = pageStart(request);
    if (!start)
        return badPageToken();
    QJsonArray all;
    for (const QString &variable : ctx.ci.idsIn(c->store))
        all.append(contextVariableJson(
            *c, QUrl::fromPercentEncoding(variable.section(QLatin1Char(':'), -1).toUtf8()),
            *ctx.ci.value(variable)));
    return page(all, *start);
}

HttpResponse putContextVariable(Context &ctx, const HttpRequest &request, const QString &id,
                                const QString &name)
{
    HttpResponse answer;
    const auto c = admitContext(ctx, request, id, &answer);
    if (!c)
        return answer;
    HttpResponse error;
    const auto body = body::object(request, &error);
    if (!body || !body->value(QLatin1String("value")).isString())
        return message(400, QStringLiteral("value must be a string"));
    if (!validName(name))
        return message(400, QStringLiteral("Invalid environment variable name"));
    const CiStoredValue &stored
        = ctx.ci.write(c->store + QLatin1Char(':') + CiState::field(name),
                       body->value(QLatin1String("value")).toString().toUtf8(), ctx.state.now());
    return HttpResponse::json(200, contextVariableJson(*c, name, stored));
}

HttpResponse deleteContextVariable(Context &ctx, const HttpRequest &request, const QString &id,
                                   const QString &name)
{
    HttpResponse answer;
    const auto c = admitContext(ctx, request, id, &answer);
    if (!c)
        return answer;
    if (!ctx.ci.remove(c->store + QLatin1Char(':') + CiState::field(name)))
        return message(404, QStringLiteral("Environment variable not found."));
    return message(200, QStringLiteral("Environment variable deleted."));
}

} // namespace

void addCircleCiContextRoutes(Router &router, Context &ctx)
{
    Context *c = &ctx;
    const QString context = kApi + QStringLiteral("/context");
    router.add("GET", context,
               [c](const HttpRequest &r, const RouteParams &) { return listContexts(*c, r); });
    router.add("GET", context + QStringLiteral("/:id"),
               [c](const HttpRequest &r, const RouteParams &p) {
                   return getContext(*c, r, p.value(QStringLiteral("id")));
               });
    const QString variables = context + QStringLiteral("/:id/environment-variable");
    router.add("GET", variables, [c](const HttpRequest &r, const RouteParams &p) {
        return listContextVariables(*c, r, p.value(QStringLiteral("id")));
    });
    router.add("PUT", variables + QStringLiteral("/:name"),
               [c](const HttpRequest &r, const RouteParams &p) {
                   return putContextVariable(*c, r, p.value(QStringLiteral("id")),
                                             p.value(QStringLiteral("name")));
               });
    router.add("DELETE", variables + QStringLiteral("/:name"),
               [c](const HttpRequest &r, const RouteParams &p) {
                   return deleteContextVariable(*c, r, p.value(QStringLiteral("id")),
                                                p.value(QStringLiteral("name")));
               });
}

} // namespace td::sandbox::circleci
