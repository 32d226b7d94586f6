// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sandbox.h"

namespace td::sandbox {

Sandbox::Sandbox(QObject *parent)
    : QObject(parent), m_server([this](const HttpRequest &r) { return handle(r); })
{
    addRoutes();
}

Sandbox::~Sandbox() = default;

bool Sandbox::start(quint16 port)
{
    return m_server.listen(port);
}

QString Sandbox::errorString() const
{
    return m_server.errorString();
}

QUrl Sandbox::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.port()));
}

void Sandbox::setRequestLogger(RequestLogger logger)
{
    m_server.setLogger(std::move(logger));
}

HttpResponse Sandbox::handle(const HttpRequest &request)
{
    return m_router.route(request);
}

void Sandbox::addRoutes()
{
    m_router.add("GET", QStringLiteral("/-/ping"), [](const HttpRequest &, const RouteParams &) {
        return HttpResponse::json(200, QJsonObject{});
    });
}

} // namespace td::sandbox
