// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tokens/Token.h"

#include <QList>

namespace td::test {

// A believable token list relative to `now`: every state the dashboard must show (expired,
// expiring in hours and days, healthy, no expiry, revoked, bypass-2FA, classic), then filler
// tokens up to `count`.
QList<Token> demoTokens(const QDateTime &now, int count = 12);

} // namespace td::test
