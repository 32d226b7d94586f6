// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cisecrets/CiSecretClient.h"

#include <QDateTime>
#include <QString>

namespace td {

// The desktop's words for CI secrets, kept out of the widgets so they can be tested alone.

// "updated 41 days ago", "updated 3 hours ago", "updated just now"; empty when `when` is invalid.
QString ciUpdatedAgo(const QDateTime &when, const QDateTime &now);

// One line of the details pane for a CI secret that holds the token:
// "secret NPM_TOKEN in acme/widgets, updated 41 days ago". Without a connected account for the
// target's provider: "secret NPM_TOKEN in acme/widgets — not connected: connect GitHub to update
// it automatically".
QString ciSecretLine(const CiSecretTarget &target, const CiSecretState *state, bool connected,
                     const QDateTime &now);

// "old token revoked in 9 min 12 s", "old token revoked in 45 s", "revoking the old token…".
QString ciGraceCountdown(const QDateTime &revokeAfter, const QDateTime &now);

} // namespace td
