// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/IsoDate.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

// Helpers shared by the DTO files. Only registry/json/ includes this header.
namespace td::json {

using nlohmann::json;

inline QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// Optional string field: absent or null -> empty.
inline QString optString(const json &j, const char *key)
{
    const auto it = j.find(key);
    if (it == j.end() || !it->is_string())
        return {};
    return qs(it->get_ref<const std::string &>()); // no copy of the std::string on the way
}

inline QDateTime optDate(const json &j, const char *key)
{
    const auto it = j.find(key);
    if (it == j.end() || !it->is_string())
        return {};
    const std::string &text = it->get_ref<const std::string &>();
    if (text.empty())
        return {};
    QDateTime when = readIsoDateTime(std::string_view(text));
    if (!when.isValid())
        return {};
    return when.toUTC();
}

inline bool optBool(const json &j, const char *key, bool fallback = false)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_boolean() ? it->get<bool>() : fallback;
}

// A string array, or an empty list for absent/null.
inline QStringList optStrings(const json &j, const char *key)
{
    QStringList out;
    const auto it = j.find(key);
    if (it == j.end() || !it->is_array())
        return out;
    for (const auto &item : *it)
        if (item.is_string())
            out.append(qs(item.get<std::string>()));
    return out;
}

// The same questions TextObject.h answers for the registry's text read in place.
inline bool isObject(const json &j)
{
    return j.is_object();
}

inline bool has(const json &j, const char *key)
{
    return j.contains(key);
}

// Throws when the field is absent or not a string.
inline QString requiredString(const json &j, const char *key)
{
    return qs(j.at(key).get<std::string>());
}

// `item(object)` for each item of the array field `key`; none when absent or not an array.
template<typename Item>
void forEachItem(const json &j, const char *key, Item item)
{
    if (const auto it = j.find(key); it != j.end() && it->is_array())
        for (const auto &element : *it)
            item(element);
}

inline Error malformed(const char *what, const std::exception &e)
{
    return makeError(ErrorCode::MalformedResponse,
                     QCoreApplication::translate("td::RegistryClient",
                                                 "The registry sent an answer TokenDesk cannot "
                                                 "read (%1).")
                         .arg(QString::fromLatin1(what)),
                     QCoreApplication::translate("td::RegistryClient",
                                                 "Try again; if it keeps happening, the registry "
                                                 "may not be npm-compatible.")
                         + QLatin1Char(' ') + QString::fromUtf8(e.what()).left(120));
}

// Parses a body or throws json::exception; callers catch at their boundary.
inline json parseBody(const QByteArray &body)
{
    return json::parse(body.constBegin(), body.constEnd());
}

} // namespace td::json
