// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace td {

// Failure categories. Registry ones carry npm's own code names so users can search for them.
enum class ErrorCode {
    Network,    // connection refused, reset, DNS, TLS
    AnswerLost, // a write request was sent but its answer never came: the registry may have acted
    Timeout,
    MalformedResponse,
    E401,
    EOTP,
    E403,
    E404,
    E409,
    E422,
    E429,
    EAUTHIP,
    ENEEDAUTH,
    ServerError,
    KeychainUnavailable, // no Secret Service, no backend
    KeychainLocked,
    KeychainTimeout,
    NotFound, // local lookups (no such secret, no such account)
    Io,       // local files
    InvalidInput,
    Cancelled,
    Unsupported,
};

// An error a user can act on: what happened (message) and what to do next (hint).
// Both are already translated; neither ever contains a secret.
struct Error
{
    ErrorCode code = ErrorCode::InvalidInput;
    QString message;
    QString hint;
    int httpStatus = 0;
    // For E429: the registry's retry-after in seconds when it gave one as a number, else -1.
    int retryAfterSeconds = -1;
    // For a connection that failed: the system's name npm reports for it ("ECONNREFUSED",
    // "ENOTFOUND", "ECONNRESET", "ETIMEDOUT"); empty otherwise or when unknown.
    QString systemCode = {};

    // The npm-style code name ("E401", "EOTP") or a TokenDesk one ("KEYCHAIN_LOCKED").
    QString codeName() const;
    // "message hint" on one line, for the CLI and status bars.
    QString oneLine() const;
};

QString errorCodeName(ErrorCode code);

} // namespace td

Q_DECLARE_METATYPE(td::Error)
