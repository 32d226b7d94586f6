// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

namespace td::sandbox {

using RequestHandler = std::function<HttpResponse(const HttpRequest &)>;
using RequestLogger = std::function<void(const HttpRequest &, int status, qint64 ms)>;

// One client connection: parses HTTP/1.1 requests (Content-Length or chunked bodies, keep-alive,
// pipelining one request at a time) and writes the handler's answers. Anything it cannot parse
// gets a 400 JSON error and the connection closes; the process never stops for a bad client.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxBody = 10 * 1024 * 1024;
    static constexpr qsizetype kMaxHead = 64 * 1024;

    HttpConnection(QTcpSocket *socket, RequestHandler handler, RequestLogger logger,
                   QObject *parent = nullptr);

private:
    enum class Stage { Head, Body, ChunkSize, ChunkData, ChunkTrailer, Waiting, Closed };

    void onReadyRead();
    void processBuffer();
    bool parseHead(const QByteArray &head);
    bool parseChunks();
    void dispatch();
    void send(const HttpResponse &response);
    void fail(int status, const QString &message);
    void finishRequest(bool keepAlive);
    void closeSoon();
    void dripNextByte();

    QPointer<QTcpSocket> m_socket;
    RequestHandler m_handler;
    RequestLogger m_logger;
    QByteArray m_buffer;
    Stage m_stage = Stage::Head;
    HttpRequest m_request;
    qsizetype m_expectedBody = 0;
    qsizetype m_chunkRemaining = 0;
    bool m_keepAlive = true;
    QElapsedTimer m_timer;
    // A dripping answer (fault injection): the rest of the body, sent one byte per tick.
    QTimer *m_dripTimer = nullptr;
    QByteArray m_dripRest;
    bool m_dripKeepAlive = false;
};

} // namespace td::sandbox
