// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/http/HttpResponse.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace td::sandbox {

// Requests and bytes sent per route ("GET /:scope/:name"), counted on the server side so that a
// benchmark (the publish watch against naive polling) measures what a registry would see. The
// control API (/-/sandbox/…) is not counted; answers made by a fault rule count under
// "METHOD (fault)".
class RequestCounters
{
public:
    void record(const QByteArray &method, const QString &route, const HttpResponse &response);
    void reset(const QDateTime &since);
    // {"since", "total": {requests, bytes, body_bytes}, "routes": {"GET /:scope/:name":
    //  {requests, bytes, body_bytes, statuses: {"200": n, "304": m}}}}
    QJsonObject toJson() const;

private:
    struct Count
    {
        qint64 requests = 0;
        qint64 bytes = 0; // status line, headers and body as sent (keep-alive)
        qint64 bodyBytes = 0;
        QMap<int, qint64> statuses;
    };
    static QJsonObject countJson(const Count &c);

    QMap<QString, Count> m_routes;
    Count m_total;
    QDateTime m_since;
};

} // namespace td::sandbox
