// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The real sandbox (in-process, on a loopback port) for the CI clients' tests: its CI emulation's
// API bases, the control API (credentials, seeding, check, faults) and a way to wait for a
// client's callback.
#include "HttpHelper.h"
#include "core/cisecrets/CiSecretClient.h"
#include "sandbox/Sandbox.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <optional>

namespace td::test {

class CiSandbox
{
public:
    std::unique_ptr<sandbox::Sandbox> sandbox;
    QNetworkAccessManager nam;

    bool start()
    {
        sandbox = std::make_unique<sandbox::Sandbox>();
        QString error;
        return sandbox->loadSeed(QStringLiteral("demo"), &error) && sandbox->start(0);
    }

    QUrl url(const QString &path) const { return sandbox->baseUrl().resolved(QUrl(path)); }
    QUrl gitHubApi() const { return url(QStringLiteral("/-/ci/github/api")); }

    QJsonObject control(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                        int *status = nullptr) const
    {
        const HttpReply reply = httpCall(
            method, url(path), body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(),
            {{"content-type", "application/json"}});
        if (status)
            *status = reply.status;
        return reply.json().object();
    }

    // A new credential for `provider` with these permissions; its token.
    QByteArray credential(const QString &provider, const QString &login,
                          const QStringList &permissions) const
    {
        return control("POST", QStringLiteral("/-/sandbox/ci/credentials"),
                       {{QStringLiteral("provider"), provider},
                        {QStringLiteral("login"), login},
                        {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)}})
            .value(QLatin1String("token"))
            .toString()
            .toUtf8();
    }

    // /-/sandbox/ci/check: {exists, equal, updated_at, writes}.
    QJsonObject check(const QString &targetId, const QString &value) const
    {
        return control("POST", QStringLiteral("/-/sandbox/ci/check"),
                       {{QStringLiteral("target"), targetId}, {QStringLiteral("value"), value}});
    }

    bool seed(const QString &targetId, const QString &value) const
    {
        int status = 0;
        control("POST", QStringLiteral("/-/sandbox/ci/secrets"),
                {{QStringLiteral("target"), targetId}, {QStringLiteral("value"), value}}, &status);
        return status == 200 || status == 201;
    }

    bool setFaults(const QJsonArray &rules) const
    {
        return httpCall("POST", url(QStringLiteral("/-/sandbox/faults")),
                        QJsonDocument(rules).toJson())
                   .status
            == 200;
    }

    CiClientServices services() { return CiClientServices{&nam, nullptr, nullptr, {}}; }
};

inline std::shared_ptr<const SecretBuffer> secret(const QByteArray &bytes)
{
    return std::make_shared<const SecretBuffer>(QByteArrayView(bytes));
}

// Calls `start` with a callback and spins the event loop until it is called (10 s at most).
template<class T, class Start>
std::optional<Result<T>> await(Start start)
{
    std::optional<Result<T>> result;
    start([&result](Result<T> r) { result.emplace(std::move(r)); });
    QDeadlineTimer deadline(10000);
    while (!result && !deadline.hasExpired())
        QTest::qWait(5);
    return result; // nullopt: the callback never came
}

} // namespace td::test

// The value of an awaited Result, or a test failure naming the error.
#define TD_AWAIT_OK(var, T, ...) \
    const auto var##Awaited = ::td::test::await<T>(__VA_ARGS__); \
    QVERIFY2(var##Awaited.has_value(), "the callback was never called"); \
    QVERIFY2(var##Awaited->ok(), \
             qPrintable(var##Awaited->ok() ? QString() : var##Awaited->error().oneLine())); \
    [[maybe_unused]] const auto &var = var##Awaited->value();

#define TD_AWAIT_ERROR(var, T, ...) \
    const auto var##Awaited = ::td::test::await<T>(__VA_ARGS__); \
    QVERIFY2(var##Awaited.has_value(), "the callback was never called"); \
    QVERIFY2(!var##Awaited->ok(), "expected an error"); \
    const ::td::Error &var = var##Awaited->error();
