// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/Account.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace td {

// The status bar sentence: "Synced 3 min ago · session ends in 1 h 52 min",
// "Synced 3 h ago · sign in to refresh", "Not synced yet · sign in to see your tokens".
// Pure, so every boundary is tested with fixed times.
QString syncStatusText(const QDateTime &syncedAt, const std::optional<Account> &account,
                       const QDateTime &now);

// "just now", "3 min ago", "3 h ago", "2 d ago".
QString agoText(const QDateTime &when, const QDateTime &now);

} // namespace td
