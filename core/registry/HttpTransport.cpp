// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registry/HttpTransport.h"

#include "core/registry/DelayTimer.h"
#include "core/registry/OneShotBodyDevice.h"
#include "core/registry/UrlPolicy.h"
#include "core/util/Clock.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>

namespace td {

namespace {

// The name Node gives the same failure (npm prints it as the error's code).
QString systemCodeFor(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::ProxyConnectionRefusedError:
        return QStringLiteral("ECONNREFUSED");
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProxyConnectionClosedError:
        return QStringLiteral("ECONNRESET");
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyNotFoundError:
        return QStringLiteral("ENOTFOUND");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return QStringLiteral("ETIMEDOUT");
    default:
        break;
    }
    return {};
}
// Only these may be sent again by anyone (Qt included) after a broken connection.
bool isIdempotentRead(const QByteArray &method)
{
    return method == "GET" || method == "HEAD";
}

bool isCredentialHeader(const QByteArray &name)
{
    // circle-token and private-token: the CI services' own credential headers (cisecrets).
    for (const char *credential : {"authorization", "proxy-authorization", "npm-otp", "cookie",
                                   "circle-token", "private-token"})
        if (name.compare(credential, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

std::chrono::milliseconds stallLimit(const TransportOptions &options)
{
    return std::min(options.timeout, options.deadline);
}

QString seconds(std::chrono::milliseconds ms)
{
    return QLocale().toString(ms.count() / 1000.0, 'g', 3);
}
} // namespace

std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong seconds = trimmed.toLongLong(&ok);
    if (ok)
        return std::chrono::seconds(std::max<qlonglong>(0, seconds));
    // HTTP-date, e.g. "Wed, 21 Oct 2026 07:28:00 GMT".
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed).chopped(4),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return std::nullopt;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    return std::chrono::seconds(std::max<qint64>(0, now.secsTo(utc)));
}

HttpTransport::HttpTransport(QNetworkAccessManager *nam, DelayTimer &delay, const Clock &clock,
                             TransportOptions options, HttpRequest request, Done done,
                             QObject *parent)
    : QObject(parent),
      m_nam(nam),
      m_delay(delay),
      m_clock(clock),
      m_options(options),
      m_request(std::move(request)),
      m_done(std::move(done))
{ }

void HttpTransport::start()
{
    m_elapsed.start();
    sendAttempt();
}

void HttpTransport::sendAttempt()
{
    if (const auto allowed = checkRegistryUrl(m_request.url); !allowed)
        return fail(allowed.error());

    QNetworkRequest request(m_request.url);
    // Redirects are ours to follow: Qt would forward Authorization to any origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    for (const auto &[name, value] : m_request.headers)
        request.setRawHeader(name, value);
    if (m_request.body)
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));

    m_body.clear();
    m_timedOut = false;
    if (isIdempotentRead(m_request.method)) {
        m_reply = m_nam->sendCustomRequest(request, m_request.method);
    } else {
        // Streamed from a device Qt cannot rewind, so a broken connection ends the call with
        // ContentReSendError instead of Qt sending the write a second time by itself.
        auto *device = new OneShotBodyDevice(m_request.body, this);
        request.setHeader(QNetworkRequest::ContentLengthHeader, device->length());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        m_reply = m_nam->sendCustomRequest(request, m_request.method, device);
        device->setParent(m_reply);
    }
    // TLS errors are never ignored: no ignoreSslErrors() anywhere. They end the reply with an
    // error, which fail() reports.
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpTransport::onReadyRead);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpTransport::onMetaData);
    connect(m_reply, &QNetworkReply::finished, this, &HttpTransport::onFinished);

    if (!m_watchdog) {
        m_watchdog = new QTimer(this);
        m_watchdog->setSingleShot(true);
        connect(m_watchdog, &QTimer::timeout, this, &HttpTransport::onStalled);
        m_deadline = new QTimer(this);
        m_deadline->setSingleShot(true);
        connect(m_deadline, &QTimer::timeout, this, &HttpTransport::onDeadline);
    }
    m_pastDeadline = false;
    m_deadline->start(m_options.deadline); // never restarted by progress
    // The stall limit counts from when the request leaves Qt's queue (at most six requests at a
    // time per host: a watch turn queues hundreds), then from each sign of progress. While the
    // request waits in that queue only the deadline runs.
    m_watchdog->stop();
    const auto kick = [this] { m_watchdog->start(stallLimit(m_options)); };
    connect(m_reply, &QNetworkReply::socketStartedConnecting, this, kick);
    connect(m_reply, &QNetworkReply::requestSent, this, kick);
    connect(m_reply, &QNetworkReply::downloadProgress, this, kick);
    connect(m_reply, &QNetworkReply::uploadProgress, this, kick);
}

void HttpTransport::onMetaData()
{
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (announced > m_options.maxResponseBytes)
        fail(makeError(
            ErrorCode::MalformedResponse,
            tr("The registry's answer is larger than %1 MB; TokenDesk stopped reading it.")
                .arg(m_options.maxResponseBytes / (1024 * 1024)),
            tr("Try again later; if it persists, the registry is misbehaving.")));
}

void HttpTransport::onReadyRead()
{
    if (m_finished || !m_reply)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > m_options.maxResponseBytes)
        fail(makeError(
            ErrorCode::MalformedResponse,
            tr("The registry's answer is larger than %1 MB; TokenDesk stopped reading it.")
                .arg(m_options.maxResponseBytes / (1024 * 1024)),
            tr("Try again later; if it persists, the registry is misbehaving.")));
}

void HttpTransport::onStalled()
{
    if (m_finished || !m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finishes the reply with OperationCanceledError -> onFinished
}

void HttpTransport::onDeadline()
{
    if (m_finished || !m_reply)
        return;
    m_pastDeadline = true;
    m_reply->abort();
}

void HttpTransport::failTimedOut()
{
    const QString host = m_request.url.host();
    const bool write = !isIdempotentRead(m_request.method);
    QString message;
    if (m_pastDeadline)
        message = write ? tr("The registry at %1 did not finish answering within %2 s; it may "
                             "have acted on the request.")
                              .arg(host, seconds(m_options.deadline))
                        : tr("The registry at %1 did not finish answering within %2 s.")
                              .arg(host, seconds(m_options.deadline));
    else
        message = write ? tr("The registry at %1 stopped answering for %2 s; it may have acted "
                             "on the request.")
                              .arg(host, seconds(stallLimit(m_options)))
                        : tr("The registry at %1 did not answer within %2 seconds.")
                              .arg(host, seconds(stallLimit(m_options)));
    fail(makeError(ErrorCode::Timeout, message,
                   write ? tr("Check whether the change was made before you try again.")
                         : tr("Check your connection and try again.")));
}

void HttpTransport::onFinished()
{
    if (m_finished || !m_reply)
        return;
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    m_watchdog->stop();
    m_deadline->stop();
    if (reply->isOpen())
        m_body += reply->readAll();
    if (m_body.size() > m_options.maxResponseBytes)
        return onReadyRead();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // On a 307/308 Qt rewinds the body for a redirect it is not going to follow (ours are
    // manual) and, the body being one-shot, reports ContentReSendError: the answer itself is whole.
    const bool redirectAnswer = status >= 300 && status < 400;
    const QNetworkReply::NetworkError error
        = redirectAnswer && reply->error() == QNetworkReply::ContentReSendError
        ? QNetworkReply::NoError
        : reply->error();
    // Only when the line is wanted: redact() runs four regular expressions, and compiling them
    // was a good part of the CLI's time from the answer to the output (issue 18).
    if (lcRegistry().isDebugEnabled()) {
        const QString shownUrl = m_request.urlHasSecret
            ? m_request.url.host() + QStringLiteral("/[path withheld]")
            : redact(m_request.url.toDisplayString());
        qCDebug(lcRegistry).noquote() << QString::fromLatin1(m_request.method) << shownUrl << status
                                      << m_elapsed.elapsed() << "ms";
    }

    if (m_timedOut || m_pastDeadline)
        return failTimedOut();
    // Errors below 100 are transport failures (refused, reset, DNS, TLS); content errors
    // (4xx/5xx) are ordinary answers here.
    const bool transportError = error != QNetworkReply::NoError && error < 100;
    if (error == QNetworkReply::ContentReSendError
        || (!isIdempotentRead(m_request.method)
            && (error == QNetworkReply::RemoteHostClosedError || (transportError && status != 0))))
        return fail(makeError(
            ErrorCode::AnswerLost,
            tr("The connection to %1 broke after the request was sent; the registry may have "
               "acted on it.")
                .arg(m_request.url.host()),
            tr("Check whether the change was made before you try again.")));
    if (status == 0 || transportError) {
        const bool truncated = status != 0;
        const bool tls = error == QNetworkReply::SslHandshakeFailedError;
        QString message = tls ? tr("The secure connection to %1 failed: %2")
                                    .arg(m_request.url.host(), reply->errorString())
            : truncated ? tr("The connection to %1 closed before the answer was complete.")
                              .arg(m_request.url.host())
                        : tr("Could not reach the registry at %1: %2")
                              .arg(m_request.url.host(), reply->errorString());
        Error failure = makeError(ErrorCode::Network, message,
                                  tls ? tr("TokenDesk never ignores certificate errors; check the "
                                           "system date and the registry's certificate.")
                                      : tr("Check your connection and the registry address, then "
                                           "try again."));
        failure.systemCode = truncated ? QString() : systemCodeFor(error);
        return fail(failure);
    }

    if (status >= 300 && status < 400 && followRedirect(status))
        return;
    if (status == 429 && retryRateLimited())
        return;

    HttpResponse response;
    response.status = status;
    response.url = m_request.url;
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.append({pair.first.toLower(), pair.second});
    response.body = std::move(m_body);
    deliver(std::move(response));
}

bool HttpTransport::followRedirect(int status)
{
    QUrl location = m_reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (location.isEmpty())
        location = QUrl::fromEncoded(m_reply->rawHeader("location"));
    if (location.isEmpty())
        return false;
    if (++m_redirects > m_options.maxRedirects) {
        fail(makeError(ErrorCode::Network, tr("The registry redirected too many times."),
                       tr("Check the registry address.")));
        return true;
    }
    const QUrl target = m_request.url.resolved(location);
    if (m_request.url.scheme() == QLatin1String("https")
        && target.scheme() != QLatin1String("https") && !isLoopbackHost(target.host())) {
        fail(makeError(ErrorCode::Unsupported,
                       tr("The registry redirected to an unencrypted address (%1); TokenDesk "
                          "refuses to follow.")
                           .arg(target.host())));
        return true;
    }
    const bool carriesSecrets = m_request.body
        || std::any_of(m_request.headers.cbegin(), m_request.headers.cend(),
                       [](const auto &h) { return isCredentialHeader(h.first); });
    if (carriesSecrets && !sameOrigin(target, m_request.url)) {
        // A body (a password, a new token's grants) or a credential never goes to another
        // origin, whatever the status: 307/308 would re-send the body as it is.
        fail(makeError(ErrorCode::Unsupported,
                       tr("The registry at %1 redirected this request to %2; TokenDesk does not "
                          "send credentials or request data to another address.")
                           .arg(originOf(m_request.url), originOf(target)),
                       tr("Check the registry address; if the registry has moved, sign in at "
                          "its new address.")));
        return true;
    }
    if (status == 303
        || ((status == 301 || status == 302) && m_request.method == QByteArrayLiteral("POST"))) {
        m_request.method = "GET";
        m_request.body.reset();
    }
    m_request.url = target;
    sendAttempt();
    return true;
}

bool HttpTransport::retryRateLimited()
{
    if (m_rateLimitRetries >= m_options.maxRateLimitRetries)
        return false;
    const auto parsed = parseRetryAfter(m_reply->rawHeader("retry-after"), m_clock.now());
    // Without a retry-after, back off 1 s, 2 s, 4 s…
    const std::chrono::seconds wait
        = parsed.value_or(std::chrono::seconds(1 << m_rateLimitRetries));
    if (wait > m_options.maxRetryAfter)
        return false; // report it with the wait in the hint instead of hanging for minutes
    ++m_rateLimitRetries;
    qCDebug(lcRegistry) << "429 from registry, retrying in" << wait.count() << "s";
    m_delay.start(wait, this, [this] { sendAttempt(); });
    return true;
}

void HttpTransport::fail(Error error)
{
    if (m_finished)
        return;
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        // Never abort() here: Qt 6.4 then reports OperationCanceledError itself, and the HTTP
        // thread's own error for the cancelled exchange arrives afterwards and makes Qt warn
        // ("QNetworkReplyImplPrivate::error: Internal problem, this method must only be called
        // once") on the CLI's stderr. Deleting the reply cancels the exchange without a second
        // error: its destructor tells the HTTP thread to stop, and queued signals die with it.
        reply->deleteLater();
    }
    deliver(std::move(error));
}

void HttpTransport::deliver(Result<HttpResponse> result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_watchdog) {
        m_watchdog->stop();
        m_deadline->stop();
    }
    m_done(std::move(result));
    deleteLater();
}

} // namespace td
