// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tokens/Token.h"

#include <QJsonObject>

namespace td {

// Token metadata ⇄ JSON for TokenDesk's own files (the cache), not the registry's wire format.
// Never carries a secret: a redacted value that looks like a whole npm token is masked first.
QJsonObject tokenToJson(const Token &token);
// False when a required field (key) is missing or a field has the wrong type.
bool tokenFromJson(const QJsonObject &object, Token *token);

// True for a string shaped like a whole npm token ("npm_" + 36 letters/digits).
bool looksLikeNpmSecret(const QString &text);
// "npm_abcd...wxyz", the registry's own masked form.
QString maskNpmSecret(const QString &secret);

} // namespace td
