// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/HttpExchange.h"
#include "core/util/Result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace td {

class Clock;
class DelayTimer;

// Carries one HTTP exchange to its final answer: follows redirects itself (within the origin, or
// to another origin only for a bodiless request without credentials; never to plain http except
// loopback), retries 429 after retry-after a bounded number of times, stops a stalled transfer
// after the timeout and any attempt after the deadline, refuses answers larger than the cap and
// never lets Qt send a write twice. Any HTTP status comes back as an HttpResponse; only transport
// failures are Errors. It deletes itself after calling `done` exactly once.
class HttpTransport final : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(Result<HttpResponse>)>;

    HttpTransport(QNetworkAccessManager *nam, DelayTimer &delay, const Clock &clock,
                  TransportOptions options, HttpRequest request, Done done,
                  QObject *parent = nullptr);

    void start();

private:
    void sendAttempt();
    void onReadyRead();
    void onMetaData();
    void onFinished();
    void onStalled();
    void onDeadline();
    void failTimedOut();
    bool followRedirect(int status);
    bool retryRateLimited();
    void fail(Error error);
    void deliver(Result<HttpResponse> result);

    QNetworkAccessManager *m_nam;
    DelayTimer &m_delay;
    const Clock &m_clock;
    TransportOptions m_options;
    HttpRequest m_request;
    Done m_done;

    QPointer<QNetworkReply> m_reply;
    QTimer *m_watchdog = nullptr;
    QTimer *m_deadline = nullptr;
    QByteArray m_body;
    QElapsedTimer m_elapsed;
    int m_redirects = 0;
    int m_rateLimitRetries = 0;
    bool m_timedOut = false;
    bool m_pastDeadline = false;
    bool m_finished = false;
};

// Seconds to wait from a retry-after value: delta-seconds or an HTTP date; nullopt if absent or
// unreadable.
std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);

} // namespace td
