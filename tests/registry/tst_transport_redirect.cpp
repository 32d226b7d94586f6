// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12 item 1: a request with a body or a credential never follows a redirect to another
// origin. The real tokendesk-sandbox answers 30x to a second loopback server that records what
// it receives; credential-less bodiless GETs (tarballs behind a CDN) still follow.
#include "FakeRegistryServer.h"
#include "Harness.h"
#include "TransportSandboxFixture.h"
#include "core/registry/UrlPolicy.h"

using namespace td;
using namespace td::test;

using Headers = QList<QPair<QByteArray, QByteArray>>;

class TestTransportRedirect : public QObject
{
    Q_OBJECT

    std::unique_ptr<TransportSandbox> m_world;
    std::unique_ptr<FakeRegistryServer> m_other;

private Q_SLOTS:
    void init()
    {
        m_world = std::make_unique<TransportSandbox>();
        QVERIFY2(m_world->start(), qPrintable(m_world->sandbox.errorString()));
        m_other = std::make_unique<FakeRegistryServer>();
        QVERIFY(m_other->listen());
        m_other->setHandler([](const FakeRegistryServer::Request &) {
            return FakeRegistryServer::Reply::json(200, R"({"elsewhere":true})");
        });
    }
    void cleanup()
    {
        m_other.reset();
        m_world.reset();
    }

    void toAnotherOrigin_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("follows");
        const QByteArray password = R"({"password":"sandbox-password","name":"x"})";
        const Headers auth{{"authorization", "Bearer s3cret"}, {"npm-otp", "123456"}};
        QTest::newRow("POST with password, 307")
            << QByteArray("POST") << password << auth << 307 << false;
        QTest::newRow("POST with password, 308")
            << QByteArray("POST") << password << auth << 308 << false;
        QTest::newRow("POST with password, 303")
            << QByteArray("POST") << password << auth << 303 << false;
        QTest::newRow("PUT with a body only, 301")
            << QByteArray("PUT") << password << Headers{} << 301 << false;
        QTest::newRow("DELETE with a bearer, 307")
            << QByteArray("DELETE") << QByteArray() << auth << 307 << false;
        QTest::newRow("GET with a bearer, 302")
            << QByteArray("GET") << QByteArray() << auth << 302 << false;
        QTest::newRow("GET with npm-otp only, 301")
            << QByteArray("GET") << QByteArray() << Headers{{"npm-otp", "123456"}} << 301 << false;
        QTest::newRow("GET with a cookie, 302") << QByteArray("GET") << QByteArray()
                                                << Headers{{"cookie", "session=1"}} << 302 << false;
        QTest::newRow("bare GET, 302 (CDN)")
            << QByteArray("GET") << QByteArray() << Headers{} << 302 << true;
        QTest::newRow("bare GET, 307 (CDN)")
            << QByteArray("GET") << QByteArray() << Headers{} << 307 << true;
    }

    void toAnotherOrigin()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, body);
        QFETCH(Headers, headers);
        QFETCH(int, status);
        QFETCH(bool, follows);
        const QUrl target
            = m_other->baseUrl().resolved(QUrl(QStringLiteral("/pkg/-/pkg-1.0.0.tgz")));
        QVERIFY(
            m_world->setFaults({QJsonObject{{QStringLiteral("path"), QStringLiteral("/moved/*")},
                                            {QStringLiteral("status"), status},
                                            {QStringLiteral("redirect"), target.toString()}}}));
        HttpRequest request;
        request.method = method;
        request.url = m_world->url(QStringLiteral("/moved/here"));
        request.headers = headers;
        if (!body.isEmpty())
            request.body = std::make_shared<const SecretBuffer>(QByteArrayView(body));

        const auto result = m_world->run(request);

        if (follows) {
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().oneLine()));
            QCOMPARE(result.value().status, 200);
            QCOMPARE(result.value().url, target);
            QCOMPARE(m_other->requests().size(), 1);
            QVERIFY(m_other->requests().constFirst().body.isEmpty());
            return;
        }
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Unsupported);
        const QString message = result.error().message;
        QVERIFY2(message.contains(originOf(m_world->sandbox.url()))
                     && message.contains(originOf(m_other->baseUrl())),
                 qPrintable(message));
        QVERIFY2(m_other->requests().isEmpty(), "the other origin received the request");
    }

    void withinTheOriginKeepsBodyAndCredential()
    {
        QVERIFY(m_world->setFaults(
            {QJsonObject{{QStringLiteral("path"), QStringLiteral("/moved/*")},
                         {QStringLiteral("status"), 307},
                         {QStringLiteral("redirect"),
                          m_world->url(QStringLiteral("/-/npm/v1/tokens")).toString()}}}));
        HttpRequest request = m_world->request("POST", QStringLiteral("/moved/tokens"),
                                               createBody(QStringLiteral("moved-within")));
        const auto result = m_world->run(request);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().oneLine()));
        QCOMPARE(result.value().status, 201);
        QCOMPARE(m_world->logged("POST /-/npm/v1/tokens"), 1);
    }
};

QTEST_GUILESS_MAIN(TestTransportRedirect)
#include "tst_transport_redirect.moc"
