// SPDX-License-Identifier: GPL-3.0-or-later
// httpCall is used by almost every end-to-end test. It must leave no thread behind: a
// QNetworkAccessManager runs HTTP on a thread of its own, and one kept in a never-destroyed static
// lived on past QCoreApplication, woke up when the sandbox closed its kept-alive connection at
// the test's exit, and crashed there (issue 12: an ASan "SEGV on unknown address 0x0" in T2 after
// every test function of tst_cli_redirect_e2e had passed).
#include "HttpHelper.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace td::test;

namespace {

QStringList threadNames()
{
    QStringList names;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task + QStringLiteral("/comm")));
        if (comm.open(QIODevice::ReadOnly))
            names << QString::fromUtf8(comm.readAll().trimmed());
    }
    return names;
}

} // namespace

class TestHttpHelper : public QObject
{
    Q_OBJECT

    QTcpServer m_server;
    QStringList m_threadsBefore; // the program's own (main, QtTest's watchdog)

private Q_SLOTS:
    void initTestCase()
    {
        // A kept-alive HTTP/1.1 answer, so the client holds the connection open afterwards.
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (socket->readAll().contains("\r\n\r\n"))
                        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n"
                                      "Connection: keep-alive\r\n\r\nok");
                });
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        m_threadsBefore = threadNames();
    }

    void callsAnswer()
    {
        const HttpReply reply = httpCall(
            "GET", QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(m_server.serverPort())));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray("ok"));
    }

    void leavesNoThreadBehind()
    {
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/x").arg(m_server.serverPort()));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(httpCall("GET", url).status, 200);
        // Only the threads the program had before may be left (a finished thread gets a
        // moment to be reaped).
        QTRY_VERIFY2_WITH_TIMEOUT(threadNames() == m_threadsBefore,
                                  qPrintable(threadNames().join(QLatin1String(", "))), 2000);
    }
};

QTEST_GUILESS_MAIN(TestHttpHelper)
#include "tst_httphelper.moc"
