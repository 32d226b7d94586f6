// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/Context.h"
#include "sandbox/http/HttpRequest.h"
#include "sandbox/http/HttpResponse.h"

#include <optional>

namespace td::sandbox {

// Who is calling: a token (and its owner), or a user through Basic auth, or nobody.
struct Identity
{
    User *user = nullptr;
    Token *token = nullptr;
    bool basic = false;

    bool isSession() const { return token && token->kind == TokenKind::Session; }
};

// Either an identity or the error answer to send instead.
struct AuthResult
{
    Identity identity;
    std::optional<HttpResponse> error;
};

namespace auth {

inline constexpr auto kExpiredNotice
    = "Access token expired or revoked. Please try logging in again.";
inline constexpr auto kOtpRequired
    = "You must provide a one-time pass. Upgrade your client to npm@latest in order to use 2FA.";

// Resolves the Authorization header. Expired, revoked or unknown tokens answer 401 with the
// npm-notice header; a client outside the token's CIDR ranges answers 401 "ipaddress". With
// required=false a request without credentials passes with an empty identity.
AuthResult authenticate(Context &ctx, const HttpRequest &request, bool required);

// Token, trust and account management: only a session (or, in the 2025-10 era, a classic
// publish token) may do it; bypass-2FA tokens get their own 403.
std::optional<HttpResponse> requireSession(Context &ctx, const Identity &id);

// How long an approval with "skip two-factor authentication for the next 5 minutes" lasts
// (sandbox clock).
inline constexpr qint64 kSkip2faSeconds = 5 * 60;

// Whether a write may pass inside the user's skip window. Signing in and changing the account's
// own password or second factor always need a fresh factor: the skip covers writes only.
enum class SkipWindow { Honour, Ignore };

// True while the user's "skip 2FA for 5 minutes" window is open.
bool inSkipWindow(const Context &ctx, const User &user);

// 2FA for a protected action: passes inside the user's skip window (unless `skip` is Ignore) or
// with a valid npm-otp (TOTP, e-mail code or web code); otherwise answers the 401 challenge, with
// authUrl/doneUrl when the request asks for the web flow (npm-auth-type: web and npm-command).
std::optional<HttpResponse> requireOtp(Context &ctx, const HttpRequest &request, const User &user,
                                       SkipWindow skip = SkipWindow::Honour);

// Sends a fresh e-mail code to the user's outbox (users without an authenticator).
QString sendEmailCode(Context &ctx, const User &user, const QString &reason);

// Creates a session token (2 hours) for the user.
Token &createSession(Context &ctx, const QString &username);

bool ipInCidr(const QHostAddress &address, const QString &cidr);
bool validIpv4Cidr(const QString &cidr);

} // namespace auth
} // namespace td::sandbox

namespace td::sandbox::auth {
// Approves (or denies) a pending login or 2FA request. A login needs the user name; a 2FA
// request may name its user, which must match. `skip2fa` (2FA requests only) opens the user's
// 5-minute skip window. Returns an error message, empty on success.
QString decide(Context &ctx, Pending &pending, const QString &username, bool approve,
               bool skip2fa = false);
} // namespace td::sandbox::auth
