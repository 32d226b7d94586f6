// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeRegistryServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace td::test {

FakeRegistryServer::Reply
FakeRegistryServer::Reply::json(int status, const QByteArray &body,
                                QList<QPair<QByteArray, QByteArray>> headers)
{
    Reply reply;
    reply.status = status;
    reply.body = body;
    reply.headers = std::move(headers);
    reply.headers.append(qMakePair(QByteArray("content-type"), QByteArray("application/json")));
    return reply;
}

FakeRegistryServer::FakeRegistryServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeRegistryServer::onConnection);
    m_handler = [](const Request &) { return Reply::json(404, R"({"error":"not found"})"); };
}

bool FakeRegistryServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeRegistryServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort()));
}

void FakeRegistryServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                           lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length").toLongLong();
            if (buffer->size() < end + 4 + length)
                return; // wait for the rest of the body
            request.body = buffer->mid(end + 4, length);
            buffer->clear();
            m_requests.append(request);
            const Reply reply = m_handler(request);

            if (reply.mode == Reply::Mode::Hang)
                return;
            if (reply.mode == Reply::Mode::Reset) {
                socket->abort();
                return;
            }
            QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " X\r\n";
            for (const auto &[name, value] : reply.headers)
                out += name + ": " + value + "\r\n";
            const qsizetype announced = reply.mode == Reply::Mode::Truncated
                ? reply.body.size() * 2 + 10
                : reply.body.size();
            out += "content-length: " + QByteArray::number(announced) + "\r\n";
            out += "connection: close\r\n\r\n";
            out += reply.body;
            socket->write(out);
            socket->flush();
            socket->disconnectFromHost();
        });
    }
}

FakeRegistryServer::Reply FakeRegistryServer::tokenCreated(const Request &request)
{
    const QJsonObject asked = QJsonDocument::fromJson(request.body).object();
    QJsonArray scopes;
    for (const QJsonValue s : asked.value(QLatin1String("scopes")).toArray())
        scopes.append(QJsonObject{{QStringLiteral("name"), s},
                                  {QStringLiteral("type"), QStringLiteral("scope")}});
    for (const QJsonValue p : asked.value(QLatin1String("packages")).toArray())
        scopes.append(QJsonObject{{QStringLiteral("name"), p},
                                  {QStringLiteral("type"), QStringLiteral("package")}});
    const bool write = asked.value(QLatin1String("packages_and_scopes_permission"))
                           .toString()
                           .startsWith(QLatin1String("read-write"));
    const QJsonObject answer{
        {QStringLiteral("key"), QString::fromLatin1(kCreatedTokenKey)},
        {QStringLiteral("token"), QString::fromLatin1(kCreatedTokenSecret)},
        {QStringLiteral("name"), asked.value(QLatin1String("name"))},
        {QStringLiteral("expiry"), QStringLiteral("2026-12-05T12:00:00.000Z")},
        {QStringLiteral("created"), QStringLiteral("2026-11-28T12:00:00.000Z")},
        {QStringLiteral("cidr"), asked.value(QLatin1String("cidr_whitelist")).toArray()},
        {QStringLiteral("bypass_2fa"), asked.value(QLatin1String("bypass_2fa")).toBool()},
        {QStringLiteral("revoked"), QJsonValue()},
        {QStringLiteral("permissions"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("package")},
                                {QStringLiteral("action"),
                                 write ? QStringLiteral("write") : QStringLiteral("read")}}}},
        {QStringLiteral("scopes"), scopes},
    };
    return Reply::json(201, QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

} // namespace td::test
