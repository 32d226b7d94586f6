// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Error.h"

#include <QByteArray>
#include <QString>

namespace td::cli {

// The `code` npm 11 would report for this failure: E401/E403/E404/E429/E500… from the HTTP
// status the registry answered (npm-registry-fetch's `E${status}`), EOTP and EAUTHIP as npm
// names them, ENEEDAUTH when no credential was sent, ETIMEDOUT, ECONNRESET for an answer lost
// after the request went out, the system's name for a failed connection (ECONNREFUSED,
// ENOTFOUND…); TokenDesk's own names (KEYCHAIN_LOCKED, ENETWORK…) otherwise.
QString npmErrorCode(const Error &error);

// What npm prints under --json when a command fails (lib/utils/output-error.js, flushed by
// lib/npm.js): {"error": {"code", "summary", "detail"}} with two-space indents, code first and
// left out when there is none. Ends with a newline.
QByteArray npmJsonError(const QString &code, const QString &summary, const QString &detail);

} // namespace td::cli
