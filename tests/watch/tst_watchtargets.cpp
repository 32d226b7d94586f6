// SPDX-License-Identifier: GPL-3.0-or-later
// WatchTargets against a loopback fake registry: the packages each account can write (its own
// list and its organizations' lists), merged per registry with the pins.
#include "FakeClock.h"
#include "FakeRegistryServer.h"
#include "core/registry/RegistryClient.h"
#include "core/watch/WatchTargets.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <optional>

using namespace td;
using namespace td::watch;
using namespace Qt::StringLiterals;
using namespace td::test;
using Reply = FakeRegistryServer::Reply;
using Request = FakeRegistryServer::Request;

namespace {
Reply registryAnswer(const Request &request)
{
    const bool signedIn = request.header("authorization") == "Bearer alice-session";
    if (request.target == "/-/user/alice/package")
        return Reply::json(200,
                           R"({"@acme/ui":"write","alice-utils":"write",)"
                           R"("readonly-thing":"read","@alice/own":"write"})");
    if (request.target == "/-/user/bob/package")
        return Reply::json(200, R"({"@acme/core":"write"})");
    if (request.target == "/-/org/acme/package")
        return signedIn ? Reply::json(200,
                                      R"({"@acme/ui":"write","@acme/core":"write",)"
                                      R"("@acme/docs":"read"})")
                        : Reply::json(401, R"({"error":"log in"})");
    if (request.target == "/-/user/carol/package")
        return Reply::json(500, R"({"error":"boom"})");
    return Reply::json(404, R"({"error":"not found"})");
}

Account accountOf(const QUrl &registry, const QString &user)
{
    Account account;
    account.registry = registry;
    account.user = user;
    account.id = Account::makeId(registry, user);
    return account;
}
} // namespace

class TestWatchTargets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writablePackagesOfEveryAccountAndTheirOrgsPlusPins()
    {
        QNetworkAccessManager nam;
        FakeRegistryServer server;
        QVERIFY(server.listen());
        server.setHandler(registryAnswer);
        FakeClock clock;
        const QUrl url = server.baseUrl();
        RegistryClient alice(&nam, url, clock), bob(&nam, url, clock), carol(&nam, url, clock);
        alice.setAuthToken(SecretBuffer(QByteArrayView("alice-session")));
        TransportOptions noRetry;
        noRetry.maxRateLimitRetries = 0;
        carol.setTransportOptions(noRetry);

        const QList<WatchAccount> accounts{{accountOf(url, u"alice"_s), &alice},
                                           {accountOf(url, u"bob"_s), &bob},
                                           {accountOf(url, u"carol"_s), &carol}};
        const QList<WatchPin> pins{{url, u"react"_s}, {url, u"@acme/ui"_s}};
        std::optional<WatchTargetList> list;
        collectWatchTargets(accounts, pins, nullptr,
                            [&list](WatchTargetList answer) { list = std::move(answer); });
        QVERIFY(QTest::qWaitFor([&] { return list.has_value(); }, 10000));

        QStringList packages;
        for (const WatchTarget &target : list->targets)
            packages << target.package;
        QCOMPARE(packages,
                 QStringList({u"@acme/core"_s, u"@acme/ui"_s, u"@alice/own"_s, u"alice-utils"_s,
                              u"react"_s}));
        const auto &core = list->targets.at(0);
        QCOMPARE(core.writers, QStringList({accounts[0].account.id, accounts[1].account.id}));
        QVERIFY(!core.pinned);
        QVERIFY(list->targets.at(1).pinned);
        QCOMPARE(list->targets.at(1).writers, QStringList{accounts[0].account.id});
        QVERIFY(list->targets.at(4).pinned);
        QVERIFY(list->targets.at(4).writers.isEmpty());
        for (const WatchTarget &target : list->targets)
            QCOMPARE(target.registry, url);

        // Carol's list could not be read: said once, in words naming her and the registry.
        QCOMPARE(list->problems.size(), 1);
        QVERIFY(list->problems.at(0).contains(u"carol"_s));
        // The user's own scope is no organization; bob has no session, so no org list for him.
        QStringList targets;
        for (const Request &request : server.requests())
            targets << QString::fromLatin1(request.target);
        QVERIFY(!targets.contains(u"/-/org/alice/package"_s));
        QCOMPARE(targets.count(u"/-/org/acme/package"_s), 1);
    }

    void pinsAloneAndDuplicatesAcrossRegistries()
    {
        const QUrl npm(u"https://registry.npmjs.org/"_s);
        const QUrl other(u"https://npm.example.com/"_s);
        const QList<WatchTarget> merged = mergeWatchTargets({{npm, u"a@npm"_s, {u"x"_s, u"y"_s}},
                                                             {other, u"a@other"_s, {u"x"_s}},
                                                             {npm, u"b@npm"_s, {u"x"_s}}},
                                                            {{other, u"x"_s}, {npm, u"z"_s}});
        QCOMPARE(merged.size(), 4); // sorted by registry, then package
        QCOMPARE(merged.at(0).registry, other);
        QCOMPARE(merged.at(0).package, u"x"_s);
        QVERIFY(merged.at(0).pinned);
        QCOMPARE(merged.at(0).writers, QStringList{u"a@other"_s});
        QCOMPARE(merged.at(1).registry, npm);
        QCOMPARE(merged.at(1).package, u"x"_s);
        QCOMPARE(merged.at(1).writers, QStringList({u"a@npm"_s, u"b@npm"_s}));
        QVERIFY(!merged.at(1).pinned);
        QCOMPARE(merged.at(2).package, u"y"_s);
        QCOMPARE(merged.at(3).package, u"z"_s);
        QVERIFY(merged.at(3).pinned);
        QVERIFY(merged.at(3).writers.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWatchTargets)
#include "tst_watchtargets.moc"
