// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registry/json/AuthDto.h"

#include "core/registry/json/JsonSupport.h"
#include "core/registry/json/SecretJson.h"

namespace td::json {

namespace {
bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}
} // namespace

Result<QString> parseWhoami(const QByteArray &body)
{
    try {
        const json j = parseBody(body);
        const QString user = optString(j, "username");
        if (user.isEmpty())
            return makeError(ErrorCode::E401,
                             QCoreApplication::translate("td::RegistryClient",
                                                         "The registry no longer recognises this "
                                                         "sign-in."),
                             QCoreApplication::translate("td::RegistryClient", "Sign in again."),
                             200);
        return user;
    } catch (const json::exception &e) {
        return malformed("whoami", e);
    }
}

Result<WebAuthUrls> parseWebLoginUrls(const QByteArray &body)
{
    try {
        const json j = parseBody(body);
        WebAuthUrls urls{QUrl(qs(j.at("loginUrl").get<std::string>())),
                         QUrl(qs(j.at("doneUrl").get<std::string>()))};
        if (!isHttpUrl(urls.authUrl) || !isHttpUrl(urls.doneUrl))
            throw json::other_error::create(501, "loginUrl/doneUrl are not http(s) URLs", nullptr);
        return urls;
    } catch (const json::exception &e) {
        return malformed("web login", e);
    }
}

Result<SecretBuffer> parseTokenAnswer(const QByteArray &body)
{
    try {
        json j = parseBody(body);
        if (!j.is_object() || !j.contains("token") || !j.at("token").is_string())
            throw json::other_error::create(502, "no token in the answer", nullptr);
        SecretBuffer token = takeSecretString(j, "token");
        if (token.isEmpty())
            throw json::other_error::create(502, "empty token", nullptr);
        return token;
    } catch (const json::exception &e) {
        return malformed("token", e);
    }
}

SecretBuffer couchLoginBody(const QString &name, const SecretBuffer &password, const QDateTime &now)
{
    json fields = {
        {"_id", "org.couchdb.user:" + name.toStdString()},
        {"name", name.toStdString()},
        {"type", "user"},
        {"roles", json::array()},
        {"date", now.toUTC().toString(Qt::ISODateWithMs).toStdString()},
    };
    return withSecretField(fields, "password", password);
}

Result<RegistryProfile> parseProfile(const QByteArray &body)
{
    try {
        const json j = parseBody(body);
        RegistryProfile profile;
        profile.name = qs(j.at("name").get<std::string>());
        profile.email = optString(j, "email");
        profile.emailVerified = optBool(j, "email_verified");
        profile.created = optDate(j, "created");
        profile.cidrWhitelist = optStrings(j, "cidr_whitelist");
        const auto tfa = j.find("tfa");
        if (tfa == j.end() || tfa->is_null() || (tfa->is_boolean() && !tfa->get<bool>())) {
            profile.twoFactor = TwoFactorMode::Disabled;
        } else if (tfa->is_object()) {
            const QString mode = optString(*tfa, "mode");
            profile.twoFactorPending = optBool(*tfa, "pending");
            profile.twoFactor = mode == QLatin1String("auth-and-writes")
                ? TwoFactorMode::AuthAndWrites
                : mode == QLatin1String("auth-only") ? TwoFactorMode::AuthOnly
                                                     : TwoFactorMode::Unknown;
        }
        return profile;
    } catch (const json::exception &e) {
        return malformed("profile", e);
    }
}

} // namespace td::json
