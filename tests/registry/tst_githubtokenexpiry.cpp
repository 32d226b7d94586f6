// SPDX-License-Identifier: GPL-3.0-or-later
// GitHub Packages has no token API: the expiry of the token comes from the
// GitHub-Authentication-Token-Expiration header of any authenticated answer. The parse, and the
// client keeping it from a real HTTP exchange (FakeRegistryServer on loopback).
#include "AwaitResult.h"
#include "FakeClock.h"
#include "FakeRegistryServer.h"
#include "core/registry/GitHubTokenExpiration.h"
#include "core/registry/RegistryClient.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace td;
using td::test::FakeRegistryServer;

class TestGitHubTokenExpiry : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QDateTime>("expected"); // invalid = not read
        const QDateTime at(QDate(2026, 12, 31), QTime(23, 59, 59), Qt::UTC);
        QTest::newRow("UTC") << QByteArray("2026-12-31 23:59:59 UTC") << at;
        QTest::newRow("offset +0000") << QByteArray("2026-12-31 23:59:59 +0000") << at;
        QTest::newRow("offset +0200") << QByteArray("2027-01-01 01:59:59 +0200") << at;
        QTest::newRow("offset -07:00") << QByteArray("2026-12-31 16:59:59 -07:00") << at;
        QTest::newRow("spaces around") << QByteArray("  2026-12-31 23:59:59 UTC ") << at;
        QTest::newRow("empty") << QByteArray() << QDateTime();
        QTest::newRow("spaces only") << QByteArray("  \t ") << QDateTime();
        QTest::newRow("ISO, not GitHub's form")
            << QByteArray("2026-12-31T23:59:59Z") << QDateTime();
        QTest::newRow("no such day") << QByteArray("2026-02-30 10:00:00 UTC") << QDateTime();
        QTest::newRow("garbage") << QByteArray("never") << QDateTime();
    }
    void parse()
    {
        QFETCH(QByteArray, header);
        QFETCH(QDateTime, expected);
        const auto parsed = parseGitHubTokenExpiration(header);
        QCOMPARE(parsed.has_value(), expected.isValid());
        if (parsed)
            QCOMPARE(*parsed, expected);
    }

    void clientKeepsTheExpiryOfAuthenticatedAnswers()
    {
        FakeRegistryServer server;
        QVERIFY(server.listen());
        QByteArray expiration = "2027-01-15 08:00:00 UTC";
        server.setHandler([&expiration](const FakeRegistryServer::Request &request) {
            QList<QPair<QByteArray, QByteArray>> headers;
            if (request.hasHeader("authorization") && !expiration.isEmpty())
                headers.append({"GitHub-Authentication-Token-Expiration", expiration});
            return FakeRegistryServer::Reply::json(200, R"({"username":"octocat"})", headers);
        });
        test::FakeClock clock;
        auto nam = std::make_unique<QNetworkAccessManager>();
        RegistryClient client(nam.get(), server.baseUrl(), clock);
        QVERIFY(!client.reportedTokenExpiry());

        client.setAuthToken(SecretBuffer(QByteArrayView("ghp_FakeGitHubTokenForTheTest0123456")),
                            RegistryClient::Credential::AccessToken);
        auto user
            = test::await<QString>([&](auto done) { client.whoami(&client, std::move(done)); });
        QVERIFY(user.ok());
        QVERIFY(client.reportedTokenExpiry());
        QCOMPARE(*client.reportedTokenExpiry(),
                 QDateTime(QDate(2027, 1, 15), QTime(8, 0), Qt::UTC));

        // An answer without the header (a token that does not expire, or a proxy dropping it)
        // does not erase what GitHub said before.
        expiration.clear();
        user = test::await<QString>([&](auto done) { client.whoami(&client, std::move(done)); });
        QVERIFY(user.ok());
        QCOMPARE(*client.reportedTokenExpiry(),
                 QDateTime(QDate(2027, 1, 15), QTime(8, 0), Qt::UTC));
    }

    void unauthenticatedAnswersSayNothingAboutOurToken()
    {
        FakeRegistryServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeRegistryServer::Request &) {
            return FakeRegistryServer::Reply::json(
                200, R"({"objects":[],"total":0})",
                {{"GitHub-Authentication-Token-Expiration", "2027-01-15 08:00:00 UTC"}});
        });
        test::FakeClock clock;
        auto nam = std::make_unique<QNetworkAccessManager>();
        RegistryClient client(nam.get(), server.baseUrl(), clock);
        const auto found = test::await<SearchResult>(
            [&](auto done) { client.search(QStringLiteral("x"), 1, 0, &client, std::move(done)); });
        QVERIFY(found.ok());
        QVERIFY(!client.reportedTokenExpiry());
    }
};

QTEST_GUILESS_MAIN(TestGitHubTokenExpiry)
#include "tst_githubtokenexpiry.moc"
