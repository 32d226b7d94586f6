// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12 item 9: every request ends by its deadline, however steadily the server trickles
// bytes. The real tokendesk-sandbox drips its answer one byte at a time (which resets the stall
// timer forever) or stalls 40 s after applying a write.
#include "Harness.h"
#include "TransportSandboxFixture.h"

#include <QElapsedTimer>

using namespace td;
using namespace td::test;
using namespace std::chrono_literals;

class TestTransportDeadline : public QObject
{
    Q_OBJECT

    std::unique_ptr<TransportSandbox> m_world;

private Q_SLOTS:
    void init()
    {
        m_world = std::make_unique<TransportSandbox>();
        QVERIFY2(m_world->start(), qPrintable(m_world->sandbox.errorString()));
    }
    void cleanup() { m_world.reset(); }

    void defaultIsSixtySeconds() { QCOMPARE(TransportOptions{}.deadline, 60000ms); }

    void userSecondsBecomeTheDeadline()
    {
        QCOMPARE(withTimeoutSeconds({}, 5).deadline, 5000ms);
        QCOMPARE(withTimeoutSeconds({}, 0).deadline, 60000ms);
    }

    void drippingBodyEndsAtTheDeadline()
    {
        QVERIFY(m_world->setFaults(
            {QJsonObject{{QStringLiteral("path"), QStringLiteral("/-/npm/v1/tokens")},
                         {QStringLiteral("drip_ms"), 100}}}));
        TransportOptions options;
        options.deadline = 1500ms; // the stall limit (30 s) never fires: a byte every 100 ms
        QElapsedTimer clock;
        clock.start();

        const auto result
            = m_world->run(m_world->request("GET", QStringLiteral("/-/npm/v1/tokens?perPage=100")),
                           options, 20000);

        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Timeout);
        QVERIFY2(
            result.error().message.contains(QLatin1String("did not finish answering within 1.5 s")),
            qPrintable(result.error().message));
        QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    }

    void stallAfterApplyEndsAtTheDeadlineAndSaysItMayHaveActed()
    {
        QVERIFY(m_world->setFaults(
            {QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                         {QStringLiteral("path"), QStringLiteral("/-/npm/v1/tokens")},
                         {QStringLiteral("after_apply"), true},
                         {QStringLiteral("delay_ms"), 40000}}}));
        TransportOptions options;
        options.deadline = 1000ms;
        QElapsedTimer clock;
        clock.start();

        const auto result
            = m_world->run(m_world->request("POST", QStringLiteral("/-/npm/v1/tokens"),
                                            createBody(QStringLiteral("stalled"))),
                           options, 20000);

        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Timeout);
        QVERIFY2(result.error().message.contains(QLatin1String("may have acted")),
                 qPrintable(result.error().message));
        QVERIFY(clock.elapsed() < 4000);
        bool applied = false; // the registry did create it: the message must not say "try again"
        for (const QJsonValue &t : m_world->tokens())
            applied
                = applied || t.toObject().value(QLatin1String("name")) == QLatin1String("stalled");
        QVERIFY(applied);
    }
};

QTEST_GUILESS_MAIN(TestTransportDeadline)
#include "tst_transport_deadline.moc"
