// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registry/WebAuthPoller.h"

#include "core/registry/DelayTimer.h"
#include "core/registry/HttpTransport.h"
#include "core/registry/json/AuthDto.h"
#include "core/util/Clock.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QPointer>

namespace td {

WebAuthPoller::WebAuthPoller(Fetch fetch, DelayTimer &delay, const Clock &clock,
                             std::chrono::seconds timeLimit, QObject *parent)
    : QObject(parent),
      m_fetch(std::move(fetch)),
      m_delay(delay),
      m_clock(clock),
      m_timeLimit(timeLimit)
{ }

void WebAuthPoller::start(const QUrl &doneUrl, Done done)
{
    m_doneUrl = doneUrl;
    m_done = std::move(done);
    m_wall.start();
    poll();
}

void WebAuthPoller::cancel()
{
    m_cancelled = true;
    finish(makeError(ErrorCode::Cancelled, tr("Waiting for the browser approval was cancelled.")));
}

void WebAuthPoller::poll()
{
    if (m_finished)
        return;
    if (m_waited >= m_timeLimit
        || m_wall.elapsed() >= std::chrono::milliseconds(m_timeLimit).count())
        return finish(
            makeError(ErrorCode::Timeout,
                      tr("The approval in the browser did not arrive within %n minute(s).", nullptr,
                         int((m_timeLimit.count() + 59) / 60)),
                      tr("Start again and approve the request in the browser.")));
    QPointer<WebAuthPoller> self(this);
    m_fetch(m_doneUrl, [self](Result<HttpResponse> answer) {
        if (self)
            self->onAnswer(std::move(answer));
    });
}

void WebAuthPoller::onAnswer(Result<HttpResponse> answer)
{
    if (m_finished)
        return;
    if (!answer)
        return finish(answer.error());
    const HttpResponse &response = answer.value();
    if (response.status == 200)
        return finish(json::parseTokenAnswer(response.body));
    if (response.status == 202) {
        const auto retryAfter = parseRetryAfter(response.header("retry-after"), m_clock.now());
        // npm polls again at once without a retry-after; one second keeps us polite.
        std::chrono::milliseconds wait = std::chrono::seconds(1);
        if (retryAfter && *retryAfter > std::chrono::seconds(0))
            wait = *retryAfter;
        m_waited += wait;
        m_delay.start(wait, this, [this] { poll(); });
        return;
    }
    qCDebug(lcRegistry) << "web approval poll ended with HTTP" << response.status;
    finish(makeError(response.status == 404 || response.status == 403
                         ? ErrorCode::Timeout
                         : ErrorCode::MalformedResponse,
                     response.status == 404 || response.status == 403
                         // npmjs answers the same for a denied and for a lapsed request.
                         ? tr("The browser approval was denied, or expired before it was "
                              "completed.")
                         : tr("The registry gave an unexpected answer (HTTP %1) while waiting for "
                              "the browser approval.")
                               .arg(response.status),
                     tr("Start again and approve the request in the browser."), response.status));
}

void WebAuthPoller::finish(Result<SecretBuffer> result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_done)
        m_done(std::move(result));
    deleteLater();
}

} // namespace td
