// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Router.h"
#include "http/HttpServer.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace td::sandbox {

// The whole registry: HTTP server, routes and state. Tests create one in-process on port 0;
// the tokendesk-sandbox program wraps one with command-line options.
class Sandbox : public QObject
{
    Q_OBJECT
public:
    explicit Sandbox(QObject *parent = nullptr);
    ~Sandbox() override;

    bool start(quint16 port = 0);
    QString errorString() const;
    QUrl baseUrl() const; // "http://127.0.0.1:<port>/"

    // Called once per answered request (method, path, status, ms); never with a secret.
    void setRequestLogger(RequestLogger logger);

    // Handles one request without the network (used by the server and by unit tests).
    HttpResponse handle(const HttpRequest &request);

private:
    void addRoutes();

    Router m_router;
    HttpServer m_server;
};

} // namespace td::sandbox
