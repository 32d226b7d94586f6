// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QUrl>

namespace td::test {

struct HttpReply
{
    int status = 0; // 0 = network error
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString networkError;

    QByteArray header(const QByteArray &name) const;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

// A blocking HTTP call for tests (QNetworkAccessManager + local event loop, 10 s timeout).
HttpReply httpCall(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                   const QList<QPair<QByteArray, QByteArray>> &headers = {});

// Raw bytes over TCP: sends `request`, returns everything read until the peer closes or
// `timeoutMs` passes. For malformed-request tests that a real HTTP client would refuse to send.
QByteArray rawExchange(quint16 port, const QByteArray &request, int timeoutMs = 3000);

} // namespace td::test
