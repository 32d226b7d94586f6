// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/Context.h"
#include "sandbox/http/HttpResponse.h"

#include <QJsonObject>
#include <variant>

namespace td::sandbox::policy {

// Today's npmjs rules for POST /-/npm/v1/tokens, applied to a body that may use either the npm
// CLI's field names (description, cidr_whitelist, packages_all) or the documented ones
// (token_description, cidr, packages:["*"]). The password is checked by the caller.
// Returns the token to create (without key/secret) or the exact 400 answer.
std::variant<Token, HttpResponse> buildToken(Context &ctx, const User &owner,
                                             const QJsonObject &body);

// True for an old-style body ({password, readonly, cidr_whitelist}) without granular fields.
bool isClassicRequest(const QJsonObject &body);

// The list/create shape of a token (redacted unless withSecret).
QJsonObject publicJson(Context &ctx, const Token &token, bool withSecret);

namespace messages {
inline constexpr auto kWriteMax
    = "Invalid expiration value. Read-write tokens can only be valid for up to 90 days.";
inline constexpr auto kMinOneDay
    = "Invalid expiration value. Tokens must expire at least 1 day in the future.";
inline constexpr auto kBadExpiry = "Invalid expiration value.";
inline constexpr auto kCidr = "One or more fields contains an invalid CIDR entry.";
inline constexpr auto kNoGrant
    = "You must give this token access to at least one package, scope, or organization.";
inline constexpr auto kTooManyPackages
    = "A token may be limited to at most 50 packages and scopes.";
inline constexpr auto kTooManyOrgs = "A token may be limited to at most 50 organizations.";
inline constexpr auto kTooManyTokens = "You have reached the limit of 1000 granular access tokens.";
inline constexpr auto kNameRequired = "Token name is required.";
inline constexpr auto kNameTooLong = "Token name must be at most 40 characters.";
inline constexpr auto kDescriptionTooLong = "Token description must be at most 120 characters.";
inline constexpr auto kClassicDisabled
    = "Classic tokens can no longer be created. Create a granular access token instead.";
inline constexpr auto kPasswordRequired = "Password is required.";
inline constexpr auto kPasswordWrong = "Incorrect or missing password.";
} // namespace messages

} // namespace td::sandbox::policy
