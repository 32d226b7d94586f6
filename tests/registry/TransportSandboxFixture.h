// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// HttpTransport on its own against the real tokendesk-sandbox program: a maintainer session from
// a couch sign-in, fault rules through the control API, and what the sandbox logged and holds.
#include "HttpHelper.h"
#include "RegistryTestSupport.h"
#include "SandboxProcess.h"
#include "Totp.h"
#include "core/registry/HttpTransport.h"
#include "core/util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

namespace td::test {

class TransportSandbox
{
public:
    SandboxProcess sandbox;
    QNetworkAccessManager nam;
    SystemClock clock;
    RecordingDelayTimer delays;
    QByteArray session;

    bool start()
    {
        if (!sandbox.start())
            return false;
        const HttpReply login = httpCall(
            "PUT", url(QStringLiteral("/-/user/org.couchdb.user:maintainer")),
            R"({"name":"maintainer","password":"sandbox-password"})", {{"npm-otp", otp()}});
        session = login.json().object().value(QLatin1String("token")).toString().toUtf8();
        return !session.isEmpty();
    }

    static QByteArray otp() { return totp("JBSWY3DPEHPK3PXP", QDateTime::currentDateTimeUtc()); }
    QUrl url(const QString &path) const { return sandbox.url().resolved(QUrl(path)); }
    QByteArray origin() const { return sandbox.url().toString(QUrl::StripTrailingSlash).toUtf8(); }

    bool setFaults(const QJsonArray &rules) const
    {
        return httpCall("POST", url(QStringLiteral("/-/sandbox/faults")),
                        QJsonDocument(rules).toJson(QJsonDocument::Compact),
                        {{"content-type", "application/json"}})
                   .status
            == 200;
    }

    QJsonArray tokens() const
    {
        return httpCall("GET", url(QStringLiteral("/-/sandbox/state")))
            .json()
            .object()
            .value(QLatin1String("tokens"))
            .toArray();
    }

    QString tokenKey(const QString &name) const
    {
        for (const QJsonValue &t : tokens())
            if (t.toObject().value(QLatin1String("name")).toString() == name)
                return t.toObject().value(QLatin1String("key")).toString();
        return {};
    }

    // How many requests "METHOD path" the sandbox logged.
    int logged(const QByteArray &methodAndPath)
    {
        int n = 0;
        for (const QByteArray &line : sandbox.log().split('\n'))
            if (line.startsWith(QByteArray(methodAndPath + ' ')))
                ++n;
        return n;
    }

    HttpRequest request(const QByteArray &method, const QString &path,
                        const QByteArray &body = {}) const
    {
        HttpRequest r;
        r.method = method;
        r.url = url(path);
        r.headers = {{"authorization", "Bearer " + session}, {"npm-otp", otp()}};
        if (!body.isEmpty())
            r.body = std::make_shared<const SecretBuffer>(QByteArrayView(body));
        return r;
    }

    Result<HttpResponse> run(HttpRequest request, TransportOptions options = {}, int ms = 30000)
    {
        std::optional<Result<HttpResponse>> result;
        auto *transport = new HttpTransport(
            &nam, delays, clock, options, std::move(request),
            [&result](Result<HttpResponse> r) { result.emplace(std::move(r)); });
        transport->start();
        if (!QTest::qWaitFor([&] { return result.has_value(); }, ms))
            return makeError(ErrorCode::Cancelled, QStringLiteral("the test waited too long"));
        return std::move(*result);
    }
};

inline QByteArray createBody(const QString &name)
{
    return QJsonDocument(
               QJsonObject{
                   {QStringLiteral("password"), QStringLiteral("sandbox-password")},
                   {QStringLiteral("name"), name},
                   {QStringLiteral("packages_all"), true},
                   {QStringLiteral("packages_and_scopes_permission"), QStringLiteral("read-only")},
                   {QStringLiteral("expires"), 30}})
        .toJson(QJsonDocument::Compact);
}

} // namespace td::test
