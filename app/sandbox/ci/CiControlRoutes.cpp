// SPDX-License-Identifier: GPL-3.0-or-later
// The CI part of the control API (/-/sandbox/ci/, loopback only): credentials, seeded secrets,
// "does this store hold this value", the state without values, and the user's side of the
// device flow.
#include "sandbox/ci/CiRoutes.h"

#include "sandbox/routes/Routes.h"
#include "sandbox/state/Model.h"

#include <QJsonArray>

namespace td::sandbox {

namespace {

const QStringList kProviders{QStringLiteral("github"), QStringLiteral("gitlab"),
                             QStringLiteral("circleci")};

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

// The store a secret id lives in, and for an environment also its repository (GitHub), so that
// seeding one secret makes the whole path exist.
void addStoresFor(CiState &ci, const QString &id)
{
    const QString store = CiState::storeOf(id);
    ci.addStore(store);
    if (id.startsWith(QLatin1String("github:environment:")))
        ci.addStore(QStringLiteral("github:repository:") + store.section(QLatin1Char(':'), 2, 4));
}

HttpResponse credentials(Context &ctx, const HttpRequest &request)
{
    HttpResponse error;
    const auto body = body::object(request, &error);
    if (!body)
        return error;
    const QString provider = body->value(QStringLiteral("provider")).toString();
    const QString login = body->value(QStringLiteral("login")).toString();
    if (!kProviders.contains(provider) || login.isEmpty())
        return HttpResponse::error(400,
                                   QStringLiteral("give provider (github, gitlab or "
                                                  "circleci) and login"));
    const QString token
        = ctx.ci.addCredential(provider, login, strings(body->value(QStringLiteral("permissions"))),
                               body->value(QStringLiteral("token")).toString());
    return HttpResponse::json(201, QJsonObject{{QStringLiteral("token"), token}});
}

HttpResponse seed(Context &ctx, const HttpRequest &request)
{
    HttpResponse error;
    const auto body = body::object(request, &error);
    if (!body)
        return error;
    const QString id = CiState::canonicalId(body->value(QStringLiteral("target")).toString());
    if (id.isEmpty() || !body->value(QStringLiteral("value")).isString())
        return HttpResponse::error(400,
                                   QStringLiteral("give target (a CI secret target id) and "
                                                  "value"));
    addStoresFor(ctx.ci, id);
    bool created = false;
    const CiStoredValue &stored = ctx.ci.write(
        id, body->value(QStringLiteral("value")).toString().toUtf8(), ctx.state.now(), &created);
    return HttpResponse::json(created ? 201 : 200,
                              QJsonObject{{QStringLiteral("target"), id},
                                          {QStringLiteral("updated_at"), iso(stored.updatedAt)},
                                          {QStringLiteral("writes"), stored.writes}});
}

HttpResponse stores(Context &ctx, const HttpRequest &request)
{
    HttpResponse error;
    const auto body = body::object(request, &error);
    if (!body)
        return error;
    const QString id = CiState::canonicalId(body->value(QStringLiteral("store")).toString());
    if (id.isEmpty())
        return HttpResponse::error(400,
                                   QStringLiteral("give store (a target id without the "
                                                  "secret name)"));
    addStoresFor(ctx.ci, id + QStringLiteral(":x"));
    return HttpResponse::json(201, QJsonObject{{QStringLiteral("store"), id}});
}

HttpResponse check(Context &ctx, const HttpRequest &request)
{
    HttpResponse error;
    const auto body = body::object(request, &error);
    if (!body)
        return error;
    const QString id = CiState::canonicalId(body->value(QStringLiteral("target")).toString());
    if (id.isEmpty())
        return HttpResponse::error(400, QStringLiteral("give target (a CI secret target id)"));
    const CiStoredValue *stored = ctx.ci.value(id);
    const QByteArray value = body->value(QStringLiteral("value")).toString().toUtf8();
    return HttpResponse::json(
        200,
        QJsonObject{{QStringLiteral("exists"), stored != nullptr},
                    {QStringLiteral("equal"), stored && stored->value == value},
                    {QStringLiteral("updated_at"),
                     stored ? QJsonValue(iso(stored->updatedAt)) : QJsonValue()},
                    {QStringLiteral("writes"), stored ? stored->writes : 0}});
}

HttpResponse state(Context &ctx)
{
    QJsonArray secrets;
    for (const QString &id : ctx.ci.ids()) {
        const CiStoredValue *stored = ctx.ci.value(id);
        secrets.append(QJsonObject{{QStringLiteral("target"), id},
                                   {QStringLiteral("created_at"), iso(stored->createdAt)},
                                   {QStringLiteral("updated_at"), iso(stored->updatedAt)},
                                   {QStringLiteral("writes"), stored->writes}});
    }
    QJsonArray storeList;
    for (const QString &store : ctx.ci.stores(QString()))
        storeList.append(store);
    return HttpResponse::json(
        200,
        QJsonObject{{QStringLiteral("secrets"), secrets}, {QStringLiteral("stores"), storeList}});
}

HttpResponse device(Context &ctx, const HttpRequest &request)
{
    HttpResponse error;
    const auto body = body::object(request, &error);
    if (!body)
        return error;
    CiDeviceGrant *grant
        = ctx.ci.deviceByUserCode(body->value(QStringLiteral("provider")).toString(),
                                  body->value(QStringLiteral("user_code")).toString());
    if (!grant)
        return HttpResponse::error(404, QStringLiteral("no device code with that user_code"));
    if (grant->state != QLatin1String("pending"))
        return HttpResponse::error(409, QStringLiteral("that device code is %1").arg(grant->state));
    const QString action = body->value(QStringLiteral("action")).toString();
    if (action == QLatin1String("approve")) {
        grant->state = QStringLiteral("approved");
        grant->login = body->value(QStringLiteral("login")).toString(QStringLiteral("maintainer"));
        grant->permissions = strings(body->value(QStringLiteral("permissions")));
    } else if (action == QLatin1String("deny")) {
        grant->state = QStringLiteral("denied");
    } else {
        return HttpResponse::error(400, QStringLiteral("action must be approve or deny"));
    }
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("state"), grant->state}});
}

} // namespace

void addCiControlRoutes(Router &router, Context &ctx)
{
    const auto post = [&router, &ctx](const char *path,
                                      HttpResponse (*handler)(Context &, const HttpRequest &)) {
        router.add("POST", QString::fromLatin1(path),
                   loopbackOnly([&ctx, handler](const HttpRequest &r, const RouteParams &) {
                       return handler(ctx, r);
                   }));
    };
    post("/-/sandbox/ci/credentials", credentials);
    post("/-/sandbox/ci/secrets", seed);
    post("/-/sandbox/ci/stores", stores);
    post("/-/sandbox/ci/check", check);
    post("/-/sandbox/ci/device", device);
    router.add(
        "GET", QStringLiteral("/-/sandbox/ci/state"),
        loopbackOnly([&ctx](const HttpRequest &, const RouteParams &) { return state(ctx); }));
}

} // namespace td::sandbox
