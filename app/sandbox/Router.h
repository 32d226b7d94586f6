// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/http/HttpRequest.h"
#include "sandbox/http/HttpResponse.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace td::sandbox {

// Path parameters from a matched route, already decoded ("@scope%2fname" → "@scope/name").
using RouteParams = QHash<QString, QString>;
using RouteHandler = std::function<HttpResponse(const HttpRequest &, const RouteParams &)>;

// Matches "METHOD /a/:param/b" patterns segment by segment. ":name" matches one segment;
// "*name" as the last segment matches the rest of the path. A path that matches a pattern but
// not its method answers 405, nothing matches 404.
class Router
{
public:
    void add(const QByteArray &method, const QString &pattern, RouteHandler handler);
    // `matched` (optional) receives "METHOD /pattern" of the route that answered, or "".
    HttpResponse route(const HttpRequest &request, QString *matched = nullptr) const;

    static QString decodeSegment(const QString &segment);

private:
    struct Route
    {
        QByteArray method;
        QString pattern;
        QStringList segments;
        RouteHandler handler;
    };
    static bool match(const Route &route, const QStringList &path, RouteParams *params);

    QList<Route> m_routes;
};

} // namespace td::sandbox
