// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The packument in npmjs's two shapes (full and abbreviated "corgi"), its revision and ETag, and
// the conditional answer (304 on a matching If-None-Match) that the publish watch relies on.
#include "sandbox/Context.h"
#include "sandbox/http/HttpRequest.h"
#include "sandbox/http/HttpResponse.h"

namespace td::sandbox::packument {

// What pacote sends for installs: the abbreviated document (npm-registry-api.md, publish-watch §2).
inline constexpr auto kAbbreviatedType = "application/vnd.npm.install-v1+json";

// The full document as GET /<name> (and ?write=true) answers it, with `_rev`.
QJsonObject full(const Context &ctx, const Package &package);
// The abbreviated document: name, modified, dist-tags and per version the install fields only
// (no _npmUser, time or maintainers); hasInstallScript computed from scripts and gypfile.
QJsonObject abbreviated(const Context &ctx, const Package &package);

// "<n>-<hash>": changes whenever the stored package changes (owner and metadata writes check it).
QString revision(const Context &ctx, const Package &package);
// The time the package last changed: time.modified, else the newest version time.
QString modified(const Package &package);
// Records a change that is not a publish (tags, owners, deprecations): npmjs moves `modified`.
void touch(Context &ctx, Package &package);

// True when the request asks for the abbreviated document (Accept) and not for a write.
bool wantsAbbreviated(const HttpRequest &request);

// 200 with a strong ETag over the body, or 304 (ETag, no body) when If-None-Match names it.
HttpResponse conditionalJson(const HttpRequest &request, const QJsonObject &document,
                             const QByteArray &contentType);

} // namespace td::sandbox::packument
