// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// npm's package writes other than publishing, as the npm CLI makes them (lib/commands/owner.js,
// deprecate.js, dist-tag.js): who may make them and with which second factor.
#include "sandbox/auth/Auth.h"

namespace td::sandbox::writes {

// Tags and deprecations: a session, or a write token covering the package (not stage-only, not
// OIDC; none on a "disallow tokens" package). Sessions and tokens without bypass 2FA give a
// second factor (npm-otp or the skip window), as for a publish. Owners (`governance`): sessions
// only, always with a second factor. The answer to send instead, or nothing when allowed.
std::optional<HttpResponse> allowed(Context &ctx, const HttpRequest &request, const Identity &id,
                                    const Package &package, bool governance);

// PUT /<name> without attachments (npm deprecate: the ?write=true packument sent back with
// versions[v].deprecated changed). Applies the versions' `deprecated` fields; a stale `_rev`
// answers 409.
HttpResponse updateMetadata(Context &ctx, const HttpRequest &request, const Identity &id,
                            const QString &name, const QJsonObject &body);

} // namespace td::sandbox::writes
