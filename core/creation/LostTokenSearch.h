// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tokens/Token.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>

namespace td {

// What was sent in a create whose answer never arrived.
struct CreateAttempt
{
    QString accountId;
    QString name;
    QDateTime sentAt;
};

// Tokens from a fresh list that may be the one the lost create made: same name, not revoked,
// created no earlier than sentAt minus the slack; newest first.
//
// The registry stamps `created` with its own clock, so the slack absorbs the skew between that
// clock and ours. A token without a creation time cannot be dated and is never a candidate.
QList<Token> tokensFromLostCreate(const QList<Token> &listed, const CreateAttempt &attempt,
                                  std::chrono::seconds slack = std::chrono::seconds(120));

} // namespace td
