// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registry/RevokeCheck.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace td {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("td::RegistryClient", text);
}

// "an empty body", "an HTML page", …: what came back instead of a revoke's answer.
QString describe(const HttpResponse &answer)
{
    const QByteArray body = answer.body.trimmed();
    if (body.isEmpty())
        return translated("an empty body");
    if (body.startsWith('<') || answer.header("content-type").contains("html"))
        return translated("an HTML page");
    QJsonParseError error{};
    QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError || body == "null")
        return translated("JSON that is not a revoke's answer");
    return translated("a body that is not JSON");
}

// How the messages name the token: its key, never a secret (a revoke by full token is possible).
QString tokenLabel(const QString &key, const QString &name = {})
{
    const QString id = key.startsWith(QLatin1String("npm_")) ? QStringLiteral("npm_…") : key;
    return name.isEmpty() ? id : QStringLiteral("“%1” (%2)").arg(name, id);
}
} // namespace

bool isRevokeSuccessAnswer(const HttpResponse &answer)
{
    // 204 No Content / 205 Reset Content carry no body by protocol.
    if (answer.status == 204 || answer.status == 205)
        return true;
    if (answer.status < 200 || answer.status >= 300)
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(answer.body);
    return doc.isObject() && doc.object().isEmpty(); // Verdaccio's 200 {}
}

Result<void> revokeVerdict(const QList<Token> &listed, const QString &key,
                           const HttpResponse &answer)
{
    for (const Token &token : listed) {
        if (token.key != key || token.isRevoked())
            continue;
        return makeError(
            ErrorCode::MalformedResponse,
            translated("The registry's answer to revoking token %1 could not be trusted (HTTP %2 "
                       "with %3), and the token is still active.")
                .arg(tokenLabel(key, token.name))
                .arg(answer.status)
                .arg(describe(answer)),
            translated("Revoke it again in a few minutes; if the answer stays the same, revoke "
                       "it on the registry's website."),
            answer.status);
    }
    return {}; // gone, or listed as revoked
}

Error revokeUnconfirmed(const QString &key, const HttpResponse &answer, const QString &why)
{
    Error error;
    error.code = ErrorCode::MalformedResponse;
    error.httpStatus = answer.status;
    error.message = translated("The registry's answer to revoking token %1 could not be trusted "
                               "(HTTP %2 with %3), and TokenDesk could not check whether the "
                               "token is gone: %4")
                        .arg(tokenLabel(key))
                        .arg(answer.status)
                        .arg(describe(answer), why);
    error.hint = translated("The token may still be active: look for it in the token list and "
                            "revoke it again if it is there.");
    return error;
}

} // namespace td
