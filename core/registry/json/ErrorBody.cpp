// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registry/json/ErrorBody.h"

#include "core/registry/json/JsonSupport.h"

namespace td::json {

QString serverMessage(const QByteArray &body)
{
    try {
        const json j = parseBody(body);
        if (!j.is_object())
            return {};
        for (const char *key : {"error", "message", "reason"}) {
            QString text = optString(j, key);
            if (!text.isEmpty())
                return text;
        }
    } catch (const json::exception &) { }
    return {};
}

std::optional<WebAuthUrls> otpChallengeUrls(const QByteArray &body)
{
    try {
        const json j = parseBody(body);
        if (!j.is_object())
            return std::nullopt;
        WebAuthUrls urls{QUrl(optString(j, "authUrl")), QUrl(optString(j, "doneUrl"))};
        if (urls.authUrl.isValid() && !urls.authUrl.isEmpty() && urls.doneUrl.isValid()
            && !urls.doneUrl.isEmpty())
            return urls;
    } catch (const json::exception &) { }
    return std::nullopt;
}

} // namespace td::json
