// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tokens/Token.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace td {

// One account's cached token list, as TokenCache keeps it.
struct CachedTokenList
{
    QString accountId;
    QDateTime syncedAt;
    QList<Token> tokens;
};

// The cache file's format: {"version": 1, "accountId", "syncedAt", "tokens": [TokenJson
// entries]}, written by QJsonDocument (members sorted, indented).
inline constexpr int kTokenCacheFormatVersion = 1;

QByteArray tokenCacheText(const QString &accountId, const QList<Token> &tokens,
                          const QDateTime &syncedAt);

// The list a cache file holds for `accountId`, or what is wrong with it in words (quoted in the
// "damaged" message). The in-place reader answers first; whatever it leaves goes to the tree.
std::variant<CachedTokenList, QString> readTokenCacheText(const QByteArray &text,
                                                          const QString &accountId);

// QJsonDocument's reading, which decides every text and words every problem.
std::variant<CachedTokenList, QString> readTokenCacheTree(const QByteArray &text,
                                                          const QString &accountId);

// The same list read in place by jsontext's checked scanner, without a tree: at start-up the
// desktop reads 1,000 cached tokens while it builds its window, and the tree took a core for
// about 11 ms of it (issue 18). Nullopt unless the tree would read this very list from the text;
// every text it is unsure of (a problem, an escaped surrogate, a version written as 1.0, a date
// with an escape) it leaves to the tree. tst_tokencacheformat and fuzz_registry_json compare the
// two.
std::optional<CachedTokenList> readTokenCacheInPlace(QByteArrayView text, const QString &accountId);

} // namespace td
