// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace td::jsontext {

// Reading JSON text (RFC 8259) one level at a time, without building a tree: the members of an
// object and the elements of an array, each as the exact text the sender wrote. Every value it
// hands out has been checked whole (strings: escapes, control characters, UTF-8; numbers: the
// grammar; nesting at most kMaxDepth), so a caller may copy a string without a backslash as is.
//
// Why not a parser: `token list --json` prints the registry's objects with their members in the
// registry's order (as npm does), and a tree from nlohmann or QJsonDocument sorts them; re-reading
// 1,000 objects into a tree and writing it out again was most of that command's time (issue 18).

inline constexpr int kMaxDepth = 128;

struct Member
{
    QByteArrayView key; // the key as written, quotes included
    QByteArrayView value;
};

// The value that `text` holds, with the space around it trimmed; nullopt unless it is exactly
// one well-formed value.
std::optional<QByteArrayView> wholeValue(QByteArrayView text);

// An object's members in the order written (duplicates kept); nullopt unless `object` is one
// well-formed object.
std::optional<QList<Member>> members(QByteArrayView object);

// An array's elements in order; nullopt unless `array` is one well-formed array.
std::optional<QList<QByteArrayView>> elements(QByteArrayView array);

// The elements of the array that `object`'s member `name` holds (the last one, when repeated),
// read in the same pass that checks the object: nullopt unless `object` is one well-formed object
// with such a member holding an array. `members`, when given, receives what members() would.
std::optional<QList<QByteArrayView>> memberElements(QByteArrayView object, QByteArrayView name,
                                                    QList<Member> *members = nullptr);

// An array element as memberObjects() reads it: its text and, when it is an object, its members.
struct Element
{
    QByteArrayView text;
    std::optional<QList<Member>> members; // what members(text) gives; nullopt for a non-object
};

// memberElements(), with each element that is an object read into its members in the same pass:
// a token list's 1,000 objects are scanned once, not twice (issue 18).
std::optional<QList<Element>> memberObjects(QByteArrayView object, QByteArrayView name,
                                            QList<Member> *members = nullptr);

// True when a checked key (quotes included) names `name` (Latin-1), escaped or not.
bool keyIs(QByteArrayView keyText, QByteArrayView name);

// True when a checked string (quotes included) has an escape, so it needs decoding to be
// compared or re-written; without one its bytes between the quotes are its UTF-8.
bool hasEscape(QByteArrayView string);

// True when the text holds a \uD800-\uDFFF escape anywhere (a lone surrogate or half of a pair):
// the scanner keeps a lone one as JavaScript does, where Qt's and nlohmann's parsers do not, so a
// reader that must agree with one of them leaves such a text to it. Looks only where memchr finds
// a backslash (rare in the texts read).
bool hasSurrogateEscape(QByteArrayView text);

// The text of a checked string, escapes decoded (surrogate pairs joined, a lone surrogate kept
// as it is, as JavaScript keeps it).
QString decodeString(QByteArrayView string);

} // namespace td::jsontext
