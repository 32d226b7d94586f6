// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registry/json/TextObject.h"

#include "core/util/IsoDate.h"

#include <cstring>

namespace td::json {

TextObject::TextObject(QList<jsontext::Member> members) : m_members(std::move(members))
{
    for (const jsontext::Member &m : std::as_const(m_members))
        m_escapedKeys = m_escapedKeys || jsontext::hasEscape(m.key);
}

std::optional<TextObject> TextObject::read(QByteArrayView text)
{
    std::optional<QList<jsontext::Member>> members = jsontext::members(text);
    if (!members)
        return std::nullopt;
    return TextObject(std::move(*members));
}

std::optional<QByteArrayView> TextObject::find(QByteArrayView key) const
{
    // Keys are compared as written, unless some key has an escape (then as JSON.parse reads them).
    for (qsizetype i = m_members.size() - 1; i >= 0; --i) {
        const QByteArrayView written = m_members.at(i).key;
        const bool same = m_escapedKeys ? jsontext::keyIs(written, key)
                                        : written.size() == key.size() + 2
                && std::memcmp(written.data() + 1, key.data(), std::size_t(key.size())) == 0;
        if (same)
            return m_members.at(i).value;
    }
    return std::nullopt;
}

std::optional<QString> stringValue(QByteArrayView value)
{
    if (!value.startsWith('"'))
        return std::nullopt;
    if (jsontext::hasEscape(value))
        return jsontext::decodeString(value);
    return QString::fromUtf8(value.sliced(1, value.size() - 2));
}

bool isObject(const TextObject &)
{
    return true;
}

bool has(const TextObject &o, const char *key)
{
    return o.contains(key);
}

QString optString(const TextObject &o, const char *key)
{
    const std::optional<QByteArrayView> value = o.find(key);
    return value ? stringValue(*value).value_or(QString()) : QString();
}

QDateTime optDate(const TextObject &o, const char *key)
{
    const std::optional<QByteArrayView> value = o.find(key);
    if (!value || !value->startsWith('"') || value->size() == 2)
        return {};
    // A date has no escapes in practice: read in place, as JsonSupport.h reads nlohmann's.
    const QDateTime when = jsontext::hasEscape(*value)
        ? readIsoDateTime(QStringView(jsontext::decodeString(*value)))
        : readIsoDateTime(std::string_view(value->data() + 1, std::size_t(value->size() - 2)));
    return when.isValid() ? when.toUTC() : QDateTime();
}

bool optBool(const TextObject &o, const char *key, bool fallback)
{
    const std::optional<QByteArrayView> value = o.find(key);
    if (value == QByteArrayView("true"))
        return true;
    if (value == QByteArrayView("false"))
        return false;
    return fallback;
}

QStringList optStrings(const TextObject &o, const char *key)
{
    QStringList out;
    const std::optional<QByteArrayView> value = o.find(key);
    if (!value || !value->startsWith('['))
        return out;
    const std::optional<QList<QByteArrayView>> items = jsontext::elements(*value);
    if (!items)
        throw NotForTextReader();
    for (const QByteArrayView item : *items)
        if (std::optional<QString> text = stringValue(item))
            out.append(*text);
    return out;
}

QString requiredString(const TextObject &o, const char *key)
{
    const std::optional<QByteArrayView> value = o.find(key);
    std::optional<QString> text = value ? stringValue(*value) : std::nullopt;
    if (!text)
        throw NotForTextReader();
    return *text;
}

} // namespace td::json
