// SPDX-License-Identifier: GPL-3.0-or-later
// Trusted publisher configs: GET/POST /-/package/<name>/trust, DELETE …/trust/<id>.
#include "Routes.h"

#include "sandbox/auth/Access.h"
#include "sandbox/auth/Auth.h"
#include "sandbox/auth/Crypto.h"

#include <QJsonArray>

namespace td::sandbox {

namespace {

HttpResponse message(int status, const QString &text)
{
    return HttpResponse::json(status, QJsonObject{{QStringLiteral("message"), text}});
}

// Common checks: a session of a user with 2FA who may write the package.
std::optional<HttpResponse> guard(Context &ctx, const HttpRequest &request, const QString &name,
                                  Identity *identity, Package **package)
{
    AuthResult a = auth::authenticate(ctx, request, true);
    if (a.error)
        return a.error;
    if (auto denied = auth::requireSession(ctx, a.identity))
        return denied;
    *package = ctx.state.package(name);
    if (!*package)
        return message(404, QStringLiteral("Package not found"));
    if (!access::userCanWrite(ctx, a.identity.user->name, **package))
        return message(403, QStringLiteral("You do not have write access to %1").arg(name));
    if (a.identity.user->tfa == QLatin1String("none"))
        return message(403,
                       QStringLiteral("Two-factor authentication must be enabled on your account "
                                      "to configure trusted publishers."));
    *identity = a.identity;
    return std::nullopt;
}

bool validConfig(const QJsonObject &o)
{
    static const QStringList types{QStringLiteral("github"), QStringLiteral("gitlab"),
                                   QStringLiteral("circleci")};
    return types.contains(o.value(QStringLiteral("type")).toString())
        && o.value(QStringLiteral("claims")).isObject();
}

bool validPermissions(const QJsonObject &o)
{
    const QJsonArray perms = o.value(QStringLiteral("permissions")).toArray();
    if (perms.isEmpty())
        return false;
    for (const QJsonValue &p : perms)
        if (p.toString() != QLatin1String("createPackage")
            && p.toString() != QLatin1String("createStagedPackage"))
            return false;
    return true;
}

HttpResponse list(Context &ctx, const HttpRequest &request, const QString &name)
{
    Identity id;
    Package *package = nullptr;
    if (auto error = guard(ctx, request, name, &id, &package))
        return *error;
    QJsonArray out;
    for (const TrustConfig &c : package->trust)
        out.append(SandboxState::trustToJson(c));
    return HttpResponse::json(200, out);
}

HttpResponse create(Context &ctx, const HttpRequest &request, const QString &name)
{
    Identity id;
    Package *package = nullptr;
    if (auto error = guard(ctx, request, name, &id, &package))
        return *error;
    HttpResponse error;
    const auto configs = body::array(request, &error);
    if (!configs)
        return message(
            400, QStringLiteral("The request body must be a JSON array of trust configurations."));
    if (configs->size() != 1)
        return message(400, QStringLiteral("Exactly one trust configuration must be given."));
    const QJsonObject config = configs->first().toObject();
    if (!validConfig(config))
        return message(
            400, QStringLiteral("type must be github, gitlab or circleci, and claims an object"));
    if (!validPermissions(config))
        return message(
            400,
            QStringLiteral("permissions is required and must contain at least one valid route"));
    const TrustConfig wanted = SandboxState::trustFromJson(config);
    for (const TrustConfig &c : package->trust)
        if (c.type == wanted.type && c.claims == wanted.claims)
            return message(409,
                           QStringLiteral("This trusted publisher configuration already "
                                          "exists for this package."));
    // 10 since 2026-09-03; a seed may set 1 to play the registry as it was before.
    const qsizetype limit = ctx.state.trustConfigsPerPackage;
    if (package->trust.size() >= limit)
        return message(409,
                       limit == 1 ? QStringLiteral("A trusted publisher configuration "
                                                   "already exists for this package.")
                                  : QStringLiteral("A package can have at most %1 trusted "
                                                   "publisher configurations.")
                                        .arg(limit));
    if (auto challenge = auth::requireOtp(ctx, request, *id.user))
        return *challenge;
    QJsonObject withId = config;
    withId.insert(QStringLiteral("id"), crypto::newUuid());
    const TrustConfig created = SandboxState::trustFromJson(withId);
    package->trust.append(created);
    return HttpResponse::json(200, QJsonArray{SandboxState::trustToJson(created)});
}

HttpResponse remove(Context &ctx, const HttpRequest &request, const QString &name,
                    const QString &configId)
{
    Identity id;
    Package *package = nullptr;
    if (auto error = guard(ctx, request, name, &id, &package))
        return *error;
    qsizetype index = -1;
    for (qsizetype i = 0; i < package->trust.size(); ++i)
        if (package->trust[i].id == configId)
            index = i;
    if (index < 0)
        return message(404, QStringLiteral("Trusted publisher configuration not found"));
    if (auto challenge = auth::requireOtp(ctx, request, *id.user))
        return *challenge;
    package->trust.removeAt(index);
    HttpResponse r;
    r.status = 204;
    return r;
}

} // namespace

void addTrustRoutes(Router &router, Context &ctx)
{
    // Scoped names arrive as "@scope%2fname" (one segment) or, from other clients, "@scope/name".
    for (const QString &prefix :
         {QStringLiteral("/-/package/:name"), QStringLiteral("/-/package/:scope/:name")}) {
        const auto nameOf = [](const RouteParams &p) {
            return p.contains(QStringLiteral("scope")) ? p.value(QStringLiteral("scope"))
                    + QLatin1Char('/') + p.value(QStringLiteral("name"))
                                                       : p.value(QStringLiteral("name"));
        };
        router.add("GET", prefix + QLatin1String("/trust"),
                   [&ctx, nameOf](const HttpRequest &r, const RouteParams &p) {
                       return list(ctx, r, nameOf(p));
                   });
        router.add("POST", prefix + QLatin1String("/trust"),
                   [&ctx, nameOf](const HttpRequest &r, const RouteParams &p) {
                       return create(ctx, r, nameOf(p));
                   });
        router.add("DELETE", prefix + QLatin1String("/trust/:id"),
                   [&ctx, nameOf](const HttpRequest &r, const RouteParams &p) {
                       return remove(ctx, r, nameOf(p), p.value(QStringLiteral("id")));
                   });
    }
}

} // namespace td::sandbox
