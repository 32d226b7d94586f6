// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <nlohmann/json.hpp>

namespace td::provenance {

// Readers for documents from the network (packuments, attestations, trust data): a missing
// member, or a value of another type, reads as empty instead of throwing, so a hostile document
// is judged by what it lacks rather than ending the verification with an exception.

// The member `key` of `object`, or a null value when `object` is not an object or lacks it.
inline const nlohmann::json &jsonMember(const nlohmann::json &object, const char *key)
{
    static const nlohmann::json none;
    if (!object.is_object())
        return none;
    const auto it = object.find(key);
    return it != object.end() ? *it : none;
}

// The string member `key` of `object`, or "" when it is missing or not a string.
inline QString jsonString(const nlohmann::json &object, const char *key)
{
    const nlohmann::json &value = jsonMember(object, key);
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

} // namespace td::provenance
