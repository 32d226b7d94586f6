// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpConnection.h"

#include <QTcpServer>

namespace td::sandbox {

// Accepts connections on 127.0.0.1 only and hands each one to an HttpConnection.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    explicit HttpServer(RequestHandler handler, QObject *parent = nullptr);

    // Port 0 picks a free port. Returns false (with errorString()) when binding fails.
    bool listen(quint16 port);
    quint16 port() const;
    QString errorString() const;
    void setLogger(RequestLogger logger) { m_logger = std::move(logger); }

private:
    void onNewConnection();

    QTcpServer m_server;
    RequestHandler m_handler;
    RequestLogger m_logger;
};

} // namespace td::sandbox
