// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/HttpExchange.h"
#include "core/tokens/Token.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>

namespace td {

// What the answer to DELETE /-/npm/v1/tokens/token/<key> proves (issue 12 item 5: a revoke
// succeeds only when the token is really gone).
//
// npmjs answers a revoke with 204 and no body (npm-registry-api.md §3; npm reads it with
// ignoreBody), tokendesk-sandbox the same, Verdaccio with 200 `{}`. Those answers are trusted as
// they are. Any other 2xx/3xx — an empty or `null` 200, an HTML page (a proxy or a maintenance
// page answering in the registry's place), JSON of another shape, a body that does not parse —
// is not what a registry sends when it has revoked a token, so it proves nothing: the caller
// asks the token list instead (revokeVerdict), which keeps that extra GET off the normal path.
bool isRevokeSuccessAnswer(const HttpResponse &answer);

// The token list's verdict on a revoke whose answer proved nothing: the token is gone or listed
// as revoked → success; still active → a MalformedResponse error saying the registry's answer
// could not be trusted, that the token still works, and what to do.
Result<void> revokeVerdict(const QList<Token> &listed, const QString &key,
                           const HttpResponse &answer);

// The answer proved nothing and the token list could not be read either (or `key` is a secret,
// which the list does not show): the token may still work.
Error revokeUnconfirmed(const QString &key, const HttpResponse &answer, const QString &why);

} // namespace td
