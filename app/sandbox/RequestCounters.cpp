// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestCounters.h"

#include "sandbox/state/Model.h"

namespace td::sandbox {

void RequestCounters::record(const QByteArray &method, const QString &route,
                             const HttpResponse &response)
{
    const qint64 body = method == "HEAD" || response.resetConnection ? 0 : response.body.size();
    const qint64 bytes = response.resetConnection ? 0 : response.head(true).size() + body;
    for (Count *c : {&m_routes[route], &m_total}) {
        ++c->requests;
        c->bytes += bytes;
        c->bodyBytes += body;
        ++c->statuses[response.status];
    }
}

void RequestCounters::reset(const QDateTime &since)
{
    m_routes.clear();
    m_total = {};
    m_since = since;
}

QJsonObject RequestCounters::countJson(const Count &c)
{
    QJsonObject statuses;
    for (auto it = c.statuses.begin(); it != c.statuses.end(); ++it)
        statuses.insert(QString::number(it.key()), it.value());
    return {{QStringLiteral("requests"), c.requests},
            {QStringLiteral("bytes"), c.bytes},
            {QStringLiteral("body_bytes"), c.bodyBytes},
            {QStringLiteral("statuses"), statuses}};
}

QJsonObject RequestCounters::toJson() const
{
    QJsonObject routes;
    for (auto it = m_routes.begin(); it != m_routes.end(); ++it)
        routes.insert(it.key(), countJson(it.value()));
    return {{QStringLiteral("since"), m_since.isValid() ? QJsonValue(iso(m_since)) : QJsonValue()},
            {QStringLiteral("total"), countJson(m_total)},
            {QStringLiteral("routes"), routes}};
}

} // namespace td::sandbox
