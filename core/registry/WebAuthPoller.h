// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/HttpExchange.h"
#include "core/util/Result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>

namespace td {

class Clock;
class DelayTimer;

// Polls a doneUrl the way npm-profile does: 202 + retry-after -> wait and ask again; 200 with
// {token} -> done; anything else -> failure. Stops on cancel() and after a time limit (counted
// both as the waits it asked for and as wall time, whichever is reached first). Deletes itself
// after reporting once.
class WebAuthPoller final : public QObject
{
    Q_OBJECT
public:
    using Fetch = std::function<void(const QUrl &, std::function<void(Result<HttpResponse>)>)>;
    using Done = std::function<void(Result<SecretBuffer>)>;

    WebAuthPoller(Fetch fetch, DelayTimer &delay, const Clock &clock,
                  std::chrono::seconds timeLimit, QObject *parent = nullptr);

    void start(const QUrl &doneUrl, Done done);
    void cancel();

private:
    void poll();
    void onAnswer(Result<HttpResponse> answer);
    void finish(Result<SecretBuffer> result);

    Fetch m_fetch;
    DelayTimer &m_delay;
    const Clock &m_clock;
    std::chrono::seconds m_timeLimit;
    std::chrono::milliseconds m_waited{0};
    QElapsedTimer m_wall;
    QUrl m_doneUrl;
    Done m_done;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace td
