// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpConnection.h"

#include <QTimer>
#include <QUrl>

namespace td::sandbox {

namespace {

// Decodes the path but keeps "%2F" encoded, so "@scope%2fname" stays one segment for the router.
QString decodePath(const QByteArray &rawPath)
{
    QByteArray protectedPath = rawPath;
    protectedPath.replace("%2f", "%252f").replace("%2F", "%252F");
    return QUrl::fromPercentEncoding(protectedPath);
}

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 32 || u >= 127 || c == '(' || c == ')' || c == ',' || c == '/' || c == ':'
            || c == ';' || c == '<' || c == '>' || c == '=' || c == '?' || c == '@' || c == '['
            || c == ']' || c == '\\' || c == '{' || c == '}' || c == '"')
            return false;
    }
    return true;
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, RequestHandler handler, RequestLogger logger,
                               QObject *parent)
    : QObject(parent), m_socket(socket), m_handler(std::move(handler)), m_logger(std::move(logger))
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
    });
}

void HttpConnection::onReadyRead()
{
    if (!m_socket)
        return;
    m_buffer.append(m_socket->readAll());
    processBuffer();
}

void HttpConnection::processBuffer()
{
    while (m_stage != Stage::Waiting && m_stage != Stage::Closed) {
        if (m_stage == Stage::Head) {
            // Tolerate stray empty lines between pipelined requests (RFC 9112 §2.2).
            while (m_buffer.startsWith("\r\n"))
                m_buffer.remove(0, 2);
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > kMaxHead)
                    fail(431, QStringLiteral("request head too large"));
                return;
            }
            if (end > kMaxHead) {
                fail(431, QStringLiteral("request head too large"));
                return;
            }
            m_timer.start();
            const QByteArray head = m_buffer.left(end);
            m_buffer.remove(0, end + 4);
            if (!parseHead(head))
                return;
            continue;
        }
        if (m_stage == Stage::Body) {
            if (m_buffer.size() < m_expectedBody)
                return;
            m_request.body = m_buffer.left(m_expectedBody);
            m_buffer.remove(0, m_expectedBody);
            dispatch();
            continue;
        }
        if (!parseChunks())
            return;
    }
}

bool HttpConnection::parseHead(const QByteArray &head)
{
    m_request = HttpRequest{};
    m_request.peer = m_socket->peerAddress();
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine[0]) || !requestLine[1].startsWith('/')
        || !requestLine[2].startsWith("HTTP/1.")) {
        fail(400, QStringLiteral("malformed request line"));
        return false;
    }
    m_request.method = requestLine[0];
    m_request.target = requestLine[1];
    const qsizetype q = m_request.target.indexOf('?');
    m_request.path = decodePath(q < 0 ? m_request.target : m_request.target.left(q));
    if (q >= 0)
        m_request.query = QUrlQuery(QString::fromUtf8(m_request.target.mid(q + 1)));
    const bool http10 = requestLine[2] == "HTTP/1.0";

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon))) {
            fail(400, QStringLiteral("malformed header line"));
            return false;
        }
        m_request.headers.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
    }

    const QByteArray connection = m_request.header("connection").toLower();
    m_keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");

    const QByteArray transfer = m_request.header("transfer-encoding").toLower();
    if (!transfer.isEmpty()) {
        if (transfer != "chunked") {
            fail(501, QStringLiteral("unsupported transfer-encoding"));
            return false;
        }
        m_stage = Stage::ChunkSize;
        return true;
    }
    if (m_request.hasHeader("content-length")) {
        bool ok = false;
        const qlonglong length = m_request.header("content-length").toLongLong(&ok);
        if (!ok || length < 0) {
            fail(400, QStringLiteral("malformed content-length"));
            return false;
        }
        if (length > kMaxBody) {
            fail(413, QStringLiteral("request body larger than 10 MB"));
            return false;
        }
        m_expectedBody = static_cast<qsizetype>(length);
        m_stage = Stage::Body;
        return true;
    }
    m_expectedBody = 0;
    m_stage = Stage::Body;
    return true;
}

bool HttpConnection::parseChunks()
{
    for (;;) {
        if (m_stage == Stage::ChunkSize) {
            const qsizetype eol = m_buffer.indexOf("\r\n");
            if (eol < 0) {
                if (m_buffer.size() > 1024)
                    fail(400, QStringLiteral("malformed chunk size"));
                return false;
            }
            QByteArray sizeText = m_buffer.left(eol);
            m_buffer.remove(0, eol + 2);
            const qsizetype ext = sizeText.indexOf(';');
            if (ext >= 0)
                sizeText.truncate(ext);
            bool ok = false;
            const qlonglong size = sizeText.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0) {
                fail(400, QStringLiteral("malformed chunk size"));
                return false;
            }
            if (m_request.body.size() + size > kMaxBody) {
                fail(413, QStringLiteral("request body larger than 10 MB"));
                return false;
            }
            m_chunkRemaining = static_cast<qsizetype>(size);
            m_stage = size == 0 ? Stage::ChunkTrailer : Stage::ChunkData;
        } else if (m_stage == Stage::ChunkData) {
            if (m_buffer.size() < m_chunkRemaining + 2)
                return false;
            if (m_buffer.mid(m_chunkRemaining, 2) != "\r\n") {
                fail(400, QStringLiteral("malformed chunk"));
                return false;
            }
            m_request.body.append(m_buffer.left(m_chunkRemaining));
            m_buffer.remove(0, m_chunkRemaining + 2);
            m_stage = Stage::ChunkSize;
        } else if (m_stage == Stage::ChunkTrailer) {
            const qsizetype eol = m_buffer.indexOf("\r\n");
            if (eol < 0)
                return false;
            m_buffer.remove(0, eol + 2);
            if (eol == 0) { // empty line ends the trailer section
                dispatch();
                return true;
            }
        } else {
            return false;
        }
    }
}

void HttpConnection::dispatch()
{
    m_stage = Stage::Waiting;
    HttpResponse response;
    try {
        response = m_handler(m_request);
    } catch (const std::exception &) {
        response = HttpResponse::error(500, QStringLiteral("internal sandbox error"));
    }
    if (response.delayMs > 0) {
        QTimer::singleShot(response.delayMs, this, [this, response]() mutable {
            response.delayMs = 0;
            send(response);
        });
        return;
    }
    send(response);
}

void HttpConnection::send(const HttpResponse &response)
{
    if (!m_socket)
        return;
    if (m_logger)
        m_logger(m_request, response.resetConnection ? 0 : response.status, m_timer.elapsed());
    if (response.resetConnection) {
        m_stage = Stage::Closed;
        m_socket->abort();
        deleteLater();
        return;
    }
    const bool keepAlive = m_keepAlive && !response.truncateBody;
    const QByteArray out = response.head(keepAlive);
    QByteArray body;
    if (m_request.method == "HEAD")
        ;
    else if (response.truncateBody)
        body = response.body.left(response.body.size() / 2);
    else
        body = response.body;
    if (response.dripMs > 0 && !body.isEmpty()) {
        m_socket->write(out);
        m_dripRest = body;
        m_dripKeepAlive = keepAlive;
        if (!m_dripTimer) {
            m_dripTimer = new QTimer(this);
            connect(m_dripTimer, &QTimer::timeout, this, &HttpConnection::dripNextByte);
        }
        m_dripTimer->start(response.dripMs);
        return;
    }
    m_socket->write(out + body);
    finishRequest(keepAlive);
}

void HttpConnection::dripNextByte()
{
    if (!m_socket || m_dripRest.isEmpty()) {
        m_dripTimer->stop();
        return;
    }
    m_socket->write(m_dripRest.left(1));
    m_dripRest.remove(0, 1);
    if (m_dripRest.isEmpty()) {
        m_dripTimer->stop();
        finishRequest(m_dripKeepAlive);
    }
}

void HttpConnection::fail(int status, const QString &message)
{
    m_keepAlive = false;
    if (m_request.method.isEmpty())
        m_request.method = "-";
    if (!m_timer.isValid())
        m_timer.start();
    m_stage = Stage::Waiting;
    send(HttpResponse::error(status, message));
}

void HttpConnection::finishRequest(bool keepAlive)
{
    if (!keepAlive) {
        closeSoon();
        return;
    }
    m_stage = Stage::Head;
    m_request = HttpRequest{};
    m_expectedBody = 0;
    m_chunkRemaining = 0;
    if (!m_buffer.isEmpty())
        QTimer::singleShot(0, this, &HttpConnection::processBuffer);
}

void HttpConnection::closeSoon()
{
    m_stage = Stage::Closed;
    m_buffer.clear();
    if (m_socket) {
        m_socket->disconnectFromHost(); // flushes what was written, then closes
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
    }
}

} // namespace td::sandbox
