// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/DelayTimer.h"
#include "registry/TwoFactorPrompt.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace td::test {

// A loopback HTTP/1.1 server for the token-creation tests: records every request and answers
// through a handler lambda (one request per connection; it always closes). Small on purpose:
// the full registry behaviour is tokendesk-sandbox's job.
class FakeTokenRegistry : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QMap<QByteArray, QByteArray> headers; // lower-cased names
        QByteArray body;
        QByteArray header(const QByteArray &name) const { return headers.value(name); }
    };
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    using Handler = std::function<Reply(const Request &)>;

    explicit FakeTokenRegistry(QObject *parent = nullptr);
    bool listen();
    QUrl baseUrl() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<Request> &requests() const { return m_requests; }

    // A granular token echoing what was asked for, with the known secret below.
    static Reply created(const Request &request);
    static constexpr const char *kSecret = "npm_CreatedByTheFakeRegistry0123456789";
    static constexpr const char *kKey = "0b6f3a52-1111-4e3c-9d55-5d2a9c1e7a01";

private:
    void onConnection();

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
};

// Fires delays at once, so polling tests take no time.
class InstantDelayTimer final : public DelayTimer
{
public:
    void start(std::chrono::milliseconds, QObject *context, std::function<void()> fire) override
    {
        QTimer::singleShot(0, context, std::move(fire));
    }
};

// Answers a code challenge with a fixed code and records approval pages.
class ScriptedTwoFactor final : public TwoFactorPrompt
{
public:
    void askForCode(const QString &, CodeAnswer answer) override
    {
        ++codeRequests;
        if (code.isEmpty())
            return answer(makeError(ErrorCode::Cancelled, QStringLiteral("cancelled")));
        answer(SecretBuffer(QByteArrayView(code)));
    }
    void showApprovalPage(const QUrl &url, Purpose, std::function<void()>) override
    {
        pages << url;
    }

    QByteArray code;
    int codeRequests = 0;
    QList<QUrl> pages;
};

} // namespace td::test
