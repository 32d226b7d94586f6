// SPDX-License-Identifier: GPL-3.0-or-later
// PackumentPoller against a loopback fake registry with a fake clock: conditional abbreviated
// reads, the full packument only on change, the spread over the interval and its floor, 429
// back-off for the whole registry, the hourly budget, private packages (read token or listed as
// unwatched) and where credentials go.
#include "FakeClock.h"
#include "FakeRegistryServer.h"
#include "core/registry/DelayTimer.h"
#include "core/registry/PackumentFetch.h"
#include "core/secrets/InMemorySecretStore.h"
#include "core/watch/PackumentPoller.h"
#include "core/watch/ReadTokenSource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <utility>

using namespace td;
using namespace td::watch;
using namespace Qt::StringLiterals;
using namespace td::test;
using Reply = FakeRegistryServer::Reply;
using Request = FakeRegistryServer::Request;
using namespace std::chrono_literals;

namespace {
// Records the wake-ups the poller plans; the test drives pollDue() itself with the fake clock.
class PlannedWakeUps final : public DelayTimer
{
public:
    void start(std::chrono::milliseconds delay, QObject *, std::function<void()>) override
    {
        delays.append(delay);
    }
    QList<std::chrono::milliseconds> delays;
};

class FixedReadToken final : public ReadTokenSource
{
public:
    void readToken(const QUrl &, const QStringList &accounts, QObject *,
                   std::function<void(std::optional<SecretBuffer>)> done) override
    {
        asked += accounts;
        done(SecretBuffer(QByteArrayView("npm_ReadOnlyWatchToken")));
    }
    QStringList asked;
};

// Answers when the test says so, as a keychain busy under load does.
class LateReadToken final : public ReadTokenSource
{
public:
    void readToken(const QUrl &, const QStringList &, QObject *,
                   std::function<void(std::optional<SecretBuffer>)> done) override
    {
        pending = std::move(done);
    }
    void answer()
    {
        std::exchange(pending, {})(SecretBuffer(QByteArrayView("npm_ReadOnlyWatchToken")));
    }
    std::function<void(std::optional<SecretBuffer>)> pending;
};

// A registry of a few packages whose documents the test changes.
struct Packages
{
    QMap<QString, QString> latest; // package → latest version
    QSet<QString> privateOnes;     // 404 without "authorization: Bearer npm_ReadOnlyWatchToken"
    QByteArray rateLimitedPackage; // answers 429 retry-after 250 once
    bool stray304 = false;         // a proxy answering 304 to an unconditional read, once

    static QByteArray etagOf(bool abbreviated, const QString &version)
    {
        return (abbreviated ? "\"A-" : "\"F-") + version.toLatin1() + '"';
    }
    Reply answer(const Request &request)
    {
        const QString name = QUrl::fromPercentEncoding(request.target.mid(1));
        if (!latest.contains(name))
            return Reply::json(404, R"({"error":"not found"})");
        if (!rateLimitedPackage.isEmpty() && name.toLatin1() == rateLimitedPackage) {
            rateLimitedPackage.clear();
            return Reply::json(429, R"({"error":"slow down"})", {{"retry-after", "250"}});
        }
        if (privateOnes.contains(name)
            && request.header("authorization") != "Bearer npm_ReadOnlyWatchToken")
            return Reply::json(404, R"({"error":"not found"})");
        if (stray304 && !request.hasHeader("if-none-match")
            && !request.hasHeader("cache-control")) {
            stray304 = false;
            return Reply::json(304, {});
        }
        const bool abbreviated = request.header("accept").startsWith(kAbbreviatedPackumentType);
        const QString version = latest.value(name);
        const QByteArray etag = etagOf(abbreviated, version);
        if (request.header("if-none-match") == etag)
            return Reply::json(304, {}, {{"etag", etag}});
        QJsonObject versions{{version, QJsonObject{{u"name"_s, name}, {u"version"_s, version}}}};
        QJsonObject document{{u"name"_s, name},
                             {u"dist-tags"_s, QJsonObject{{u"latest"_s, version}}},
                             {u"versions"_s, versions}};
        if (!abbreviated)
            document.insert(u"maintainers"_s, QJsonArray{QJsonObject{{u"name"_s, u"alice"_s}}});
        return Reply::json(200, QJsonDocument(document).toJson(QJsonDocument::Compact),
                           {{"etag", etag}});
    }
};

QList<WatchTarget> targetsOf(const QUrl &registry, const QStringList &names)
{
    QList<WatchTarget> targets;
    for (const QString &name : names)
        targets.append({registry, name, {QStringLiteral("alice@127.0.0.1")}, false});
    return targets;
}
} // namespace

class TestWatchPoller : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<FakeRegistryServer> m_server;
    FakeClock m_clock;
    PlannedWakeUps m_wakeUps;
    Packages m_packages;

    std::unique_ptr<PackumentPoller> makePoller(const QStringList &names)
    {
        auto poller = std::make_unique<PackumentPoller>(m_nam.get(), m_clock);
        poller->setDelayTimer(&m_wakeUps);
        poller->setTargets(targetsOf(m_server->baseUrl(), names));
        return poller;
    }
    bool settle(int requests)
    {
        return QTest::qWaitFor([&] { return m_server->requests().size() >= requests; }, 10000);
    }

private Q_SLOTS:
    void init()
    {
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_server = std::make_unique<FakeRegistryServer>();
        QVERIFY(m_server->listen());
        m_packages = {};
        m_packages.latest = {{u"left-pad"_s, u"1.0.0"_s}};
        m_server->setHandler([this](const Request &r) { return m_packages.answer(r); });
        m_clock.set(QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC));
        m_wakeUps.delays.clear();
    }
    void cleanup()
    {
        m_server.reset();
        m_nam.reset();
    }

    void abbreviatedIsConditionalAndFullOnlyOnChange()
    {
        auto poller = makePoller({u"left-pad"_s});
        QSignalSpy changed(poller.get(), &PackumentPoller::packumentChanged);
        poller->start();
        QVERIFY(changed.wait(10000));
        QCOMPARE(m_server->requests().size(), 2);
        const Request first = m_server->requests().at(0);
        QVERIFY(first.header("accept").startsWith(kAbbreviatedPackumentType));
        QVERIFY(!first.hasHeader("if-none-match"));
        QVERIFY(!m_server->requests().at(1).header("accept").startsWith(kAbbreviatedPackumentType));
        QVERIFY(changed.at(0).at(2).toJsonObject().isEmpty()); // first sight: no `before`

        // Nothing changed: one conditional request, a 304, no full read.
        m_clock.advance(10min);
        poller->pollDue();
        QVERIFY(settle(3));
        QTest::qWait(50);
        QCOMPARE(m_server->requests().size(), 3);
        QCOMPARE(m_server->requests().at(2).header("if-none-match"), QByteArray("\"A-1.0.0\""));
        QCOMPARE(changed.size(), 1);

        // A new version: the abbreviated read says so, the full one follows.
        m_packages.latest[u"left-pad"_s] = u"1.1.0"_s;
        m_clock.advance(10min);
        poller->pollDue();
        QVERIFY(changed.wait(10000));
        QCOMPARE(m_server->requests().size(), 5);
        const QJsonObject before = changed.at(1).at(2).toJsonObject();
        const QJsonObject after = changed.at(1).at(3).toJsonObject();
        QVERIFY(before.value(u"versions"_s).toObject().contains(u"1.0.0"_s));
        QVERIFY(after.value(u"versions"_s).toObject().contains(u"1.1.0"_s));
        QCOMPARE(changed.at(1).at(4).toByteArray(), QByteArray("\"A-1.1.0\""));
    }

    void baselineFromMemoryMakesTheFirstReadConditional()
    {
        auto poller = makePoller({u"left-pad"_s});
        poller->setBaseline(m_server->baseUrl(), u"left-pad"_s, "\"A-1.0.0\"",
                            QJsonObject{{u"name"_s, u"left-pad"_s}});
        QSignalSpy changed(poller.get(), &PackumentPoller::packumentChanged);
        poller->start();
        QVERIFY(settle(1));
        QTest::qWait(50);
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requests().at(0).header("if-none-match"), QByteArray("\"A-1.0.0\""));
        QCOMPARE(changed.size(), 0);
    }

    void turnsAreSpreadOverTheInterval()
    {
        QStringList names;
        for (int i = 0; i < 10; ++i) {
            names << QStringLiteral("pkg-%1").arg(i);
            m_packages.latest.insert(names.last(), QStringLiteral("1.0.0"));
        }
        auto poller = makePoller(names);
        const QDateTime start = m_clock.now();
        QSet<qint64> offsets;
        for (const QString &name : names) {
            const qint64 offset = start.secsTo(poller->nextPoll(m_server->baseUrl(), name));
            QVERIFY(offset >= 0 && offset < 600);
            offsets.insert(offset / 60); // one turn per minute for 10 packages in 10 minutes
        }
        QCOMPARE(offsets.size(), 10);

        // Minute by minute over two intervals: one abbreviated read per package per interval.
        poller->start();
        for (int minute = 0; minute < 20; ++minute) {
            QVERIFY(QTest::qWaitFor([&] { return poller->budget().requestsLastHour > 0; }, 10000));
            QTest::qWait(30);
            m_clock.advance(1min);
            poller->pollDue();
        }
        QTest::qWait(100);
        QMap<QByteArray, int> abbreviatedReads;
        for (const Request &request : m_server->requests())
            if (request.header("accept").startsWith(kAbbreviatedPackumentType))
                ++abbreviatedReads[request.target];
        QCOMPARE(abbreviatedReads.size(), 10);
        for (auto it = abbreviatedReads.cbegin(); it != abbreviatedReads.cend(); ++it)
            QVERIFY2(it.value() >= 2 && it.value() <= 3, it.key().constData());
        // The wake-ups asked for are never less than a minute apart.
        for (const auto delay : std::as_const(m_wakeUps.delays))
            QVERIFY(delay >= 60s);
    }

    void intervalHasAFloor_data()
    {
        QTest::addColumn<int>("asked");
        QTest::addColumn<int>("used");
        QTest::newRow("one minute") << 60 << 300;
        QTest::newRow("five minutes") << 300 << 300;
        QTest::newRow("default") << 600 << 600;
        QTest::newRow("an hour") << 3600 << 3600;
        QTest::newRow("zero") << 0 << 300;
    }
    void intervalHasAFloor()
    {
        QFETCH(int, asked);
        QFETCH(int, used);
        auto poller = makePoller({u"left-pad"_s});
        QCOMPARE(poller->interval(), std::chrono::seconds(600));
        poller->setInterval(std::chrono::seconds(asked));
        QCOMPARE(poller->interval(), std::chrono::seconds(used));
        QCOMPARE(poller->budget().plannedRequestsPerHour, 3600 / used);
    }

    void rateLimitStopsTheWholeRegistry()
    {
        QStringList names{u"a"_s, u"b"_s, u"c"_s};
        for (const QString &name : names)
            m_packages.latest.insert(name, u"1.0.0"_s);
        m_packages.rateLimitedPackage = "a";
        auto poller = makePoller(names);
        poller->setInterval(std::chrono::minutes(5)); // turns at 0, 100 and 200 s
        poller->start(); // "a" is due at once, answers 429 retry-after 250
        QVERIFY(QTest::qWaitFor([&] { return poller->budget().backingOffUntil.isValid(); }, 10000));
        QCOMPARE(poller->budget().backingOffUntil, m_clock.now().addSecs(250));
        const qsizetype sent = m_server->requests().size();
        QCOMPARE(sent, 1);

        // b and c come due within the wait: nothing goes out until it has passed.
        for (int second = 0; second < 240; second += 60) {
            m_clock.advance(60s);
            poller->pollDue();
            QTest::qWait(30);
        }
        QCOMPARE(m_server->requests().size(), sent);

        m_clock.advance(11s);
        poller->pollDue();
        QVERIFY(settle(int(sent) + 6)); // a, b, c: abbreviated and full each
        QStringList served;
        const QList<Request> afterTheWait = m_server->requests().mid(sent);
        for (const Request &request : afterTheWait)
            served << QString::fromLatin1(request.target);
        served.removeDuplicates();
        served.sort();
        QCOMPARE(served, QStringList({u"/a"_s, u"/b"_s, u"/c"_s}));
    }

    void budgetCountsRequestsAndBytesOfTheLastHour()
    {
        auto poller = makePoller({u"left-pad"_s});
        poller->start();
        QVERIFY(settle(2));
        QTRY_COMPARE(poller->budget().requestsLastHour, 2);
        const qint64 firstBytes = poller->budget().bytesLastHour;
        QVERIFY(firstBytes > 100); // two JSON bodies with their headers

        m_clock.advance(10min);
        poller->pollDue();
        QTRY_COMPARE(poller->budget().requestsLastHour, 3);
        QVERIFY(poller->budget().bytesLastHour > firstBytes);
        QVERIFY(poller->budget().bytesLastHour - firstBytes < 200); // a 304: headers only
        QCOMPARE(poller->budget().packages, 1);
        QCOMPARE(poller->budget().plannedRequestsPerHour, 6);

        m_clock.advance(61min); // the first two fell out of the hour
        poller->pollDue();
        QTRY_COMPARE(poller->budget().requestsLastHour, 1);
    }

    void privatePackageWithoutTokenIsListedAsUnwatched()
    {
        m_packages.latest.insert(u"@acme/secret"_s, u"1.0.0"_s);
        m_packages.privateOnes.insert(u"@acme/secret"_s);
        auto poller = makePoller({u"@acme/secret"_s, u"left-pad"_s});
        QSignalSpy unwatchedChanged(poller.get(), &PackumentPoller::unwatchedChanged);
        poller->start();
        QTRY_COMPARE(poller->unwatched().size(), 1);
        QCOMPARE(poller->unwatched().at(0).package, QStringLiteral("@acme/secret"));
        QVERIFY(poller->unwatched().at(0).reason.contains(u"read token"_s));
        QVERIFY(!poller->nextPoll(m_server->baseUrl(), u"@acme/secret"_s).isValid());
        QCOMPARE(poller->budget().packages, 1);
        for (const Request &request : m_server->requests())
            QVERIFY(!request.hasHeader("authorization"));
    }

    void privatePackageIsReadWithTheReadTokenAndPublicOnesWithout()
    {
        m_packages.latest.insert(u"@acme/secret"_s, u"1.0.0"_s);
        m_packages.privateOnes.insert(u"@acme/secret"_s);
        FixedReadToken tokens;
        auto poller = makePoller({u"@acme/secret"_s, u"left-pad"_s});
        poller->setReadTokens(&tokens);
        QSignalSpy changed(poller.get(), &PackumentPoller::packumentChanged);
        poller->start();
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000); // the secret one, with the token
        m_clock.advance(5min); // left-pad's turn, the read token at hand
        poller->pollDue();
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 10000);
        m_clock.advance(10min); // both again (conditional reads)
        poller->pollDue();
        QVERIFY(settle(7)); // 404, then with the token: abbreviated + full twice, two 304s
        QVERIFY(poller->unwatched().isEmpty());
        QCOMPARE(tokens.asked, QStringList{u"alice@127.0.0.1"_s});
        for (const Request &request : m_server->requests()) {
            const bool secret = request.target == "/@acme%2Fsecret";
            if (!secret)
                QVERIFY2(!request.hasHeader("authorization"), request.target.constData());
        }
        QVERIFY(std::any_of(m_server->requests().cbegin(), m_server->requests().cend(),
                            [](const Request &r) {
                                return r.header("authorization") == "Bearer npm_ReadOnlyWatchToken";
                            }));
    }

    // `watch --once` and the desktop's pass end when the poller is idle: while the read token of
    // a private package that answered 404 is being read, its read with the token is still to come.
    void notIdleWhileAPrivatePackagesReadTokenIsRead()
    {
        m_packages.latest.insert(u"@acme/secret"_s, u"1.0.0"_s);
        m_packages.privateOnes.insert(u"@acme/secret"_s);
        LateReadToken tokens;
        auto poller = makePoller({u"@acme/secret"_s});
        poller->setReadTokens(&tokens);
        QSignalSpy changed(poller.get(), &PackumentPoller::packumentChanged);
        poller->start();
        poller->pollAllNow();
        QTRY_VERIFY_WITH_TIMEOUT(bool(tokens.pending), 10000); // the anonymous read saw a 404
        QCOMPARE(m_server->requests().size(), 1);
        QVERIFY(!poller->isIdle());
        tokens.answer();
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
        QTRY_VERIFY(poller->isIdle());
        QVERIFY(poller->unwatched().isEmpty());
    }

    void readTokenNeverFollowsARedirectToAnotherOrigin()
    {
        FakeRegistryServer elsewhere;
        QVERIFY(elsewhere.listen());
        elsewhere.setHandler([](const Request &) { return Reply::json(200, "{}"); });
        const QByteArray away = elsewhere.baseUrl().toEncoded() + "secret";
        m_server->setHandler([away](const Request &request) {
            if (!request.hasHeader("authorization"))
                return Reply::json(404, R"({"error":"not found"})");
            return Reply::json(302, {}, {{"location", away}});
        });
        FixedReadToken tokens;
        auto poller = makePoller({u"@acme/secret"_s});
        poller->setReadTokens(&tokens);
        QSignalSpy failed(poller.get(), &PackumentPoller::pollFailed);
        poller->start();
        QVERIFY(failed.wait(10000));
        for (const Request &request : elsewhere.requests())
            QVERIFY(!request.hasHeader("authorization"));
    }

    void keychainReadTokenIsOnlyForItsOwnRegistry()
    {
        InMemorySecretStore store;
        bool written = false;
        store.write(u"read-a"_s, SecretBuffer(QByteArrayView("token-of-a")), this,
                    [&written](Result<void>) { written = true; });
        QVERIFY(QTest::qWaitFor([&] { return written; }, 5000));
        KeychainReadTokens tokens(store);
        const QUrl a(u"https://a.example/"_s), b(u"https://b.example/"_s);
        tokens.setTokenKey(a, u"alice@a"_s, u"read-a"_s);
        const auto ask = [&tokens, this](const QUrl &registry, const QStringList &accounts) {
            std::optional<std::optional<QByteArray>> answer;
            tokens.readToken(
                registry, accounts, this, [&answer](std::optional<SecretBuffer> token) {
                    answer.emplace(token ? std::optional<QByteArray>(QByteArray(token->reveal()))
                                         : std::nullopt);
                });
            [[maybe_unused]] const bool answered
                = QTest::qWaitFor([&] { return answer.has_value(); }, 5000);
            return answer.value_or(std::nullopt);
        };
        QCOMPARE(ask(a, {u"alice@a"_s}), std::optional<QByteArray>("token-of-a"));
        QCOMPARE(ask(a, {}), std::optional<QByteArray>("token-of-a")); // a pin on a
        QCOMPARE(ask(a, {u"bob@a"_s}), std::nullopt);
        QCOMPARE(ask(b, {}), std::nullopt); // never another registry's token
        QCOMPARE(ask(b, {u"alice@a"_s}), std::nullopt);
        tokens.setTokenKey(a, u"alice@a"_s, {});
        QCOMPARE(ask(a, {}), std::nullopt);
    }

    void strayNotModifiedIsAskedAgainWithoutCache()
    {
        m_packages.stray304 = true;
        auto poller = makePoller({u"left-pad"_s});
        QSignalSpy changed(poller.get(), &PackumentPoller::packumentChanged);
        poller->start();
        QVERIFY(changed.wait(10000));
        QCOMPARE(m_server->requests().at(1).header("cache-control"), QByteArray("no-cache"));
        QTRY_COMPARE(poller->budget().requestsLastHour, 3);
    }
};

QTEST_GUILESS_MAIN(TestWatchPoller)
#include "tst_watchpoller.moc"
