// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/JavaScriptText.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <string>

namespace td::jsontext {

// JSON text re-written the way Node writes JSON.stringify(JSON.parse(text), null, 2), byte for
// byte, so tokendesk-cli prints what npm prints: two spaces per level, `[]` and `{}` when empty,
// members in JavaScript's order (array-index keys first, ascending, then the rest as written; a
// repeated key keeps its first place and its last value), strings and numbers as JavaScript
// writes them. It reads the text with jsontext's checked scanner and builds no tree.

// `object[key] = value` for a string value, applied to the outermost object before it is written.
struct StringMember
{
    QString key;
    QString value;
};

// Appends `value` (one JSON value; space around it is allowed) as if nested `depth` levels deep,
// with `set` applied when it is an object. False, with `out` as it was, when `value` is not
// well-formed JSON or nests deeper than kMaxDepth.
bool appendStringified(QByteArray &out, QByteArrayView value, int depth,
                       const StringMember *set = nullptr);
// The same into a std::string, for many values in a row (`token list --json`).
bool appendStringified(std::string &out, QByteArrayView value, int depth,
                       const StringMember *set = nullptr);

namespace detail {
// The same, always by reading each object's members first: what appendStringified falls back to
// where its single pass gives up, and what the fuzzer holds that pass to.
bool appendStringifiedByMembers(std::string &out, QByteArrayView value, int depth,
                                const StringMember *set = nullptr);
} // namespace detail

} // namespace td::jsontext
