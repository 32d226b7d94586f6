// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Who may stage, see and decide staged versions (docs/staged-publishing-and-2027.md §2 "Who can
// do what"). Answers follow the stage API's error shape: {"message", "error"} with the same text.
#include "sandbox/auth/Auth.h"

#include <optional>

namespace td::sandbox::stagepolicy {

inline constexpr auto kNotFound = "No staged package version found with the provided ID.";
inline constexpr auto kOidcDenied = "OIDC permission denied for this action";
inline constexpr auto kCannotDecide = "This token cannot approve or reject staged versions; use a "
                                      "session (npm login) or a read-write token, with 2FA.";

// {"message": text, "error": text}: npmjs's stage API uses "message", npm prints "error".
HttpResponse answer(int status, const QString &text);

// Whether the caller may stage a version of `name` (existing may be null for a new name).
std::optional<HttpResponse> mayStage(Context &ctx, const Identity &id, const Package *existing,
                                     const QString &name);

// Listing, viewing and downloading: every caller but OIDC tokens (403).
std::optional<HttpResponse> mayRead(const Identity &id);

// Whether the stage belongs to what the caller may see: its user may write the package and the
// token covers it (read suffices).
bool canSee(Context &ctx, const Identity &id, const StagedVersion &staged);

// Approve and reject: a session or a read-write token whose user may write the package; never a
// stage-only, read-only or OIDC token; the user must have 2FA. 2FA itself is checked separately.
std::optional<HttpResponse> mayDecide(Context &ctx, const Identity &id,
                                      const StagedVersion &staged);

} // namespace td::sandbox::stagepolicy
