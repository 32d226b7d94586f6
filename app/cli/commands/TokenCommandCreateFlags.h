// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/creation/TokenDraft.h"

#include <QString>
#include <QStringList>

namespace td::cli {

// What `token create` takes besides the draft itself.
struct TokenCreateOptions
{
    bool passwordStdin = false;
    QString otp; // --otp CODE: a one-time code, useless within a minute
};

// Reads npm token create's flags (design §7, npm-registry-api.md §2a) into `draft`, then checks the
// draft with the same TokenPolicy rules and texts as the wizard. Returns an empty string when all
// is well, else the one line to print, naming the flag: "--expires: Invalid expiration value. …".
QString applyTokenCreateFlags(const QStringList &arguments, TokenDraft &draft,
                              TokenCreateOptions &options);

// The flag a draft field comes from, for messages ("--cidr", "--packages/--scopes"…).
QString flagForField(TokenDraft::Field field, const TokenDraft &draft);

} // namespace td::cli
