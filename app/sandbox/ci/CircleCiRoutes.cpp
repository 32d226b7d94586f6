// SPDX-License-Identifier: GPL-3.0-or-later
// CircleCI's API v2 for project and context environment variables, emulated (README §CI).
#include "ci/CircleCiRoutes.h"

#include "ci/CiRoutes.h"
#include "routes/Routes.h"
#include "state/Model.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace td::sandbox {

namespace {

const QString kApi = QStringLiteral("/-/ci/circleci/api/v2");
const QString kProvider = QStringLiteral("circleci");

HttpResponse message(int status, const QString &text)
{
    return HttpResponse::json(status, QJsonObject{{QStringLiteral("message"), text}});
}

// CircleCI never shows a value: "xxxx" and its last four characters.
QString masked(const QByteArray &value)
{
    return QStringLiteral("xxxx") + QString::fromUtf8(value.right(4));
}

const QUuid kIdNamespace(QStringLiteral("6f1c2b7e-5d0a-4c1e-9b8f-3a2d1c0b0e0f"));

// Checks in CircleCI's order: a known Circle-Token (401), the thing asked about exists (404 with
// `missing`, when given), permission "all" (403). An empty answer (status 0) lets the call go on.
HttpResponse admit(Context &ctx, const HttpRequest &request, const QString &missing = {},
                   const CiCredential **who = nullptr)
{
    const CiCredential *c = ctx.ci.credential(kProvider, request.header("circle-token").trimmed());
    if (!c)
        return message(401, QStringLiteral("You must log in first."));
    if (who)
        *who = c;
    if (!missing.isEmpty())
        return message(404, missing);
    if (!c->may(QStringLiteral("all")))
        return message(403, QStringLiteral("Permission denied"));
    HttpResponse go;
    go.status = 0;
    return go;
}

// --- paging: next_page_token is the next offset, opaque to clients ---

std::optional<int> pageStart(const HttpRequest &request)
{
    const QString token = request.queryValue(QStringLiteral("page-token"));
    if (token.isEmpty())
        return 0;
    bool ok = false;
    const int start = QByteArray::fromBase64(token.toLatin1()).toInt(&ok);
    return ok && start >= 0 ? std::optional<int>(start) : std::nullopt;
}

HttpResponse page(const QJsonArray &all, int start)
{
    QJsonArray items;
    for (int i = start; i < all.size() && i < start + kCircleCiPageSize; ++i)
        items.append(all.at(i));
    const int next = start + kCircleCiPageSize;
    return HttpResponse::json(200,
                              QJsonObject{{QStringLiteral("items"), items},
                                          {QStringLiteral("next_page_token"),
                                           next < all.size() ? QJsonValue(QString::fromLatin1(
                                               QByteArray::number(next).toBase64()))
                                                             : QJsonValue(QJsonValue::Null)}});
}

HttpResponse badPageToken()
{
    return message(400, QStringLiteral("Invalid page-token"));
}

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

bool validName(const QString &name)
{
    static const QRegularExpression rule(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return rule.match(name).hasMatch();
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

} // namespace td::sandbox
