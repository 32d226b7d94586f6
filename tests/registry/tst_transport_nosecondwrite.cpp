// SPDX-License-Identifier: GPL-3.0-or-later
// A write whose answer is lost reaches the registry once (issue 12 item 2): the real sandbox
// applies the request, then breaks the kept-alive connection; Qt must not send it again by itself.
#include "Harness.h"
#include "TransportSandboxFixture.h"

using namespace td;
using namespace td::test;

class TestTransportNoSecondWrite : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TransportSandbox> m_world;

private Q_SLOTS:
    void init()
    {
        m_world = std::make_unique<TransportSandbox>();
        QVERIFY2(m_world->start(), qPrintable(m_world->sandbox.errorString()));
    }
    void cleanup() { m_world.reset(); }

    void createIsSentOnce_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("reset after apply") << QStringLiteral("reset_after_apply");
        QTest::newRow("truncated after apply") << QStringLiteral("truncate_after_apply");
    }

    void createIsSentOnce()
    {
        QFETCH(QString, fault);
        // A GET first, so the POST goes out on a kept-alive connection, as in the product.
        QVERIFY(m_world->run(m_world->request("GET", QStringLiteral("/-/whoami"))).ok());
        QVERIFY(m_world->setFaults(
            {QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                         {QStringLiteral("path"), QStringLiteral("/-/npm/v1/tokens")},
                         {fault, true}}}));
        const qsizetype before = m_world->tokens().size();

        const auto result = m_world->run(m_world->request(
            "POST", QStringLiteral("/-/npm/v1/tokens"), createBody(QStringLiteral("once"))));

        QCOMPARE(m_world->logged("POST /-/npm/v1/tokens"), 1);
        QCOMPARE(m_world->tokens().size(), before + 1);
        QVERIFY2(!result.ok(), result.ok() ? result.value().body.constData() : "");
        QCOMPARE(result.error().code, ErrorCode::AnswerLost);
        QVERIFY2(result.error().message.contains(QLatin1String("may have acted")),
                 qPrintable(result.error().message));
    }

    void revokeIsSentOnce()
    {
        const QString key = m_world->tokenKey(QStringLiteral("laptop-publish"));
        QVERIFY(!key.isEmpty());
        QVERIFY(m_world->run(m_world->request("GET", QStringLiteral("/-/whoami"))).ok());
        QVERIFY(
            m_world->setFaults({QJsonObject{{QStringLiteral("method"), QStringLiteral("DELETE")},
                                            {QStringLiteral("path"), QStringLiteral("*")},
                                            {QStringLiteral("reset_after_apply"), true}}}));

        const auto result = m_world->run(
            m_world->request("DELETE", QStringLiteral("/-/npm/v1/tokens/token/") + key));

        QCOMPARE(m_world->logged("DELETE /-/npm/v1/tokens/token/***"), 1);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::AnswerLost);
    }
};

QTEST_GUILESS_MAIN(TestTransportNoSecondWrite)
#include "tst_transport_nosecondwrite.moc"
