// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/SecretBuffer.h"

#include <QByteArray>

#include <nlohmann/json.hpp>

#include <string>

namespace td::json {

// Serialises `fields` (a JSON object) with one more string member whose value is a secret,
// writing the secret straight into the SecretBuffer instead of through nlohmann's strings, so
// no unwiped copy of a password is left behind.
SecretBuffer withSecretField(const nlohmann::json &fields, const char *key,
                             const SecretBuffer &secret);

// Takes a string member out of a parsed body into a SecretBuffer and wipes the std::string.
// Returns an empty buffer when absent.
SecretBuffer takeSecretString(nlohmann::json &object, const char *key);

} // namespace td::json
