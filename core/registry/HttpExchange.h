// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/SecretBuffer.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

#include <chrono>
#include <memory>

namespace td {

// One HTTP request as RegistryClient builds it, before the transport adds anything.
// The body may hold a password, so it lives in a SecretBuffer shared by the retries of one call
// and wiped when the last of them is done.
struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers; // may include Authorization and npm-otp
    std::shared_ptr<const SecretBuffer> body;     // JSON, or null for no body
    bool urlHasSecret = false; // logout puts the session token in the path: never log the URL
};

// The registry's answer, whatever the status. Header names are lower-case.
struct HttpResponse
{
    int status = 0;
    QUrl url; // after redirects
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        for (const auto &[name, value] : headers)
            if (name == lowerCaseName)
                return value;
        return {};
    }
};

// Limits applied to every call; the defaults are the product's (design §4, issue 4).
struct TransportOptions
{
    std::chrono::milliseconds timeout{30000}; // no progress for this long = Timeout
    // The whole exchange (each attempt) must end within this, however steadily a server trickles
    // bytes (a body dripping one byte every 5 s keeps resetting `timeout` forever).
    std::chrono::milliseconds deadline{60000};
    qint64 maxResponseBytes = 10 * 1024 * 1024;
    int maxRateLimitRetries = 3;            // 429 answers retried after retry-after
    std::chrono::seconds maxRetryAfter{60}; // longer waits are reported, not slept through
    int maxRedirects = 5;
};

// A limit the user set in seconds (tokendesk-cli --timeout, the desktop's "network/timeoutSeconds"
// setting or TOKENDESK_TIMEOUT) becomes each request's deadline; 0 or less keeps the default.
inline TransportOptions withTimeoutSeconds(TransportOptions options, int seconds)
{
    if (seconds > 0)
        options.deadline = std::chrono::seconds(seconds);
    return options;
}

} // namespace td
