// SPDX-License-Identifier: GPL-3.0-or-later
// Qt sends at most six requests at a time to one host; the rest wait in its queue. The stall
// limit ("the registry stopped answering") counts from when a request leaves that queue, not from
// when TokenDesk handed it to Qt: the publish watch sends hundreds in a turn, and a request that
// only waited for its turn must not fail as if the registry had gone quiet. The deadline still
// counts from the start. Against the real tokendesk-sandbox, whose answers are held back.
#include "Harness.h"
#include "TransportSandboxFixture.h"

using namespace td;
using namespace td::test;
using namespace std::chrono_literals;

class TestTransportQueue : public QObject
{
    Q_OBJECT

    std::unique_ptr<TransportSandbox> m_world;

    // Sends `count` GETs at once on one QNetworkAccessManager; their results, in order.
    QList<Result<HttpResponse>> runTogether(int count, const TransportOptions &options)
    {
        QList<std::optional<Result<HttpResponse>>> results(count);
        for (int i = 0; i < count; ++i) {
            auto *transport = new HttpTransport(
                &m_world->nam, m_world->delays, m_world->clock, options,
                m_world->request("GET", QStringLiteral("/-/whoami")),
                [&results, i](Result<HttpResponse> r) { results[i].emplace(std::move(r)); });
            transport->start();
        }
        [[maybe_unused]] const bool allAnswered = QTest::qWaitFor( // the missing fail below
            [&] {
                return std::all_of(results.cbegin(), results.cend(),
                                   [](const auto &r) { return r.has_value(); });
            },
            30000);
        QList<Result<HttpResponse>> out;
        for (auto &r : results)
            out.append(r ? std::move(*r)
                         : Result<HttpResponse>(
                             makeError(ErrorCode::Cancelled, QStringLiteral("no answer in 30 s"))));
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_world = std::make_unique<TransportSandbox>();
        QVERIFY2(m_world->start(), qPrintable(m_world->sandbox.errorString()));
    }
    void cleanup() { m_world.reset(); }

    void aQueuedRequestIsNotStalled()
    {
        // Every answer comes 2 s after its request reaches the registry. Six go out at once; the
        // seventh reaches it when the first six are answered, about 2 s later, and is answered
        // about 4 s after TokenDesk sent it: past the 3 s stall limit counted from the send,
        // well within it counted from the wire.
        QVERIFY(
            m_world->setFaults({QJsonObject{{QStringLiteral("path"), QStringLiteral("/-/whoami")},
                                            {QStringLiteral("delay_ms"), 2000}}}));
        TransportOptions options;
        options.timeout = 3000ms;
        options.deadline = 20000ms;
        const QList<Result<HttpResponse>> results = runTogether(7, options);
        for (qsizetype i = 0; i < results.size(); ++i)
            QVERIFY2(results.at(i).ok(),
                     qPrintable(QStringLiteral("request %1: %2")
                                    .arg(i)
                                    .arg(results.at(i).ok() ? QString()
                                                            : results.at(i).error().oneLine())));
    }

    void aRequestOnTheWireStillStalls()
    {
        // The same registry, slower than the limit: the stall limit still ends each request.
        QVERIFY(
            m_world->setFaults({QJsonObject{{QStringLiteral("path"), QStringLiteral("/-/whoami")},
                                            {QStringLiteral("delay_ms"), 20000}}}));
        TransportOptions options;
        options.timeout = 1500ms;
        options.deadline = 20000ms;
        const QList<Result<HttpResponse>> results = runTogether(2, options);
        for (const Result<HttpResponse> &result : results) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, ErrorCode::Timeout);
            QVERIFY2(result.error().message.contains(QLatin1String("did not answer within 1.5")),
                     qPrintable(result.error().message));
        }
    }
};

QTEST_GUILESS_MAIN(TestTransportQueue)
#include "tst_transport_queue.moc"
