// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Auth.h"

namespace td::sandbox::access {

QString scopeOf(const QString &packageName); // "@acme" for "@acme/x", "" for unscoped
// Maintainers, and owners/admins of the org that owns the scope, may write.
bool userCanWrite(Context &ctx, const QString &user, const Package &package);
// Who may create a new name: anyone for unscoped, the user's own scope, members of the org.
bool userCanCreate(Context &ctx, const QString &user, const QString &packageName);
// Whether a granular/OIDC/classic token covers the package (publish needs write).
bool tokenCovers(const Token &token, const QString &packageName, bool write);
// Restricted packages are visible only to people who can write them (and their tokens).
bool canRead(Context &ctx, const Identity &id, const Package &package);

} // namespace td::sandbox::access
