// SPDX-License-Identifier: GPL-3.0-or-later
// The tokendesk-sandbox program as other tests and tools use it: start it, read the URL line,
// talk to it over real HTTP.
#include "Harness.h"
#include "HttpHelper.h"
#include "SandboxProcess.h"

#include "sandbox/auth/Totp.h"

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace td::test;

class SandboxProcessTest : public QObject
{
    Q_OBJECT
private slots:
    void firstLineIsBaseUrlAndPingAnswers();
    void logsOneLinePerRequest();
    void anUnreadLogNeverStopsTheSandbox();
    void stateFilePersistsAcrossRestarts();
    void eraDecidesWhetherClassicTokensWork_data();
    void eraDecidesWhetherClassicTokensWork();
    void badOptionsFail();
};

void SandboxProcessTest::firstLineIsBaseUrlAndPingAnswers()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const QUrl url = sandbox.url();
    QCOMPARE(url.scheme(), QStringLiteral("http"));
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(url.port() > 0);
    QCOMPARE(url.path(), QStringLiteral("/"));

    const HttpReply reply = httpCall("GET", url.resolved(QUrl(QStringLiteral("-/ping"))));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().object(), QJsonObject{});
}

void SandboxProcessTest::logsOneLinePerRequest()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    QCOMPARE(httpCall("GET", sandbox.url().resolved(QUrl(QStringLiteral("-/ping")))).status, 200);
    QCOMPARE(httpCall("GET", sandbox.url().resolved(QUrl(QStringLiteral("-/nothing-here")))).status,
             404);
    QTRY_VERIFY(sandbox.log().contains("GET /-/nothing-here 404"));
    QVERIFY(sandbox.log().contains("GET /-/ping 200"));
}

// A test that blocks (waitForFinished on a client, blocking socket calls) runs no event loop, so
// nothing reads what the sandbox prints meanwhile. 2,000 requests log about 400 KB, six times
// what a pipe holds: the sandbox must answer them all (it once stopped mid-benchmark).
void SandboxProcessTest::anUnreadLogNeverStopsTheSandbox()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    constexpr int kRequests = 2000;
    const QByteArray request = "GET /-/nothing-here-" + QByteArray(180, 'x')
        + " HTTP/1.1\r\nHost: " + sandbox.url().authority().toUtf8() + "\r\n";
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(sandbox.url().port()));
    QVERIFY(socket.waitForConnected(5000));
    for (int i = 0; i < kRequests; ++i) // pipelined; the last one asks to close
        socket.write(request + (i + 1 < kRequests ? "\r\n" : "Connection: close\r\n\r\n"));
    QByteArray answers;
    const QDeadlineTimer deadline(30000);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        answers += socket.readAll();
    }
    answers += socket.readAll();
    QCOMPARE(answers.count("HTTP/1.1 404"), kRequests);
    QCOMPARE(sandbox.log().count(" 404 "), kRequests);
}

void SandboxProcessTest::stateFilePersistsAcrossRestarts()
{
    QTemporaryDir dir;
    const QString stateFile = dir.filePath(QStringLiteral("state.json"));
    QString session;
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--state"), stateFile}),
                 qPrintable(sandbox.errorString()));
        const QString code = td::sandbox::totp::code(
            *td::sandbox::totp::decodeBase32(QStringLiteral("JBSWY3DPEHPK3PXP")),
            QDateTime::currentDateTimeUtc());
        const HttpReply login = httpCall(
            "PUT",
            sandbox.url().resolved(QUrl(QStringLiteral("-/user/org.couchdb.user:maintainer"))),
            R"({"name":"maintainer","password":"sandbox-password"})", {{"npm-otp", code.toUtf8()}});
        QCOMPARE(login.status, 201);
        session = login.json().object().value(QStringLiteral("token")).toString();
        QVERIFY(!sandbox.log().contains(session.toUtf8())); // never a secret in the log
    }
    QVERIFY(QFileInfo(stateFile).permissions().testFlag(QFileDevice::ReadOwner));
    QVERIFY(!QFileInfo(stateFile).permissions().testFlag(QFileDevice::ReadOther));
    SandboxProcess restarted;
    QVERIFY2(restarted.start({QStringLiteral("--state"), stateFile}),
             qPrintable(restarted.errorString()));
    const HttpReply whoami
        = httpCall("GET", restarted.url().resolved(QUrl(QStringLiteral("-/whoami"))), {},
                   {{"authorization", "Bearer " + session.toUtf8()}});
    QCOMPARE(whoami.status, 200);
    QCOMPARE(whoami.json().object().value(QStringLiteral("username")).toString(),
             QStringLiteral("maintainer"));
}

void SandboxProcessTest::eraDecidesWhetherClassicTokensWork_data()
{
    QTest::addColumn<QString>("era");
    QTest::addColumn<int>("status");
    QTest::newRow("current") << QStringLiteral("current") << 401;
    QTest::newRow("2025-10") << QStringLiteral("2025-10") << 200;
}

void SandboxProcessTest::eraDecidesWhetherClassicTokensWork()
{
    QFETCH(QString, era);
    QFETCH(int, status);
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start({QStringLiteral("--era"), era}), qPrintable(sandbox.errorString()));
    const HttpReply whoami
        = httpCall("GET", sandbox.url().resolved(QUrl(QStringLiteral("-/whoami"))), {},
                   {{"authorization", "Bearer 5f2c8a1e-3b4d-4e6f-8a9b-0c1d2e3f4a5b"}});
    QCOMPARE(whoami.status, status);
}

void SandboxProcessTest::badOptionsFail()
{
    for (const QStringList &args :
         {QStringList{QStringLiteral("--era"), QStringLiteral("1999")},
          QStringList{QStringLiteral("--seed"), QStringLiteral("/nonexistent/seed.json")},
          QStringList{QStringLiteral("--port"), QStringLiteral("70000")}}) {
        QProcess p;
        p.start(td::test::programPath(QStringLiteral("tokendesk-sandbox")), args);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardOutput().isEmpty()); // no URL line when it cannot serve
    }
}

QTEST_GUILESS_MAIN(SandboxProcessTest)
#include "tst_sandbox_process.moc"
