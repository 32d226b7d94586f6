// SPDX-License-Identifier: GPL-3.0-or-later
#include "Routes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace td::sandbox::body {

std::optional<QJsonObject> object(const HttpRequest &request, HttpResponse *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = HttpResponse::error(400, QStringLiteral("Request body must be a JSON object."));
        return std::nullopt;
    }
    return doc.object();
}

std::optional<QJsonArray> array(const HttpRequest &request, HttpResponse *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
        *error = HttpResponse::error(400, QStringLiteral("Request body must be a JSON array."));
        return std::nullopt;
    }
    return doc.array();
}

} // namespace td::sandbox::body
