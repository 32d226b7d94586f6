// SPDX-License-Identifier: GPL-3.0-or-later
// The fault kinds issue 12 added to the sandbox, over real HTTP in-process: a redirect to another
// origin, damage after the registry applied the change (reset, truncation, broken JSON, a long
// stall), a body dripping one byte at a time, a padded (huge) body; the control API untouched.
#include "HttpHelper.h"
#include "InProcessSandbox.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QtTest>

using namespace td::test;

class SandboxFaultsAfterApplyTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<td::sandbox::Sandbox> m_sandbox;
    QString m_session;

    QUrl url(const QString &path) const { return m_sandbox->baseUrl().resolved(QUrl(path)); }
    quint16 port() const { return quint16(m_sandbox->baseUrl().port()); }
    int setFaults(const QJsonArray &rules)
    {
        return httpCall("POST", url(QStringLiteral("/-/sandbox/faults")),
                        QJsonDocument(rules).toJson())
            .status;
    }
    QByteArray authorized(const QByteArray &method, const QString &path,
                          const QByteArray &body = {}) const
    {
        return method + ' ' + path.toUtf8()
            + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: Bearer "
            + m_session.toUtf8() + "\r\nnpm-otp: " + maintainerOtp(*m_sandbox).toUtf8()
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }
    QJsonArray tokens() const
    {
        return handleInProcess(*m_sandbox, "GET", QStringLiteral("/-/npm/v1/tokens?perPage=100"),
                               {}, m_session)
            .json.value(QLatin1String("objects"))
            .toArray();
    }
    QJsonObject token(const QString &name) const
    {
        for (const QJsonValue &t : tokens())
            if (t.toObject().value(QLatin1String("name")).toString() == name)
                return t.toObject();
        return {};
    }
    static QByteArray createBody(const QString &name)
    {
        return QJsonDocument(
                   QJsonObject{{QStringLiteral("password"), QStringLiteral("sandbox-password")},
                               {QStringLiteral("name"), name},
                               {QStringLiteral("packages_all"), true}})
            .toJson(QJsonDocument::Compact);
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<td::sandbox::Sandbox>();
        QString error;
        QVERIFY(m_sandbox->loadSeed(QStringLiteral("demo"), &error));
        QVERIFY(m_sandbox->start(0));
        m_session = signInInProcess(*m_sandbox, QStringLiteral("maintainer"));
        QVERIFY(!m_session.isEmpty());
    }
    void cleanup() { m_sandbox.reset(); }

    void redirectAnswersTheLocation_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("default") << 0 << QByteArray("HTTP/1.1 307 ");
        for (int s : {301, 302, 303, 307, 308})
            QTest::addRow("%d", s) << s << "HTTP/1.1 " + QByteArray::number(s) + ' ';
    }

    void redirectAnswersTheLocation()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, expected);
        QJsonObject rule{
            {QStringLiteral("path"), QStringLiteral("/-/whoami")},
            {QStringLiteral("redirect"), QStringLiteral("http://127.0.0.1:9/elsewhere")}};
        if (status)
            rule.insert(QStringLiteral("status"), status);
        QCOMPARE(setFaults({rule}), 200);
        const QByteArray raw = rawExchange(port(), "GET /-/whoami HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY2(raw.startsWith(expected), raw.constData());
        QVERIFY2(raw.contains("\r\nLocation: http://127.0.0.1:9/elsewhere\r\n"), raw.constData());
    }

    void invalidRedirectRulesAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("rule");
        const QJsonObject base{{QStringLiteral("path"), QStringLiteral("/x")}};
        QJsonObject relative = base, notRedirect = base, ftp = base;
        relative.insert(QStringLiteral("redirect"), QStringLiteral("/elsewhere"));
        notRedirect.insert(QStringLiteral("redirect"), QStringLiteral("http://127.0.0.1:9/"));
        notRedirect.insert(QStringLiteral("status"), 200);
        ftp.insert(QStringLiteral("redirect"), QStringLiteral("ftp://127.0.0.1/"));
        QTest::newRow("relative") << relative;
        QTest::newRow("status 200") << notRedirect;
        QTest::newRow("ftp") << ftp;
    }

    void invalidRedirectRulesAreRefused()
    {
        QFETCH(QJsonObject, rule);
        QCOMPARE(setFaults({rule}), 400);
    }

    void damageAfterApplyStillCreatesTheToken_data()
    {
        QTest::addColumn<QJsonObject>("damage");
        QTest::addColumn<QByteArray>("answerStartsWith"); // empty: no answer at all
        QTest::newRow("reset_after_apply")
            << QJsonObject{{QStringLiteral("reset_after_apply"), true}} << QByteArray();
        QTest::newRow("after_apply + reset")
            << QJsonObject{{QStringLiteral("after_apply"), true}, {QStringLiteral("reset"), true}}
            << QByteArray();
        QTest::newRow("truncate_after_apply")
            << QJsonObject{{QStringLiteral("truncate_after_apply"), true}}
            << QByteArray("HTTP/1.1 201 ");
        QTest::newRow("malformed_after_apply")
            << QJsonObject{{QStringLiteral("malformed_after_apply"), true}}
            << QByteArray("HTTP/1.1 201 ");
        QTest::newRow("after_apply + status 500")
            << QJsonObject{{QStringLiteral("after_apply"), true}, {QStringLiteral("status"), 500}}
            << QByteArray("HTTP/1.1 500 ");
        QTest::newRow("after_apply + 40 s stall")
            << QJsonObject{{QStringLiteral("after_apply"), true},
                           {QStringLiteral("delay_ms"), 40000}}
            << QByteArray();
    }

    void damageAfterApplyStillCreatesTheToken()
    {
        QFETCH(QJsonObject, damage);
        QFETCH(QByteArray, answerStartsWith);
        damage.insert(QStringLiteral("method"), QStringLiteral("POST"));
        damage.insert(QStringLiteral("path"), QStringLiteral("/-/npm/v1/tokens"));
        QCOMPARE(setFaults({damage}), 200);

        const QByteArray raw = rawExchange(port(),
                                           authorized("POST", QStringLiteral("/-/npm/v1/tokens"),
                                                      createBody(QStringLiteral("applied"))),
                                           1500);

        QVERIFY2(answerStartsWith.isEmpty() ? raw.isEmpty() : raw.startsWith(answerStartsWith),
                 raw.constData());
        QVERIFY(!raw.contains("\"token\":\"npm_") || !raw.endsWith('}')); // never a whole answer
        QVERIFY2(!token(QStringLiteral("applied")).isEmpty(), "the registry did not apply it");
    }

    void damageWithoutAfterApplyChangesNothing()
    {
        QCOMPARE(
            setFaults({QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                   {QStringLiteral("path"), QStringLiteral("/-/npm/v1/tokens")},
                                   {QStringLiteral("reset"), true}}}),
            200);
        QCOMPARE(rawExchange(port(),
                             authorized("POST", QStringLiteral("/-/npm/v1/tokens"),
                                        createBody(QStringLiteral("never")))),
                 QByteArray());
        QVERIFY(token(QStringLiteral("never")).isEmpty());
    }

    void malformedAfterApplyRevokes()
    {
        const QString key
            = token(QStringLiteral("laptop-publish")).value(QLatin1String("key")).toString();
        QVERIFY(!key.isEmpty());
        QCOMPARE(setFaults({QJsonObject{{QStringLiteral("method"), QStringLiteral("DELETE")},
                                        {QStringLiteral("path"), QStringLiteral("*")},
                                        {QStringLiteral("status"), 200},
                                        {QStringLiteral("malformed_after_apply"), true}}}),
                 200);
        const QByteArray raw = rawExchange(
            port(), authorized("DELETE", QStringLiteral("/-/npm/v1/tokens/token/") + key));
        QVERIFY2(raw.startsWith("HTTP/1.1 200 "), raw.constData());
        QVERIFY(raw.endsWith("{\"objects\": [{\"key\": \"trunc"));
        QVERIFY(token(QStringLiteral("laptop-publish")).isEmpty()); // revoked: no longer listed
    }

    void dripSendsOneBytePerTick()
    {
        QCOMPARE(setFaults({QJsonObject{{QStringLiteral("path"), QStringLiteral("/-/whoami")},
                                        {QStringLiteral("drip_ms"), 20}}}),
                 200);
        const QByteArray request = "GET /-/whoami HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
        const QByteArray early = rawExchange(port(), request, 150);
        const qsizetype head = early.indexOf("\r\n\r\n");
        QVERIFY2(head > 0, early.constData()); // the head at once, then about a byte per 20 ms
        QVERIFY2(early.size() - head - 4 <= 10, early.constData());

        QElapsedTimer timer;
        timer.start();
        const QByteArray whole = rawExchange(port(), request, 10000);
        const qsizetype body = whole.size() - whole.indexOf("\r\n\r\n") - 4;
        QVERIFY2(body > 20 && whole.endsWith('}'), whole.constData());
        QVERIFY(timer.elapsed() >= (body - 1) * 20 - 20);
        // The control API is never slowed down.
        timer.restart();
        QCOMPARE(setFaults({QJsonObject{{QStringLiteral("path"), QStringLiteral("*")},
                                        {QStringLiteral("drip_ms"), 1000}}}),
                 200);
        QCOMPARE(httpCall("GET", url(QStringLiteral("/-/sandbox/clock"))).status, 200);
        QVERIFY(timer.elapsed() < 1000);
    }

    void padBodyMakesAHugeValidAnswer()
    {
        QCOMPARE(setFaults({QJsonObject{{QStringLiteral("path"), QStringLiteral("/-/ping")},
                                        {QStringLiteral("pad_body"), 11 * 1024 * 1024}}}),
                 200);
        const HttpReply r = httpCall("GET", url(QStringLiteral("/-/ping")));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.size() > 11 * 1024 * 1024);
        QVERIFY(r.json().isObject());
    }
};

QTEST_GUILESS_MAIN(SandboxFaultsAfterApplyTest)
#include "tst_sandbox_faults_after_apply.moc"
