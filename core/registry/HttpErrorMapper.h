// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/HttpExchange.h"
#include "core/util/Result.h"

namespace td {

// Turns a registry answer with status >= 400 into npm's error codes (the rules npm-registry-fetch
// applies: `www-authenticate: otp` -> EOTP, `ipaddress` -> EAUTHIP, "one-time pass" text -> EOTP)
// with a plain-language message and the user's next step. `sessionAuth` says the request carried
// a sign-in session: a plain 401 then means the session ended, which becomes ENEEDAUTH
// ("sign in again") rather than a raw 401. `otpWasSent` words EOTP as "that code did not work".
// `passwordSent` says the body carried the account password (npm's token create): a plain 401
// then means that password was wrong, whatever the session, and says so.
Error mapHttpError(const HttpResponse &response, bool sessionAuth, bool otpWasSent,
                   bool passwordSent = false);

// ENEEDAUTH for a call made without any credential.
Error notSignedInError(const QString &registryHost);

} // namespace td
