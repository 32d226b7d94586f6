// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/RegistryTypes.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace td::json {

// The registry's own words from an error body: `error`, `message` or `reason`; empty if the
// body is not JSON or carries none.
QString serverMessage(const QByteArray &body);

// The browser 2FA addresses of an OTP challenge ({authUrl, doneUrl}), if the body has both.
std::optional<WebAuthUrls> otpChallengeUrls(const QByteArray &body);

} // namespace td::json
