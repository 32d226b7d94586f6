// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace td {

// GitHub has no token API for npm; it says when the token of an authenticated call ends in this
// answer header instead (absent for tokens without an expiry).
inline constexpr char kGitHubTokenExpirationHeader[] = "github-authentication-token-expiration";

// "2026-12-31 23:59:59 UTC" or "2026-12-31 23:59:59 +0200" → that instant in UTC; nullopt when
// the value is empty or not in either form.
std::optional<QDateTime> parseGitHubTokenExpiration(const QByteArray &value);

} // namespace td
