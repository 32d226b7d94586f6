// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registry/HttpErrorMapper.h"

#include "core/registry/json/ErrorBody.h"
#include "core/util/Logging.h"

#include <QCoreApplication>

namespace td {

namespace {

// The registry's own words, cleaned for display: short, one line, never a credential.
QString registryWords(const HttpResponse &response)
{
    QString text = json::serverMessage(response.body);
    if (text.isEmpty())
        text = QString::fromUtf8(response.header("npm-notice"));
    text = redact(text.simplified());
    if (text.size() > 300)
        text = text.left(300) + QStringLiteral("…");
    return text;
}

QString withWords(const QString &message, const QString &words)
{
    return words.isEmpty() ? message : message + QStringLiteral(" (") + words + QLatin1Char(')');
}
} // namespace

Error notSignedInError(const QString &registryHost)
{
    return makeError(
        ErrorCode::ENEEDAUTH,
        QCoreApplication::translate("td::RegistryClient", "You are not signed in to %1.")
            .arg(registryHost),
        QCoreApplication::translate("td::RegistryClient",
                                    "Sign in first (in TokenDesk's Accounts list, or with "
                                    "'tokendesk-cli login')."));
}

Error mapHttpError(const HttpResponse &response, bool sessionAuth, bool otpWasSent,
                   bool passwordSent)
{
    const int status = response.status;
    const QString words = registryWords(response);
    const QByteArray challenge = response.header("www-authenticate").toLower();
    const QString host = response.url.host();
    Error error;
    error.httpStatus = status;

    if (status == 401) {
        const bool otp = challenge.contains("otp") || words.contains(QLatin1String("one-time pass"))
            || json::otpChallengeUrls(response.body).has_value();
        if (otp) {
            error.code = ErrorCode::EOTP;
            error.message = otpWasSent
                ? QCoreApplication::translate("td::RegistryClient",
                                              "The registry did not accept that one-time password.")
                : QCoreApplication::translate(
                    "td::RegistryClient",
                    "This operation requires a one-time password from your authenticator.");
            error.hint = otpWasSent
                ? QCoreApplication::translate(
                    "td::RegistryClient",
                    "It may have been mistyped or timed out; try again with a "
                    "fresh code.")
                : QCoreApplication::translate(
                    "td::RegistryClient",
                    "Enter the current code from your authenticator, or approve "
                    "the request in your browser, then try again.");
        } else if (challenge.contains("ipaddress")) {
            error.code = ErrorCode::EAUTHIP;
            error.message = QCoreApplication::translate(
                "td::RegistryClient",
                "The registry does not allow this sign-in from your IP address.");
            error.hint = QCoreApplication::translate(
                "td::RegistryClient",
                "The account or token is limited to certain IP ranges; connect from an "
                "allowed network or change the allowed ranges.");
        } else if (passwordSent && words.contains(QLatin1String("password"), Qt::CaseInsensitive)) {
            // The session got the request as far as the password check: the password is
            // wrong, the session is fine. npm's own words for this 401 ("Incorrect or missing
            // password."; "Invalid password" on some registries). A 401 that does not speak of
            // the password is the session's, below.
            error.code = ErrorCode::E401;
            error.message = QCoreApplication::translate("td::RegistryClient",
                                                        "Incorrect or missing password.");
            error.hint
                = QCoreApplication::translate("td::RegistryClient",
                                              "Check your npm password for %1 and type it again.")
                      .arg(host);
        } else if (sessionAuth) {
            error.code = ErrorCode::ENEEDAUTH;
            error.message = QCoreApplication::translate("td::RegistryClient",
                                                        "Your session with %1 has ended.")
                                .arg(host);
            error.hint
                = QCoreApplication::translate("td::RegistryClient", "Sign in again to continue.");
        } else {
            error.code = ErrorCode::E401;
            error.message
                = withWords(QCoreApplication::translate("td::RegistryClient",
                                                        "%1 did not accept the credentials.")
                                .arg(host),
                            words);
            error.hint = QCoreApplication::translate(
                "td::RegistryClient",
                "The token may have expired or been revoked; sign in again or use "
                "another token.");
        }
        return error;
    }

    switch (status) {
    case 400:
        error.code = ErrorCode::InvalidInput;
        error.message = withWords(
            QCoreApplication::translate("td::RegistryClient", "The registry rejected the request."),
            words);
        error.hint
            = QCoreApplication::translate("td::RegistryClient", "Check the values you entered.");
        break;
    case 403:
        error.code = ErrorCode::E403;
        error.message = withWords(
            QCoreApplication::translate("td::RegistryClient", "The registry refused this action."),
            words);
        error.hint = QCoreApplication::translate(
            "td::RegistryClient",
            "Check that your account may do this. Tokens that bypass 2FA cannot manage "
            "tokens or trust settings; sign in with a session instead.");
        break;
    case 404:
        error.code = ErrorCode::E404;
        error.message = withWords(
            QCoreApplication::translate("td::RegistryClient",
                                        "The registry could not find what was asked for."),
            words);
        error.hint = QCoreApplication::translate(
            "td::RegistryClient",
            "Check the name. npm also answers “not found” when you lack permission "
            "to see something.");
        break;
    case 409:
        error.code = ErrorCode::E409;
        error.message = withWords(QCoreApplication::translate(
                                      "td::RegistryClient", "This already exists on the registry."),
                                  words);
        error.hint = QCoreApplication::translate(
            "td::RegistryClient", "Refresh, then change or remove the existing one first.");
        break;
    case 422:
        error.code = ErrorCode::E422;
        error.message
            = withWords(QCoreApplication::translate("td::RegistryClient",
                                                    "The registry could not process the request."),
                        words);
        error.hint
            = QCoreApplication::translate("td::RegistryClient", "Check the values you entered.");
        break;
    case 429: {
        error.code = ErrorCode::E429;
        error.message = QCoreApplication::translate(
            "td::RegistryClient", "The registry is limiting how fast requests may be made.");
        const QByteArray wait = response.header("retry-after").trimmed();
        bool numeric = false;
        const int seconds = wait.toInt(&numeric);
        if (numeric && seconds >= 0)
            error.retryAfterSeconds = seconds;
        if (error.retryAfterSeconds >= 0)
            error.hint = QCoreApplication::translate("td::RegistryClient",
                                                     "Wait %n second(s) and try again.", nullptr,
                                                     error.retryAfterSeconds);
        else if (!wait.isEmpty()) // retry-after may also be an HTTP date
            error.hint
                = QCoreApplication::translate("td::RegistryClient", "Wait until %1 and try again.")
                      .arg(QString::fromLatin1(wait.left(40)));
        else
            error.hint
                = QCoreApplication::translate("td::RegistryClient", "Wait a minute and try again.");
        break;
    }
    default:
        if (status >= 500) {
            error.code = ErrorCode::ServerError;
            error.message = withWords(
                QCoreApplication::translate("td::RegistryClient",
                                            "The registry had an internal problem (HTTP %1).")
                    .arg(status),
                words);
            error.hint
                = QCoreApplication::translate("td::RegistryClient", "Try again in a few minutes.");
        } else {
            error.code = ErrorCode::InvalidInput;
            error.message = withWords(
                QCoreApplication::translate("td::RegistryClient", "The registry answered HTTP %1.")
                    .arg(status),
                words);
            error.hint = QCoreApplication::translate("td::RegistryClient",
                                                     "Check the request and try again.");
        }
    }
    return error;
}

} // namespace td
