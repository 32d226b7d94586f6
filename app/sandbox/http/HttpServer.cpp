// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpServer.h"

namespace td::sandbox {

HttpServer::HttpServer(RequestHandler handler, QObject *parent)
    : QObject(parent), m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

bool HttpServer::listen(quint16 port)
{
    // Loopback only: the sandbox hands out tokens and approves logins for anyone who asks.
    return m_server.listen(QHostAddress::LocalHost, port);
}

quint16 HttpServer::port() const
{
    return m_server.serverPort();
}

QString HttpServer::errorString() const
{
    return m_server.errorString();
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection())
        new HttpConnection(socket, m_handler, m_logger, this);
}

} // namespace td::sandbox
