// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

#include <functional>

namespace td::test {

// A loopback HTTP/1.1 server with a handler lambda, for RegistryClient, account, CLI and wizard
// tests: it records every request (headers included) and can answer normally, reset the
// connection, send a truncated body or never answer. One request per connection (it always
// closes). Small on purpose: the full registry behaviour is tokendesk-sandbox's job.
class FakeRegistryServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray target;                    // path and query, as sent
        QMap<QByteArray, QByteArray> headers; // names lower-cased
        QByteArray body;
        QByteArray header(const QByteArray &name) const { return headers.value(name); }
        bool hasHeader(const QByteArray &name) const { return headers.contains(name); }
    };
    struct Reply
    {
        enum class Mode { Normal, Reset, Truncated, Hang };
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        Mode mode = Mode::Normal;

        static Reply json(int status, const QByteArray &body,
                          QList<QPair<QByteArray, QByteArray>> headers = {});
    };
    using Handler = std::function<Reply(const Request &)>;

    explicit FakeRegistryServer(QObject *parent = nullptr);

    bool listen();        // 127.0.0.1, any free port
    QUrl baseUrl() const; // http://127.0.0.1:<port>/
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const Handler &handler() const { return m_handler; }
    const QList<Request> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

    // The 201 answer to POST /-/npm/v1/tokens: a granular token echoing what was asked for
    // (name, packages, scopes, CIDR, bypass 2FA, permission), with the fixed secret and key below.
    static Reply tokenCreated(const Request &request);
    static constexpr const char *kCreatedTokenSecret = "npm_CreatedByTheFakeRegistry0123456789";
    static constexpr const char *kCreatedTokenKey = "0b6f3a52-1111-4e3c-9d55-5d2a9c1e7a01";

private:
    void onConnection();

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
};

} // namespace td::test
