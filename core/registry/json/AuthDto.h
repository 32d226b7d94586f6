// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/RegistryTypes.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>

namespace td::json {

// GET /-/whoami -> {"username": "..."}. An answer without a user name means the registry treats
// the caller as anonymous (Verdaccio does this for an expired token): reported as E401.
Result<QString> parseWhoami(const QByteArray &body);

// POST /-/v1/login -> {loginUrl, doneUrl}; both must be http(s).
Result<WebAuthUrls> parseWebLoginUrls(const QByteArray &body);

// The final 200 of a doneUrl poll, or a couch login's 201: {"token": "..."}.
Result<SecretBuffer> parseTokenAnswer(const QByteArray &body);

// PUT /-/user/org.couchdb.user:<name> body.
SecretBuffer couchLoginBody(const QString &name, const SecretBuffer &password,
                            const QDateTime &now);

// GET /-/npm/v1/user.
Result<RegistryProfile> parseProfile(const QByteArray &body);

} // namespace td::json
