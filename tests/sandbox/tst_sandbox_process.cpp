// SPDX-License-Identifier: GPL-3.0-or-later
// The tokendesk-sandbox program as other tests and tools use it: start it, read the URL line,
// talk to it over real HTTP.
#include "HttpHelper.h"
#include "SandboxProcess.h"

#include <QJsonObject>
#include <QtTest>

using namespace td::test;

class SandboxProcessTest : public QObject
{
    Q_OBJECT
private slots:
    void firstLineIsBaseUrlAndPingAnswers();
    void logsOneLinePerRequest();
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

QTEST_GUILESS_MAIN(SandboxProcessTest)
#include "tst_sandbox_process.moc"
