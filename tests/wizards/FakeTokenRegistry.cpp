// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeTokenRegistry.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace td::test {

FakeTokenRegistry::FakeTokenRegistry(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeTokenRegistry::onConnection);
}

bool FakeTokenRegistry::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeTokenRegistry::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort()));
}

void FakeTokenRegistry::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                           lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = request.header("content-length").toLongLong();
            if (buffer->size() < headerEnd + 4 + length)
                return;
            request.body = buffer->mid(headerEnd + 4, length);
            buffer->clear();
            m_requests.append(request);
            const Reply reply = m_handler ? m_handler(request) : Reply{404, "{}", {}};
            QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " X\r\n"
                + "content-type: application/json\r\nconnection: close\r\ncontent-length: "
                + QByteArray::number(reply.body.size()) + "\r\n";
            for (const auto &[name, value] : reply.headers)
                out += name + ": " + value + "\r\n";
            socket->write(out + "\r\n" + reply.body);
            socket->disconnectFromHost();
        });
    }
}

FakeTokenRegistry::Reply FakeTokenRegistry::created(const Request &request)
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
        {QStringLiteral("key"), QString::fromLatin1(kKey)},
        {QStringLiteral("token"), QString::fromLatin1(kSecret)},
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
    return Reply{201, QJsonDocument(answer).toJson(QJsonDocument::Compact), {}};
}

} // namespace td::test
