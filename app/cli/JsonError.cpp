// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonError.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace td::cli {

namespace {

// A JSON string literal, escaped by Qt's writer: ["…"] without the brackets.
QByteArray quoted(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

QString npmErrorCode(const Error &error)
{
    switch (error.code) {
    case ErrorCode::EOTP:
    case ErrorCode::EAUTHIP:
        return error.codeName(); // npm names these by the registry's header, not the status
    case ErrorCode::AnswerLost:
        return QStringLiteral("ECONNRESET");
    case ErrorCode::Network:
        if (!error.systemCode.isEmpty())
            return error.systemCode; // ECONNREFUSED, ENOTFOUND…, as Node names them
        break;
    default:
        break;
    }
    // A registry answer: npm-registry-fetch's HttpErrorGeneral says `E${statusCode}`, also
    // where TokenDesk words it as "session ended" (ENEEDAUTH) or a server error (E5XX).
    if (error.httpStatus >= 400 && error.httpStatus <= 599)
        return QStringLiteral("E%1").arg(error.httpStatus);
    return error.codeName();
}

QByteArray npmJsonError(const QString &code, const QString &summary, const QString &detail)
{
    QByteArray json = "{\n  \"error\": {\n";
    if (!code.isEmpty())
        json += "    \"code\": " + quoted(code) + ",\n";
    json += "    \"summary\": " + quoted(summary.trimmed()) + ",\n";
    json += "    \"detail\": " + quoted(detail.trimmed()) + "\n  }\n}\n";
    return json;
}

} // namespace td::cli
