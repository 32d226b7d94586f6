// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace td::sandbox {

// What the server sends back, plus transport-level directives used by fault injection: the
// connection layer honours them so that a client sees a real delay, reset or short body.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    int delayMs = 0;              // wait before answering
    bool resetConnection = false; // abort the TCP connection instead of answering
    bool truncateBody = false;    // announce the full length, send half, then close
    int dripMs = 0;               // send the body one byte every dripMs

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static HttpResponse json(int status, const QJsonObject &body);
    static HttpResponse json(int status, const QJsonArray &body);
    static HttpResponse raw(int status, const QByteArray &contentType, const QByteArray &body);
    // npm's error shape: {"error": "..."} (the CLI prints the "error" member).
    static HttpResponse error(int status, const QString &message);
    static HttpResponse html(int status, const QString &page);

    // The status line and headers as sent (Content-Type when missing, Content-Length, Connection).
    QByteArray head(bool keepAlive) const;

    static QByteArray reasonPhrase(int status);
};

} // namespace td::sandbox
