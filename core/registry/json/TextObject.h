// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/JsonText.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <stdexcept>

namespace td::json {

// A JSON object read by jsontext's checked scanner, answering the questions the DTO readers ask
// of nlohmann's objects (JsonSupport.h) the way nlohmann answers them: a repeated key's last value
// counts; a field of the wrong type reads as absent. It builds no tree: the token list's 1,000
// objects are read from the registry's text in place (issue 18).
class TextObject
{
public:
    TextObject() = default; // no members: what a non-object array item reads as
    // An object whose members were read already (jsontext::memberElements).
    explicit TextObject(QList<jsontext::Member> members);

    // Nullopt unless `text` is one well-formed object.
    static std::optional<TextObject> read(QByteArrayView text);

    // The text of the member's value (its last occurrence), or nullopt.
    std::optional<QByteArrayView> find(QByteArrayView key) const;
    bool contains(QByteArrayView key) const { return find(key).has_value(); }

private:
    QList<jsontext::Member> m_members;
    bool m_escapedKeys = false; // only then does find() decode keys
};

// Thrown where nlohmann would answer in a way the text reader does not reproduce; the caller
// then reads the body with nlohmann, which gives the answer (or its error) itself.
struct NotForTextReader : std::runtime_error
{
    NotForTextReader() : std::runtime_error("not for the text reader") { }
};

// The value as a string when it is one, else nullopt.
std::optional<QString> stringValue(QByteArrayView value);

// The helpers of JsonSupport.h, for a TextObject.
bool isObject(const TextObject &o);
bool has(const TextObject &o, const char *key);
QString optString(const TextObject &o, const char *key);
QDateTime optDate(const TextObject &o, const char *key);
bool optBool(const TextObject &o, const char *key, bool fallback = false);
QStringList optStrings(const TextObject &o, const char *key);
QString requiredString(const TextObject &o, const char *key); // else NotForTextReader

// Calls `item(object)` for each item of the array member `key` (none when it is absent or not
// an array); an item that is not an object reads as an empty one, as nlohmann's find() sees it.
template<typename Item>
void forEachItem(const TextObject &o, const char *key, Item item)
{
    const std::optional<QByteArrayView> value = o.find(key);
    if (!value || !value->startsWith('['))
        return;
    const std::optional<QList<QByteArrayView>> items = jsontext::elements(*value);
    if (!items)
        throw NotForTextReader();
    for (const QByteArrayView text : *items)
        item(text.startsWith('{') ? TextObject::read(text).value_or(TextObject()) : TextObject());
}

} // namespace td::json
