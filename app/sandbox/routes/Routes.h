// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/Context.h"
#include "sandbox/Router.h"

#include <optional>

namespace td::sandbox {

class Faults;
class RequestCounters;

// Each area registers its routes; the order of registration is the order of matching.
void addAccountRoutes(Router &router, Context &ctx); // ping, whoami, login, logout, profile, done
void addTokenRoutes(Router &router, Context &ctx);
void addTrustRoutes(Router &router, Context &ctx);
void addPackageRoutes(Router &router, Context &ctx); // access, maps, orgs, search
void addOidcRoutes(Router &router, Context &ctx);
void addStageRoutes(Router &router, Context &ctx); // /-/stage… (staged publishing)
void addPageRoutes(Router &router, Context &ctx);  // HTML login/2FA pages
void addControlRoutes(Router &router, Context &ctx, Faults &faults);
// /-/npm/v1/keys, /-/npm/v1/attestations/…, /-/sandbox/trusted-root, /-/sandbox/publish (#21)
void addAttestationRoutes(Router &router, Context &ctx);
// Issue 22: dist-tags (GET/PUT/DELETE /-/package/<p>/dist-tags…), owners (PUT /<p>/-rev/<rev>),
// user documents (GET /-/user/org.couchdb.user:<u>); deprecation rides on PUT /<p> (publishing).
void addPackageWriteRoutes(Router &router, Context &ctx);
// Issue 22's control API: /-/sandbox/dist-tags, /maintainers, /deprecate, /unpublish, /requests.
void addWatchControlRoutes(Router &router, Context &ctx, RequestCounters &counters);
void addPublishRoutes(Router &router, Context &ctx); // packuments, tarballs, PUT (last: catch-all)

// The control API's staged versions (/-/sandbox/staged, /-/sandbox/stage-settings); called by
// addControlRoutes.
void addStageControlRoutes(Router &router, Context &ctx);
// POST /-/sandbox/tokens/fill (a user's listed tokens topped up to a count); called by
// addControlRoutes.
void addTokenFillRoute(Router &router, Context &ctx);
// Wraps a control handler: 403 for a peer that is not loopback.
RouteHandler loopbackOnly(RouteHandler inner);

namespace body {
// The request body as a JSON object/array, or a 400 answer.
std::optional<QJsonObject> object(const HttpRequest &request, HttpResponse *error);
std::optional<QJsonArray> array(const HttpRequest &request, HttpResponse *error);
} // namespace body

} // namespace td::sandbox
