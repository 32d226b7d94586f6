// SPDX-License-Identifier: GPL-3.0-or-later
// Requests per second of the tokendesk-sandbox program under 8 concurrent keep-alive clients:
// GET /-/npm/v1/tokens?perPage=100 over 1,000 tokens, and GET /-/whoami. Each measurement lasts
// TD_BENCH_SECONDS (default 1) so that it stays quick enough for ctest.
#include "HttpHelper.h"
#include "SandboxProcess.h"

#include "sandbox/auth/Totp.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace td::test;

namespace {

// One keep-alive client: sends the request again as soon as a full response has arrived.
class Client : public QObject
{
public:
    Client(quint16 port, QByteArray request) : m_request(std::move(request))
    {
        connect(&m_socket, &QTcpSocket::connected, this, [this] { m_socket.write(m_request); });
        connect(&m_socket, &QTcpSocket::readyRead, this, &Client::onReadyRead);
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    }
    int completed = 0;
    int failures = 0;
    bool running = true;

private:
    void onReadyRead()
    {
        m_buffer += m_socket.readAll();
        for (;;) {
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const qsizetype at = m_buffer.indexOf("Content-Length: ");
            const qsizetype eol = m_buffer.indexOf("\r\n", at);
            const qsizetype length = m_buffer.mid(at + 16, eol - at - 16).toLongLong();
            if (m_buffer.size() < headEnd + 4 + length)
                return;
            if (!m_buffer.startsWith("HTTP/1.1 200"))
                ++failures;
            m_buffer.remove(0, headEnd + 4 + length);
            ++completed;
            if (running)
                m_socket.write(m_request);
        }
    }

    QTcpSocket m_socket;
    QByteArray m_request;
    QByteArray m_buffer;
};

} // namespace

class SandboxBenchmark : public QObject
{
    Q_OBJECT
private slots:
    void requestsPerSecond_data();
    void requestsPerSecond();
};

void SandboxBenchmark::requestsPerSecond_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("GET /-/npm/v1/tokens (1,000 tokens, perPage 100)")
        << QByteArray("/-/npm/v1/tokens?perPage=100");
    QTest::newRow("GET /-/whoami") << QByteArray("/-/whoami");
}

void SandboxBenchmark::requestsPerSecond()
{
    QFETCH(QByteArray, path);
    QTemporaryDir dir;
    QJsonArray tokens;
    for (int i = 0; i < 1000; ++i)
        tokens.append(QJsonObject{
            {QStringLiteral("owner"), QStringLiteral("maintainer")},
            {QStringLiteral("name"), QStringLiteral("bench-%1").arg(i)},
            {QStringLiteral("packages_all"), true},
            {QStringLiteral("packages_and_scopes_permission"), QStringLiteral("read-only")},
            {QStringLiteral("expiry_in_days"), 30 + i % 60}});
    const QJsonObject seed{
        {QStringLiteral("users"),
         QJsonArray{
             QJsonObject{{QStringLiteral("name"), QStringLiteral("maintainer")},
                         {QStringLiteral("password"), QStringLiteral("sandbox-password")},
                         {QStringLiteral("tfa"), QStringLiteral("totp")},
                         {QStringLiteral("totp_secret"), QStringLiteral("JBSWY3DPEHPK3PXP")}}}},
        {QStringLiteral("tokens"), tokens}};
    QFile seedFile(dir.filePath(QStringLiteral("seed.json")));
    QVERIFY(seedFile.open(QIODevice::WriteOnly));
    seedFile.write(QJsonDocument(seed).toJson());
    seedFile.close();

    SandboxProcess sandbox;
    QVERIFY2(sandbox.start({QStringLiteral("--seed"), seedFile.fileName()}),
             qPrintable(sandbox.errorString()));
    const QString code = td::sandbox::totp::code(
        *td::sandbox::totp::decodeBase32(QStringLiteral("JBSWY3DPEHPK3PXP")),
        QDateTime::currentDateTimeUtc());
    const HttpReply login = httpCall(
        "PUT", sandbox.url().resolved(QUrl(QStringLiteral("-/user/org.couchdb.user:maintainer"))),
        R"({"name":"maintainer","password":"sandbox-password"})", {{"npm-otp", code.toUtf8()}});
    QCOMPARE(login.status, 201);
    const QByteArray session
        = login.json().object().value(QStringLiteral("token")).toString().toUtf8();
    // The program's per-request log line is part of what is measured (it is part of the product).

    const QByteArray request = "GET " + path
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + session + "\r\n\r\n";
    const int seconds = qEnvironmentVariableIsSet("TD_BENCH_SECONDS")
        ? qEnvironmentVariableIntValue("TD_BENCH_SECONDS")
        : 1;
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < 8; ++i)
        clients.push_back(std::make_unique<Client>(quint16(sandbox.url().port()), request));
    QElapsedTimer timer;
    timer.start();
    QTest::qWait(seconds * 1000);
    for (auto &c : clients)
        c->running = false;
    const qint64 ms = timer.elapsed();
    int total = 0, failures = 0;
    for (auto &c : clients) {
        total += c->completed;
        failures += c->failures;
    }
    QCOMPARE(failures, 0);
    QVERIFY(total > 0);
    qInfo().noquote() << QStringLiteral("%1: %2 requests/s (8 clients, %3 requests in %4 ms)")
                             .arg(QString::fromLatin1(QTest::currentDataTag()))
                             .arg(double(total) * 1000.0 / double(ms), 0, 'f', 0)
                             .arg(total)
                             .arg(ms);
}

QTEST_GUILESS_MAIN(SandboxBenchmark)
#include "bench_sandbox.moc"
