// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Context.h"
#include "Faults.h"
#include "RequestCounters.h"
#include "Router.h"
#include "sandbox/http/HttpServer.h"

#include <QObject>
#include <QUrl>

namespace td::sandbox {

// The whole registry: HTTP server, routes, state, faults. Tests create one in-process on port
// 0; the tokendesk-sandbox program wraps one with command-line options.
class Sandbox : public QObject
{
    Q_OBJECT
public:
    explicit Sandbox(QObject *parent = nullptr);
    ~Sandbox() override;

    // Loads a seed ("demo", "empty", a file path); false with *error on failure.
    bool loadSeed(const QString &seed, QString *error);
    // Persists every change to this file (atomic writes); loads it first when it exists.
    bool useStateFile(const QString &path, QString *error);
    void setEra(Era era) { m_ctx.era = era; }

    bool start(quint16 port = 0);
    QString errorString() const;
    QUrl baseUrl() const; // "http://127.0.0.1:<port>/"

    // Called once per answered request (method, path, status, ms); never with a secret.
    void setRequestLogger(RequestLogger logger);

    // Handles one request without the network (used by the server and by unit tests).
    HttpResponse handle(const HttpRequest &request);

    Context &context() { return m_ctx; }

private:
    void save();

    Context m_ctx;
    Faults m_faults;
    RequestCounters m_counters;
    Router m_router;
    HttpServer m_server;
    QString m_statePath;
};

} // namespace td::sandbox
