// SPDX-License-Identifier: GPL-3.0-or-later
// The OAuth device flow of the CI emulations (GitHub's here; GitLab's reuses startDeviceFlow and
// pollDeviceFlow with its own style). The user's side is the control API's
// POST /-/sandbox/ci/device (approve or deny a user_code); times come from the sandbox clock, so
// tests reach expiry by moving it.
#include "sandbox/ci/CiRoutes.h"

#include <QRegularExpression>

namespace td::sandbox {

namespace ci {

namespace {

const QString kDeviceGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");

HttpResponse oauthError(const DeviceStyle &style, const QString &error, const QString &description,
                        int interval = 0)
{
    QJsonObject o{{QStringLiteral("error"), error},
                  {QStringLiteral("error_description"), description}};
    if (interval > 0)
        o.insert(QStringLiteral("interval"), interval);
    return HttpResponse::json(style.errorStatus, o);
}

} // namespace

HttpResponse startDeviceFlow(Context &ctx, const HttpRequest &request, const DeviceStyle &style)
{
    const QJsonObject params = formOrJson(request);
    const QString clientId = params.value(QStringLiteral("client_id")).toString();
    if (clientId.isEmpty())
        return oauthError(style, QStringLiteral("unauthorized_client"),
                          QStringLiteral("client_id is required."));
    const CiDeviceGrant &grant
        = ctx.ci.startDevice(style.provider, clientId,
                             params.value(QStringLiteral("scope")).toString(), ctx.state.now());
    return HttpResponse::json(
        200,
        QJsonObject{{QStringLiteral("device_code"), grant.deviceCode},
                    {QStringLiteral("user_code"), grant.userCode},
                    {QStringLiteral("verification_uri"), style.verificationUri},
                    {QStringLiteral("expires_in"), 900},
                    {QStringLiteral("interval"), grant.intervalSeconds}});
}

HttpResponse pollDeviceFlow(Context &ctx, const HttpRequest &request, const DeviceStyle &style)
{
    const QJsonObject params = formOrJson(request);
    if (params.value(QStringLiteral("grant_type")).toString() != kDeviceGrant)
        return oauthError(style, QStringLiteral("unsupported_grant_type"),
                          QStringLiteral("grant_type must be %1.").arg(kDeviceGrant));
    CiDeviceGrant *grant = ctx.ci.deviceByCode(
        style.provider, params.value(QStringLiteral("device_code")).toString());
    if (!grant || grant->state == QLatin1String("issued"))
        return oauthError(style, style.unknownCodeError,
                          QStringLiteral("The device_code is not valid."));
    if (grant->clientId != params.value(QStringLiteral("client_id")).toString())
        return oauthError(style, QStringLiteral("incorrect_client_credentials"),
                          QStringLiteral("The client_id is not the one the code was made for."));
    const QDateTime now = ctx.state.now();
    if (now > grant->expiresAt)
        return oauthError(style, QStringLiteral("expired_token"),
                          QStringLiteral("The device code has expired."));
    if (grant->state == QLatin1String("denied"))
        return oauthError(style, QStringLiteral("access_denied"),
                          QStringLiteral("The user has denied the request."));
    const bool tooSoon
        = grant->lastPoll.isValid() && grant->lastPoll.msecsTo(now) < grant->intervalSeconds * 1000;
    grant->lastPoll = now;
    if (tooSoon) {
        grant->intervalSeconds += 5;
        return oauthError(style, QStringLiteral("slow_down"),
                          QStringLiteral("Too many requests; wait %1 seconds between polls.")
                              .arg(grant->intervalSeconds),
                          grant->intervalSeconds);
    }
    if (grant->state != QLatin1String("approved"))
        return oauthError(style, QStringLiteral("authorization_pending"),
                          QStringLiteral("The user has not yet approved the request."));
    const QStringList permissions = grant->permissions.isEmpty() && style.permissionsFor
        ? style.permissionsFor(grant->scope)
        : grant->permissions;
    const QString token = ctx.ci.addCredential(style.provider, grant->login, permissions);
    grant->state = QStringLiteral("issued");
    return HttpResponse::json(200,
                              QJsonObject{{QStringLiteral("access_token"), token},
                                          {QStringLiteral("token_type"), QStringLiteral("bearer")},
                                          {QStringLiteral("scope"), grant->scope}});
}

} // namespace ci

void addGitHubDeviceRoutes(Router &router, Context &ctx)
{
    const auto style = [&ctx] {
        ci::DeviceStyle s;
        s.provider = QStringLiteral("github");
        s.errorStatus = 200;
        s.verificationUri = ctx.url(QStringLiteral("/-/ci/github/login/device"));
        s.unknownCodeError = QStringLiteral("incorrect_device_code");
        // Classic OAuth scopes: "repo" covers repository and environment secrets, "admin:org"
        // organization secrets.
        s.permissionsFor = [](const QString &scope) {
            const QStringList scopes
                = scope.split(QRegularExpression(QStringLiteral("[ ,]+")), Qt::SkipEmptyParts);
            QStringList out;
            if (scopes.contains(QLatin1String("repo")))
                out << QStringLiteral("secrets:write") << QStringLiteral("environments:write");
            if (scopes.contains(QLatin1String("admin:org")))
                out << QStringLiteral("organization_secrets:write");
            return out;
        };
        return s;
    };
    router.add("POST", QStringLiteral("/-/ci/github/login/device/code"),
               [&ctx, style](const HttpRequest &r, const RouteParams &) {
                   return ci::startDeviceFlow(ctx, r, style());
               });
    router.add("POST", QStringLiteral("/-/ci/github/login/oauth/access_token"),
               [&ctx, style](const HttpRequest &r, const RouteParams &) {
                   return ci::pollDeviceFlow(ctx, r, style());
               });
    router.add("GET", QStringLiteral("/-/ci/github/login/device"),
               [](const HttpRequest &, const RouteParams &) {
                   return HttpResponse::html(
                       200,
                       QStringLiteral("<h1>Device activation</h1><p>This sandbox approves "
                                      "codes through POST /-/sandbox/ci/device.</p>"));
               });
}

} // namespace td::sandbox
