// SPDX-License-Identifier: GPL-3.0-or-later
#include "Router.h"

namespace td::sandbox {

void Router::add(const QByteArray &method, const QString &pattern, RouteHandler handler)
{
    m_routes.append(
        {method, pattern, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(handler)});
}

QString Router::decodeSegment(const QString &segment)
{
    QString s = segment;
    s.replace(QLatin1String("%2f"), QLatin1String("/"), Qt::CaseInsensitive);
    return s;
}

bool Router::match(const Route &route, const QStringList &path, RouteParams *params)
{
    params->clear();
    for (qsizetype i = 0; i < route.segments.size(); ++i) {
        const QString &seg = route.segments[i];
        if (seg.startsWith(QLatin1Char('*'))) {
            if (i >= path.size())
                return false;
            (*params)[seg.mid(1)] = decodeSegment(path.mid(i).join(QLatin1Char('/')));
            return true;
        }
        if (i >= path.size())
            return false;
        if (seg.startsWith(QLatin1Char(':')))
            (*params)[seg.mid(1)] = decodeSegment(path[i]);
        else if (seg != path[i])
            return false;
    }
    return route.segments.size() == path.size();
}

HttpResponse Router::route(const HttpRequest &request, QString *matched) const
{
    if (matched)
        matched->clear();
    const QStringList path = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    bool pathMatched = false;
    RouteParams params;
    for (const Route &r : m_routes) {
        if (!match(r, path, &params))
            continue;
        const bool methodOk
            = r.method == request.method || (r.method == "GET" && request.method == "HEAD");
        if (methodOk) {
            if (matched)
                *matched = QString::fromLatin1(r.method) + QLatin1Char(' ') + r.pattern;
            return r.handler(request, params);
        }
        pathMatched = true;
    }
    if (pathMatched)
        return HttpResponse::error(405, QStringLiteral("method not allowed"));
    return HttpResponse::error(404, QStringLiteral("Not found"));
}

} // namespace td::sandbox
