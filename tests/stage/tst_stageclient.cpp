// SPDX-License-Identifier: GPL-3.0-or-later
// StageClient / RegistryClient's stage calls against the loopback fake registry: npm's paging
// and headers, npm's rendering of items, one clear message per error, and the release diff
// fetched end to end (view, staged tarball, packument, previous tarball).
#include "AwaitResult.h"
#include "FakeClock.h"
#include "FakeRegistryServer.h"
#include "StageFixtures.h"
#include "TarballBuilder.h"
#include "core/registry/RegistryClient.h"
#include "core/registry/json/StageDto.h"
#include "core/stage/StageClient.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <QUrlQuery>

using namespace td;
using namespace td::test;
using Reply = FakeRegistryServer::Reply;

class TestStageClient : public QObject
{
    Q_OBJECT
    QNetworkAccessManager m_nam;
    FakeClock m_clock;
    std::unique_ptr<FakeRegistryServer> m_server;
    std::unique_ptr<RegistryClient> m_registry;
    std::unique_ptr<StageClient> m_client;

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeRegistryServer>();
        QVERIFY(m_server->listen());
        m_registry = std::make_unique<RegistryClient>(&m_nam, m_server->baseUrl(), m_clock);
        m_registry->setAuthToken(SecretBuffer(QByteArrayView("session-secret")));
        m_client = std::make_unique<StageClient>(*m_registry);
    }

    void listReadsPagesOfHundredUntilTotal_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("reportedTotal"); // -1: the registry leaves total out
        QTest::addColumn<int>("requests");
        QTest::newRow("250 in three pages") << 250 << 250 << 3;
        QTest::newRow("exactly one page, total says so") << 100 << 100 << 1;
        QTest::newRow("short page ends without total") << 130 << -1 << 2;
        QTest::newRow("nothing staged") << 0 << 0 << 1;
    }
    void listReadsPagesOfHundredUntilTotal()
    {
        QFETCH(int, count);
        QFETCH(int, reportedTotal);
        QFETCH(int, requests);
        m_server->setHandler([count, reportedTotal](const FakeRegistryServer::Request &r) {
            const QUrlQuery query(QUrl(QString::fromLatin1(r.target)).query());
            const int page = query.queryItemValue(QStringLiteral("page")).toInt();
            const int perPage = query.queryItemValue(QStringLiteral("perPage")).toInt();
            QByteArrayList items;
            for (int i = page * perPage; i < std::min(count, (page + 1) * perPage); ++i)
                items << stageItem(i);
            QByteArray body = "{\"items\":[" + items.join(',') + "],\"page\":"
                + QByteArray::number(page) + ",\"perPage\":" + QByteArray::number(perPage);
            if (reportedTotal >= 0)
                body += ",\"total\":" + QByteArray::number(reportedTotal);
            return Reply::json(200, body + '}');
        });
        const auto list = await<QList<StagedRelease>>([&](auto done) { m_client->list({}, done); });
        QVERIFY2(list.ok(), qPrintable(why(list)));
        QCOMPARE(list.value().size(), count);
        QCOMPARE(m_server->requests().size(), requests);
        const auto &first = m_server->requests().constFirst();
        QCOMPARE(first.target, QByteArray("/-/stage?page=0&perPage=100"));
        QCOMPARE(first.header("npm-command"), QByteArray("stage"));
        QCOMPARE(first.header("authorization"), QByteArray("Bearer session-secret"));
        if (requests > 1)
            QCOMPARE(m_server->requests().at(1).target, QByteArray("/-/stage?page=1&perPage=100"));
    }

    void listFiltersByPackage()
    {
        m_server->setHandler([](const auto &) {
            return Reply::json(200, "{\"items\":[],\"page\":0,\"perPage\":100,\"total\":0}");
        });
        QVERIFY(await<QList<StagedRelease>>([&](auto done) {
                    m_client->list(QStringLiteral("@acme/ui"), done);
                }).ok());
        QCOMPARE(m_server->requests().constFirst().target,
                 QByteArray("/-/stage?page=0&perPage=100&package=%40acme%2Fui"));
    }

    void viewRendersFieldsAsNpmDoes()
    {
        // An extra field the registry added after `status`, and a null one npm leaves out.
        m_server->setHandler([](const auto &) {
            QByteArray item = stageItem(7, "@acme/ui", "2.4.0", "validating");
            item.chop(1);
            return Reply::json(
                200, item + ",\"reviewers\":[\"a\",\"b\"],\"note\":null,\"meta\":{\"x\":1}}");
        });
        const auto view
            = await<StagedRelease>([&](auto done) { m_client->view(stageUuid(7), done); });
        QVERIFY2(view.ok(), qPrintable(why(view)));
        QCOMPARE(m_server->requests().constFirst().target,
                 QByteArray("/-/stage/" + stageUuid(7).toLatin1()));
        const StagedRelease &r = view.value();
        QVERIFY(r.isValidating());
        QVERIFY(r.stagedByAutomation());
        QCOMPARE(r.created, QDateTime(QDate(2026, 12, 1), QTime(10, 7), Qt::UTC));
        QStringList lines;
        for (const auto &[key, value] : r.npmFields)
            lines << key + QStringLiteral(": ") + value;
        QCOMPARE(lines,
                 (QStringList{
                     QStringLiteral("id: ") + stageUuid(7),
                     QStringLiteral("package name: @acme/ui"),
                     QStringLiteral("version: 2.4.0"),
                     QStringLiteral("tag: latest"),
                     QStringLiteral("date staged: 2026-12-01T10:07:00.000Z"),
                     QStringLiteral("staged by: GitHub Actions (trusted automation)"),
                     QStringLiteral("shasum: 0123456789abcdef0123456789abcdef01234567"),
                     QStringLiteral("access: public"),
                     QStringLiteral("status: validating"),
                     QStringLiteral("reviewers: a,b"),
                     QStringLiteral("meta: [object Object]"),
                 }));
        // --json keeps the registry's key order, two-space indented like JSON.stringify.
        const QByteArray expectedStart
            = "{\n  \"id\": \"" + stageUuid(7).toLatin1() + "\",\n  \"packageName\": \"@acme/ui\"";
        QVERIFY(json::stageItemJson(r).startsWith(expectedStart));
    }

    void refusesIdsThatAreNotUuids()
    {
        const auto view = await<StagedRelease>(
            [&](auto done) { m_client->view(QStringLiteral("../../-/npm/v1/tokens"), done); });
        QVERIFY(!view.ok());
        QCOMPARE(view.error().message, QStringLiteral("stage-id must be a valid UUID"));
        QVERIFY(m_server->requests().isEmpty());
    }

    void errorsSayOneClearThing_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("404 view")
            << "view" << 404
            << QByteArray(
                   R"({"message":"Not Found - No staged package version found with the provided ID."})")
            << int(ErrorCode::E404)
            << QStringLiteral("No staged version with id %1 waits on the registry.");
        QTest::newRow("404 approve")
            << "approve" << 404 << QByteArray(R"({"message":"Not Found"})") << int(ErrorCode::E404)
            << QStringLiteral("No staged version with id %1 waits on the registry.");
        QTest::newRow("409 validating")
            << "approve" << 409
            << QByteArray(
                   R"({"message":"Staged package version is still validating and cannot be approved yet."})")
            << int(ErrorCode::E409)
            << QStringLiteral("Staged version %1 is still being validated by the registry and "
                              "cannot be approved yet.");
        QTest::newRow("409 duplicate")
            << "approve" << 409
            << QByteArray(
                   "{\"message\":\"Cannot publish over previously staged version \\\"2.4.0\\\".\"}")
            << int(ErrorCode::E409)
            << QStringLiteral("The registry already has this version, published or staged (%1).");
        QTest::newRow("401 session ended")
            << "list" << 401 << QByteArray(R"({"message":"Unauthorized"})")
            << int(ErrorCode::ENEEDAUTH)
            << QStringLiteral("Your session with 127.0.0.1 has ended.");
        QTest::newRow("403 without 2fa")
            << "reject" << 403 << QByteArray(R"({"message":"Please enable 2fa for your account"})")
            << int(ErrorCode::E403)
            << QStringLiteral("Approving or rejecting a staged version needs two-factor "
                              "authentication on your npm account.");
        QTest::newRow("malformed list")
            << "list" << 200 << QByteArray(R"({"items":{"not":"a list"}})")
            << int(ErrorCode::MalformedResponse)
            << QStringLiteral(
                   "The registry sent an answer TokenDesk cannot read (staged versions).");
        QTest::newRow("item without id")
            << "view" << 200 << QByteArray(R"({"packageName":"x","version":"1.0.0"})")
            << int(ErrorCode::MalformedResponse)
            << QStringLiteral(
                   "The registry sent an answer TokenDesk cannot read (staged version).");
        QTest::newRow("not json")
            << "list" << 200 << QByteArray("<html>proxy error</html>")
            << int(ErrorCode::MalformedResponse)
            << QStringLiteral(
                   "The registry sent an answer TokenDesk cannot read (staged versions).");
    }
    void errorsSayOneClearThing()
    {
        QFETCH(QString, call);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        QFETCH(QString, message);
        m_server->setHandler([status, body](const auto &) { return Reply::json(status, body); });
        const QString id = stageUuid(3);
        Result<void> result;
        if (call == QLatin1String("list")) {
            const auto r = await<QList<StagedRelease>>([&](auto d) { m_client->list({}, d); });
            result = r.ok() ? Result<void>() : Result<void>(r.error());
        } else if (call == QLatin1String("view")) {
            const auto r = await<StagedRelease>([&](auto d) { m_client->view(id, d); });
            result = r.ok() ? Result<void>() : Result<void>(r.error());
        } else if (call == QLatin1String("approve")) {
            result = await<void>([&](auto d) { m_client->approve(id, d); });
        } else {
            result = await<void>([&](auto d) { m_client->reject(id, d); });
        }
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().code), code);
        QCOMPARE(result.error().message,
                 message.contains(QLatin1String("%1")) ? message.arg(id) : message);
        QVERIFY(!result.error().hint.isEmpty());
    }

    void approveAndRejectUseNpmsRequests()
    {
        m_server->setHandler([](const FakeRegistryServer::Request &r) {
            if (r.method == "POST")
                return Reply::json(
                    201, R"({"message":"Package version approved and published successfully."})");
            return Reply::json(204, {});
        });
        QVERIFY(await<void>([&](auto d) { m_client->approve(stageUuid(1), d); }).ok());
        QVERIFY(await<void>([&](auto d) { m_client->reject(stageUuid(2), d); }).ok());
        const auto &requests = m_server->requests();
        QCOMPARE(requests.at(0).method, QByteArray("POST"));
        QCOMPARE(requests.at(0).target,
                 QByteArray("/-/stage/" + stageUuid(1).toLatin1() + "/approve"));
        QVERIFY(requests.at(0).body.isEmpty());
        QCOMPARE(requests.at(1).method, QByteArray("DELETE"));
        QCOMPARE(requests.at(1).target, QByteArray("/-/stage/" + stageUuid(2).toLatin1()));
    }

    void diffFetchesBothTarballs_data()
    {
        QTest::addColumn<bool>("published");
        QTest::newRow("against the last release") << true;
        QTest::newRow("a new package: everything added") << false;
    }
    void diffFetchesBothTarballs()
    {
        QFETCH(bool, published);
        const QByteArray oldTgz
            = buildTarball({file(QStringLiteral("package.json"), manifest("@acme/ui", "2.3.0")),
                            file(QStringLiteral("index.js"), "a\n")});
        const QByteArray newTgz = buildTarball(
            {file(QStringLiteral("package.json"),
                  manifest("@acme/ui", "2.4.0", R"("scripts":{"postinstall":"node x.js"})")),
             file(QStringLiteral("index.js"), "b\n")});
        const QByteArray base = m_server->baseUrl().toString().toUtf8();
        const QString id = stageUuid(4);
        m_server->setHandler([=](const FakeRegistryServer::Request &r) {
            if (r.target == "/-/stage/" + id.toLatin1())
                return Reply::json(200, stageItem(4, "@acme/ui", "2.4.0"));
            if (r.target == "/-/stage/" + id.toLatin1() + "/tarball")
                return Reply{200, {{"content-type", "application/octet-stream"}}, newTgz};
            if (r.target == "/@acme%2Fui" || r.target == "/@acme%2fui") {
                if (!published)
                    return Reply::json(404, R"({"error":"Not found"})");
                return Reply::json(200,
                                   "{\"name\":\"@acme/ui\",\"versions\":{"
                                   "\"2.2.0\":{\"dist\":{\"tarball\":\""
                                       + base
                                       + "old-2.2.0.tgz\"}},"
                                         "\"2.3.0\":{\"dist\":{\"tarball\":\""
                                       + base
                                       + "old.tgz\"}},"
                                         "\"0.0.0-stage\":{\"dist\":{\"tarball\":\""
                                       + base
                                       + "placeholder.tgz\"}}},"
                                         "\"time\":{\"2.2.0\":\"2026-10-01T00:00:00.000Z\",\"2.3."
                                         "0\":\"2026-11-01T00:00:00.000Z\","
                                         "\"0.0.0-stage\":\"2026-11-30T00:00:00.000Z\"}}");
            }
            if (r.target == "/old.tgz")
                return Reply{200, {}, oldTgz};
            return Reply::json(404, "{}");
        });
        const auto diff = await<ReleaseDiff>([&](auto d) { m_client->diff(id, d); });
        QVERIFY2(diff.ok(), qPrintable(why(diff)));
        QCOMPARE(diff.value().oldVersion, published ? QStringLiteral("2.3.0") : QString());
        QCOMPARE(diff.value().newVersion, QStringLiteral("2.4.0"));
        QVERIFY(diff.value().changesInstallScripts());
        QCOMPARE(diff.value().files.size(), 2);
        QCOMPARE(diff.value().files.first().kind,
                 published ? FileChange::Kind::Changed : FileChange::Kind::Added);
    }

    void previousTarballOnAnotherOriginGetsNoCredential_data()
    {
        QTest::addColumn<QString>("tarballUrl"); // "OTHER" = a second loopback server
        QTest::addColumn<bool>("fetched");
        QTest::newRow("another origin") << QStringLiteral("OTHER") << true;
        QTest::newRow("plain http off loopback")
            << QStringLiteral("http://example.com/old.tgz") << false;
    }
    void previousTarballOnAnotherOriginGetsNoCredential()
    {
        QFETCH(QString, tarballUrl);
        QFETCH(bool, fetched);
        FakeRegistryServer cdn;
        QVERIFY(cdn.listen());
        const QByteArray oldTgz
            = buildTarball({file(QStringLiteral("package.json"), manifest("p", "1.0.0"))});
        cdn.setHandler([oldTgz](const auto &) { return Reply{200, {}, oldTgz}; });
        const QByteArray url = tarballUrl == QLatin1String("OTHER")
            ? cdn.baseUrl().toString().toUtf8() + "old.tgz"
            : tarballUrl.toUtf8();
        const QByteArray newTgz
            = buildTarball({file(QStringLiteral("package.json"), manifest("p", "1.1.0"))});
        const QString id = stageUuid(6);
        m_server->setHandler([=](const FakeRegistryServer::Request &r) {
            if (r.target.endsWith("/tarball"))
                return Reply{200, {}, newTgz};
            if (r.target.startsWith("/-/stage/"))
                return Reply::json(200, stageItem(6, "p", "1.1.0"));
            return Reply::json(200,
                               "{\"name\":\"p\",\"versions\":{\"1.0.0\":{\"dist\":{\"tarball\":\""
                                   + url
                                   + "\"}}},\"time\":{\"1.0.0\":\"2026-11-01T00:00:00.000Z\"}}");
        });
        const auto diff = await<ReleaseDiff>([&](auto d) { m_client->diff(id, d); });
        QCOMPARE(diff.ok(), fetched);
        if (!fetched) {
            QVERIFY(cdn.requests().isEmpty());
            return;
        }
        QCOMPARE(diff.value().oldVersion, QStringLiteral("1.0.0"));
        QCOMPARE(cdn.requests().size(), 1);
        QVERIFY(!cdn.requests().constFirst().hasHeader("authorization")); // never to another origin
        QVERIFY(m_server->requests().constFirst().hasHeader("authorization"));
    }

    // A tarball may be larger than the 10 MB cap on JSON answers; the cap is back afterwards.
    void downloadsTarballsLargerThanTheJsonCap()
    {
        QByteArray noise(12 * 1024 * 1024, Qt::Uninitialized); // incompressible
        quint32 seed = 7;
        for (char &c : noise)
            c = char((seed = seed * 1103515245u + 12345u) >> 24);
        const QByteArray big = buildTarball({file(QStringLiteral("blob.bin"), noise)});
        QVERIFY(big.size() > m_registry->transportOptions().maxResponseBytes);
        m_server->setHandler([big](const auto &) { return Reply{200, {}, big}; });
        const auto tgz = await<QByteArray>([&](auto d) { m_client->download(stageUuid(8), d); });
        QVERIFY2(tgz.ok(), qPrintable(why(tgz)));
        QCOMPARE(tgz.value().size(), big.size());
        QCOMPARE(m_registry->transportOptions().maxResponseBytes, 10 * 1024 * 1024);
    }

    void hostileStagedTarballEndsTheDiffWithItsReason()
    {
        const QString id = stageUuid(5);
        const QByteArray evil
            = buildTarball({raw(QStringLiteral("package/../../.ssh/authorized_keys"), "key")});
        m_server->setHandler([=](const FakeRegistryServer::Request &r) {
            if (r.target.endsWith("/tarball"))
                return Reply{200, {}, evil};
            return Reply::json(200, stageItem(5));
        });
        const auto diff = await<ReleaseDiff>([&](auto d) { m_client->diff(id, d); });
        QVERIFY(!diff.ok());
        QVERIFY2(diff.error().message.contains(QStringLiteral("points outside the package folder")),
                 qPrintable(diff.error().message));
    }
};

QTEST_GUILESS_MAIN(TestStageClient)
#include "tst_stageclient.moc"
