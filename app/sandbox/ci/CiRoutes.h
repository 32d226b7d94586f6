// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/Context.h"
#include "sandbox/Router.h"

#include <functional>

namespace td::sandbox {

// The CI services' emulations (issue 15; README §CI): GitHub under /-/ci/github/, GitLab under
// /-/ci/gitlab/, CircleCI under /-/ci/circleci/, and their control API under /-/sandbox/ci/.
// Registered before addPublishRoutes, whose "/:name" would match them.
void addCiRoutes(Router &router, Context &ctx);

// The parts addCiRoutes registers.
void addGitHubCiRoutes(Router &router, Context &ctx);     // REST API + device flow
void addCiControlRoutes(Router &router, Context &ctx);    // /-/sandbox/ci/… (loopback only)
void addGitHubDeviceRoutes(Router &router, Context &ctx); // /-/ci/github/login/…

namespace ci {
// The bearer credential of a request ("Authorization: Bearer X" or "token X"); empty if none.
QByteArray bearerToken(const HttpRequest &request);
// The JSON or form-encoded body's string members (OAuth endpoints accept both).
QJsonObject formOrJson(const HttpRequest &request);
// GitHub-style time: "2026-12-05T07:30:00Z" (seconds, UTC).
QString isoSeconds(const QDateTime &t);

// The OAuth device flow (RFC 8628) as one service runs it; GitHub and GitLab differ only in these.
struct DeviceStyle
{
    QString provider;         // "github", "gitlab"
    int errorStatus = 200;    // GitHub answers errors with 200, GitLab with 400
    QString verificationUri;  // the page the user opens
    QString unknownCodeError; // GitHub "incorrect_device_code", GitLab "invalid_grant"
    // What a credential issued for `scope` may do (CiCredential permissions).
    std::function<QStringList(const QString &scope)> permissionsFor;
};
// POST …/device/code: {device_code, user_code, verification_uri, expires_in, interval}.
HttpResponse startDeviceFlow(Context &ctx, const HttpRequest &request, const DeviceStyle &style);
// POST …/access_token: authorization_pending, slow_down (interval + 5 s), expired_token,
// access_denied, or {access_token, token_type, scope} once approved (the grant is then used up).
HttpResponse pollDeviceFlow(Context &ctx, const HttpRequest &request, const DeviceStyle &style);
} // namespace ci

} // namespace td::sandbox
