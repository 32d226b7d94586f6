// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QUrl>

namespace td {

// Where TokenDesk is willing to send a request. Tokens travel only over TLS; plain http is
// allowed for loopback hosts alone, because that is where the sandbox and local test registries
// (Verdaccio on 127.0.0.1) live.
bool isLoopbackHost(const QString &host);
Result<void> checkRegistryUrl(const QUrl &url);

// Same scheme, host and port (with default ports filled in): the rule for whether a credential
// may go along to a URL.
bool sameOrigin(const QUrl &a, const QUrl &b);

// "https://host[:port]": how messages name an origin (no path, query or user info).
QString originOf(const QUrl &url);

// A registry base URL with a trailing slash, so relative endpoints resolve under its path.
QUrl normalisedBaseUrl(QUrl url);

// `base` + an already-encoded relative reference such as "-/npm/v1/tokens" or "@acme%2fwidgets".
QUrl resolveEndpoint(const QUrl &base, const QByteArray &encodedRelative);

// npm-package-arg's escaped form: "@scope/name" -> "@scope%2fname"; unscoped names unchanged.
QByteArray escapedPackageName(const QString &name);

} // namespace td
