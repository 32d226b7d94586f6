// SPDX-License-Identifier: GPL-3.0-or-later
// GitLab's API v4 user and OAuth device flow, emulated (README §CI); the CI/CD variables are in
// GitLabVariableRoutes.cpp.
#include "sandbox/ci/GitLabCiRoutes.h"

#include "sandbox/ci/CiRoutes.h"
#include "sandbox/ci/GitLabApi.h"

namespace td::sandbox {

namespace gitlab {

HttpResponse message(int status, const QJsonValue &text)
{
    return HttpResponse::json(status, QJsonObject{{QStringLiteral("message"), text}});
}

const CiCredential *signedIn(Context &ctx, const HttpRequest &request)
{
    QByteArray token = request.header("private-token").trimmed();
    if (token.isEmpty())
        token = ci::bearerToken(request);
    return ctx.ci.credential(kProvider, token);
}

} // namespace gitlab

using namespace gitlab;

namespace {

HttpResponse user(Context &ctx, const HttpRequest &request)
{
    const CiCredential *who = signedIn(ctx, request);
    if (!who)
        return message(401, QStringLiteral("401 Unauthorized"));
    const int id = int(qHash(who->login, 0) % 9000000) + 1000000; // stable per login
    return HttpResponse::json(200,
                              QJsonObject{{QStringLiteral("id"), id},
                                          {QStringLiteral("username"), who->login},
                                          {QStringLiteral("name"), who->login},
                                          {QStringLiteral("state"), QStringLiteral("active")}});
}

// GitLab's device flow (GitLab >= 17.9): the shared RFC 8628 emulation with Doorkeeper's 400
// errors. A token for scope "api" acts with the approving user's roles: Maintainer and Owner
// unless the control API's approval names others.
ci::DeviceStyle deviceStyle(Context &ctx)
{
    ci::DeviceStyle style;
    style.provider = kProvider;
    style.errorStatus = 400;
    style.verificationUri = ctx.url(kOAuth + QStringLiteral("/device"));
    style.unknownCodeError = QStringLiteral("invalid_grant");
    style.permissionsFor = [](const QString &scope) {
        return scope.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(QLatin1String("api"))
            ? QStringList{QStringLiteral("maintainer"), QStringLiteral("owner")}
            : QStringList();
    };
    return style;
}

HttpResponse devicePage(const HttpRequest &request)
{
    const QString code = request.queryValue(QStringLiteral("user_code")).toHtmlEscaped();
    return HttpResponse::html(
        200,
        QStringLiteral("<!doctype html><title>GitLab device authorization (sandbox)</title>"
                       "<h1>Authorize the device</h1><p>Code: <b>%1</b></p><p>The sandbox "
                       "approves it through its control API: POST /-/sandbox/ci/device "
                       "{\"provider\":\"gitlab\",\"user_code\":\"%1\",\"action\":\"approve\","
                       "\"login\":\"maintainer\"}.</p>")
            .arg(code.isEmpty() ? QStringLiteral("ABCD-1234") : code));
}

} // namespace

void seedGitLabCiDemo(CiState &ci)
{
    ci.addCredential(kProvider, QStringLiteral("maintainer"), {QStringLiteral("maintainer")},
                     QString::fromLatin1(kGitLabDemoMaintainerToken));
    ci.addCredential(kProvider, QStringLiteral("reporter"), {},
                     QString::fromLatin1(kGitLabDemoReporterToken));
    ci.addStore(CiState::makeId(kProvider, QStringLiteral("project"),
                                {QStringLiteral("acme/widgets"), QStringLiteral("*")}));
    ci.addStore(CiState::makeId(kProvider, QStringLiteral("group"),
                                {QStringLiteral("acme"), QStringLiteral("*")}));
}

void addGitLabCiRoutes(Router &router, Context &ctx)
{
    seedGitLabCiDemo(ctx.ci);
    Context *c = &ctx;
    router.add("GET", kApi + QStringLiteral("/user"),
               [c](const HttpRequest &r, const RouteParams &) { return user(*c, r); });
    addGitLabVariableRoutes(router, ctx);
    router.add("POST", kOAuth + QStringLiteral("/authorize_device"),
               [c](const HttpRequest &r, const RouteParams &) {
                   return ci::startDeviceFlow(*c, r, deviceStyle(*c));
               });
    router.add("POST", kOAuth + QStringLiteral("/token"),
               [c](const HttpRequest &r, const RouteParams &) {
                   return ci::pollDeviceFlow(*c, r, deviceStyle(*c));
               });
    router.add("GET", kOAuth + QStringLiteral("/device"),
               [](const HttpRequest &r, const RouteParams &) { return devicePage(r); });
}
} // namespace td::sandbox
