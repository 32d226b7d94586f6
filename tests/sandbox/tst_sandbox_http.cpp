// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox over real HTTP, in-process on port 0: fault injection (status, delay, reset,
// truncated and malformed bodies, 429 + retry-after, rate limits), a malformed-request sweep
// after which the server still answers, keep-alive, chunked bodies, the 10 MB cap.
#include "HttpHelper.h"
#include "sandbox/Sandbox.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace td::test;

class SandboxHttpTest : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void faultStatusAndBodyFirstNTimes();
    void fault429WithRetryAfter();
    void faultDelay();
    void faultConnectionReset();
    void faultTruncatedBody();
    void faultMalformedJson();
    void rateLimitPerMinute();
    void controlApiIsNeverFaulted();
    void malformedRequestSweep_data();
    void malformedRequestSweep();
    void keepAliveAndChunkedBodies();
    void bodiesOverTenMegabytesAreRefused();

private:
    QUrl url(const QString &path) const { return m_sandbox->baseUrl().resolved(QUrl(path)); }
    void setFaults(const QJsonArray &rules);

    std::unique_ptr<td::sandbox::Sandbox> m_sandbox;
};

void SandboxHttpTest::init()
{
    m_sandbox = std::make_unique<td::sandbox::Sandbox>();
    QString error;
    QVERIFY(m_sandbox->loadSeed(QStringLiteral("demo"), &error));
    QVERIFY(m_sandbox->start(0));
}

void SandboxHttpTest::cleanup()
{
    m_sandbox.reset();
}

void SandboxHttpTest::setFaults(const QJsonArray &rules)
{
    QCOMPARE(
        httpCall("POST", url(QStringLiteral("/-/sandbox/faults")), QJsonDocument(rules).toJson())
            .status,
        200);
}

void SandboxHttpTest::faultStatusAndBodyFirstNTimes()
{
    setFaults({QJsonObject{
        {QStringLiteral("method"), QStringLiteral("GET")},
        {QStringLiteral("path"), QStringLiteral("/-/who*")},
        {QStringLiteral("status"), 503},
        {QStringLiteral("body"), QJsonObject{{QStringLiteral("error"), QStringLiteral("down")}}},
        {QStringLiteral("times"), 2}}});
    for (int i = 0; i < 2; ++i) {
        const HttpReply r = httpCall("GET", url(QStringLiteral("/-/whoami")));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.json().object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("down"));
    }
    QCOMPARE(httpCall("GET", url(QStringLiteral("/-/whoami"))).status,
             401); // fault used up: normal answer
    QCOMPARE(httpCall("DELETE", url(QStringLiteral("/-/sandbox/faults"))).status, 200);
}

void SandboxHttpTest::fault429WithRetryAfter()
{
    setFaults({QJsonObject{{QStringLiteral("path"), QStringLiteral("/-/ping")},
                           {QStringLiteral("retry_after"), 7}}});
    const HttpReply r = httpCall("GET", url(QStringLiteral("/-/ping")));
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("retry-after"), QByteArray("7"));
}

void SandboxHttpTest::faultDelay()
{
    setFaults({QJsonObject{{QStringLiteral("path"), QStringLiteral("/-/ping")},
                           {QStringLiteral("delay_ms"), 300}}});
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(httpCall("GET", url(QStringLiteral("/-/ping"))).status, 200);
    QVERIFY(timer.elapsed() >= 290);
}

void SandboxHttpTest::faultConnectionReset()
{
    setFaults({QJsonObject{{QStringLiteral("path"), QStringLiteral("/-/ping")},
                           {QStringLiteral("reset"), true}}});
    // (Always: Qt's client silently retries a request once after a reset.)
    const HttpReply r = httpCall("GET", url(QStringLiteral("/-/ping")));
    QCOMPARE(r.status, 0);
    QVERIFY(!r.networkError.isEmpty());
    QCOMPARE(rawExchange(m_sandbox->baseUrl().port(), "GET /-/ping HTTP/1.1\r\n\r\n", 2000),
             QByteArray());
    QCOMPARE(httpCall("DELETE", url(QStringLiteral("/-/sandbox/faults"))).status, 200);
    QCOMPARE(httpCall("GET", url(QStringLiteral("/-/ping"))).status, 200);
}

void SandboxHttpTest::faultTruncatedBody()
{
    setFaults({QJsonObject{{QStringLiteral("path"), QStringLiteral("/-/v1/search")},
                           {QStringLiteral("truncate"), true}}});
    const QByteArray raw
        = rawExchange(m_sandbox->baseUrl().port(),
                      "GET /-/v1/search?text=scope:acme HTTP/1.1\r\nHost: x\r\n\r\n");
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    QVERIFY(headEnd > 0);
    const auto length = QRegularExpression(QStringLiteral("Content-Length: (\\d+)"))
                            .match(QString::fromLatin1(raw.left(headEnd)));
    QVERIFY(length.hasMatch());
    QVERIFY(raw.size() - headEnd - 4 < length.captured(1).toInt()); // fewer bytes than announced
}

void SandboxHttpTest::faultMalformedJson()
{
    setFaults({QJsonObject{{QStringLiteral("path"), QStringLiteral("/-/npm/v1/tokens")},
                           {QStringLiteral("malformed_json"), true}}});
    const HttpReply r = httpCall("GET", url(QStringLiteral("/-/npm/v1/tokens")));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().isNull());
}

void SandboxHttpTest::rateLimitPerMinute()
{
    QCOMPARE(httpCall("POST", url(QStringLiteral("/-/sandbox/rate-limits")),
                      R"([{"method":"GET","path":"/-/ping","per_minute":3}])")
                 .status,
             200);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(httpCall("GET", url(QStringLiteral("/-/ping"))).status, 200);
    const HttpReply limited = httpCall("GET", url(QStringLiteral("/-/ping")));
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.header("retry-after").toInt() >= 1);
    QCOMPARE(httpCall("POST", url(QStringLiteral("/-/sandbox/clock")), R"({"advance_seconds":60})")
                 .status,
             200);
    QCOMPARE(httpCall("GET", url(QStringLiteral("/-/ping"))).status, 200); // a new minute
}

void SandboxHttpTest::controlApiIsNeverFaulted()
{
    setFaults({QJsonObject{{QStringLiteral("path"), QStringLiteral("*")},
                           {QStringLiteral("status"), 500}}});
    QCOMPARE(httpCall("GET", url(QStringLiteral("/-/ping"))).status, 500);
    QCOMPARE(httpCall("GET", url(QStringLiteral("/-/sandbox/state"))).status, 200);
}

void SandboxHttpTest::malformedRequestSweep_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("statusLine");
    QTest::newRow("garbage") << QByteArray("\x01\x02garbage\r\n\r\n") << QByteArray("HTTP/1.1 400");
    QTest::newRow("no version") << QByteArray("GET /-/ping\r\n\r\n") << QByteArray("HTTP/1.1 400");
    QTest::newRow("relative target")
        << QByteArray("GET -/ping HTTP/1.1\r\n\r\n") << QByteArray("HTTP/1.1 400");
    QTest::newRow("bad header line") << QByteArray("GET /-/ping HTTP/1.1\r\nno colon here\r\n\r\n")
                                     << QByteArray("HTTP/1.1 400");
    QTest::newRow("negative length")
        << QByteArray("POST /-/v1/login HTTP/1.1\r\nContent-Length: -5\r\n\r\n")
        << QByteArray("HTTP/1.1 400");
    QTest::newRow("bad chunk size")
        << QByteArray("POST /-/v1/login HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
        << QByteArray("HTTP/1.1 400");
    QTest::newRow("unknown encoding")
        << QByteArray("POST /-/v1/login HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n")
        << QByteArray("HTTP/1.1 501");
    QTest::newRow("huge head") << (QByteArray("GET /-/ping HTTP/1.1\r\nX: ")
                                   + QByteArray(70000, 'a'))
                               << QByteArray("HTTP/1.1 431");
    QTest::newRow("bad JSON body")
        << QByteArray("POST /-/npm/v1/tokens HTTP/1.1\r\nAuthorization: Bearer "
                      "npm_SandboxDemoHealthy000000000000000000\r\nContent-Length: 3\r\n\r\n{x}")
        << QByteArray("HTTP/1.1 403");
    QTest::newRow("bad JSON couch login")
        << QByteArray("PUT /-/user/org.couchdb.user:x HTTP/1.1\r\nContent-Length: 5\r\n\r\n[1,2]")
        << QByteArray("HTTP/1.1 400");
    QTest::newRow("bad percent escapes")
        << QByteArray("GET /%zz%%/%2 HTTP/1.1\r\n\r\n") << QByteArray("HTTP/1.1 404");
    QTest::newRow("unknown method")
        << QByteArray("BREW /-/ping HTTP/1.1\r\n\r\n") << QByteArray("HTTP/1.1 405");
}

void SandboxHttpTest::malformedRequestSweep()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, statusLine);
    const QByteArray answer = rawExchange(m_sandbox->baseUrl().port(), request, 2000);
    QVERIFY2(answer.startsWith(statusLine), answer.left(200).constData());
    if (!answer.contains("Content-Length: 0"))
        QVERIFY(answer.contains("application/json"));
    QCOMPARE(httpCall("GET", url(QStringLiteral("/-/ping"))).status, 200); // still serving
}

void SandboxHttpTest::keepAliveAndChunkedBodies()
{
    const QByteArray part1 = "{\"name\":\"mainta";
    const QByteArray part2 = "iner\",\"password\":\"wrong-pass\"}";
    const QByteArray chunked
        = "PUT /-/user/org.couchdb.user:maintainer HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
        + QByteArray::number(part1.size(), 16) + "\r\n" + part1 + "\r\n"
        + QByteArray::number(part2.size(), 16) + ";ext=1\r\n" + part2 + "\r\n0\r\n\r\n"
        + "GET /-/ping HTTP/1.1\r\nConnection: close\r\n\r\n";
    const QByteArray answer = rawExchange(m_sandbox->baseUrl().port(), chunked);
    QVERIFY2(answer.startsWith("HTTP/1.1 401"),
             answer.constData()); // the chunked JSON was read whole
    QVERIFY(answer.contains("Incorrect username or password."));
    QVERIFY(answer.contains("HTTP/1.1 200 OK")); // second request on the same connection
}

void SandboxHttpTest::bodiesOverTenMegabytesAreRefused()
{
    const QByteArray answer = rawExchange(m_sandbox->baseUrl().port(),
                                          "PUT /big HTTP/1.1\r\nContent-Length: 10485761\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    QVERIFY(answer.contains("request body larger than 10 MB"));
}

QTEST_GUILESS_MAIN(SandboxHttpTest)
#include "tst_sandbox_http.moc"
