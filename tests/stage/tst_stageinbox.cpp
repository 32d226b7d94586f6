// SPDX-License-Identifier: GPL-3.0-or-later
// StageInbox with an injected clock and delay timer against the loopback fake registry: every
// account with a live session is polled, one whose session ended is not (and says so), each
// staged version is announced once — also across restarts — and placeholders never are.
#include "FakeClock.h"
#include "FakeRegistryServer.h"
#include "RegistryTestSupport.h"
#include "StageFixtures.h"
#include "core/registry/DelayTimer.h"
#include "core/registry/RegistryClient.h"
#include "core/stage/StageInbox.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;
using Reply = FakeRegistryServer::Reply;
using namespace std::chrono_literals;

namespace {
// Accounts on one fake registry; each account's credential is "tok-<user>".
class FakeSource final : public StageAccountSource
{
public:
    FakeSource(QNetworkAccessManager &nam, const QUrl &url, const Clock &clock)
        : m_nam(nam), m_url(url), m_clock(clock)
    { }
    QList<Account> list;
    QList<Account> accounts() override { return list; }
    bool pollable(const Account &a, const QDateTime &now) override { return a.hasSession(now); }
    RegistryClient *makeClient(const Account &, QObject *parent) override
    {
        return new RegistryClient(&m_nam, m_url, m_clock, parent);
    }
    void authorize(RegistryClient &client, const Account &a, QObject *,
                   std::function<void(Result<void>)> done) override
    {
        client.setAuthToken(SecretBuffer::fromString(QStringLiteral("tok-") + a.user));
        done({});
    }

private:
    QNetworkAccessManager &m_nam;
    QUrl m_url;
    const Clock &m_clock;
};

Account account(const QString &user, const QDateTime &sessionEnds)
{
    Account a;
    a.user = user;
    a.registry = QUrl(QStringLiteral("http://127.0.0.1/"));
    a.id = user + QStringLiteral("@127.0.0.1");
    a.sessionExpires = sessionEnds;
    return a;
}

QByteArray page(const QByteArrayList &items)
{
    return "{\"items\":[" + items.join(',')
        + "],\"page\":0,\"perPage\":100,\"total\":" + QByteArray::number(items.size()) + "}";
}
} // namespace

class TestStageInbox : public QObject
{
    Q_OBJECT
    QNetworkAccessManager m_nam;
    FakeClock m_clock;
    ManualDelayTimer m_timer;
    std::unique_ptr<FakeRegistryServer> m_server;
    std::unique_ptr<FakeSource> m_source;
    QTemporaryDir m_dir;
    QMap<QByteArray, QByteArrayList> m_staged; // by credential

    QString rememberFile() const { return m_dir.filePath(QStringLiteral("stage-announced.json")); }

    bool poll(StageInbox &inbox)
    {
        QSignalSpy updated(&inbox, &StageInbox::updated);
        inbox.pollNow();
        return updated.count() || updated.wait(10000);
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeRegistryServer>();
        QVERIFY(m_server->listen());
        m_source = std::make_unique<FakeSource>(m_nam, m_server->baseUrl(), m_clock);
        QFile::remove(rememberFile());
        m_timer.pending.clear();
        m_timer.delays.clear();
        m_staged.clear();
        m_server->setHandler([this](const FakeRegistryServer::Request &r) {
            const QByteArray token = r.header("authorization").mid(7);
            if (!m_staged.contains(token))
                return Reply::json(401, R"({"message":"Unauthorized"})");
            return Reply::json(200, page(m_staged.value(token)));
        });
    }

    void pollsEveryAccountWithALiveSession()
    {
        const QDateTime in1h = m_clock.now().addSecs(3600);
        m_source->list = {account(QStringLiteral("ana"), in1h), account(QStringLiteral("bo"), in1h),
                          account(QStringLiteral("cy"), m_clock.now().addSecs(-60))};
        m_staged["tok-ana"] = {stageItem(1, "@acme/ui"), stageItem(3, "@acme/core", "0.0.0-stage")};
        m_staged["tok-bo"] = {stageItem(2, "bo-lib")};
        m_staged["tok-cy"] = {stageItem(9, "never-seen")};
        StageInbox inbox(*m_source, m_clock, m_timer, rememberFile());
        QSignalSpy arrived(&inbox, &StageInbox::arrived);
        QVERIFY(poll(inbox));
        QStringList got;
        for (const StagedRelease &r : inbox.releases())
            got << r.packageName + QLatin1Char('/') + r.accountId;
        // Newest first, from both live accounts; cy's session ended: not asked at all.
        QCOMPARE(got,
                 (QStringList{QStringLiteral("@acme/core/ana@127.0.0.1"),
                              QStringLiteral("bo-lib/bo@127.0.0.1"),
                              QStringLiteral("@acme/ui/ana@127.0.0.1")}));
        QCOMPARE(m_server->requests().size(), 2);
        QVERIFY(inbox.releases().first().isPlaceholder());
        QCOMPARE(inbox.waitingCount(), 2);
        // Announced oldest first; the placeholder never.
        QCOMPARE(arrived.size(), 2);
        QCOMPARE(arrived.at(0).at(0).value<StagedRelease>().packageName,
                 QStringLiteral("@acme/ui"));
        QCOMPARE(arrived.at(1).at(0).value<StagedRelease>().packageName, QStringLiteral("bo-lib"));
        QCOMPARE(inbox.accounts().size(), 3);
        QVERIFY(
            inbox.accounts().at(2).problem.contains(QStringLiteral("Sign in to 127.0.0.1 as cy")));
        QCOMPARE(inbox.lastPoll(), m_clock.now());
    }

    void announcesEachVersionOnceAcrossRestarts()
    {
        m_source->list = {account(QStringLiteral("ana"), m_clock.now().addSecs(3600))};
        m_staged["tok-ana"] = {stageItem(1)};
        {
            StageInbox inbox(*m_source, m_clock, m_timer, rememberFile());
            QSignalSpy arrived(&inbox, &StageInbox::arrived);
            QVERIFY(poll(inbox));
            QVERIFY(poll(inbox));
            QCOMPARE(arrived.size(), 1);
        }
        StageInbox restarted(*m_source, m_clock, m_timer, rememberFile());
        QSignalSpy arrived(&restarted, &StageInbox::arrived);
        QVERIFY(poll(restarted));
        QCOMPARE(arrived.size(), 0); // remembered from the earlier run
        m_staged["tok-ana"].append(stageItem(2));
        QVERIFY(poll(restarted));
        QCOMPARE(arrived.size(), 1);
        QCOMPARE(arrived.at(0).at(0).value<StagedRelease>().id, stageUuid(2));
    }

    void anEndedSessionStopsPollingOnTheClock()
    {
        m_source->list = {account(QStringLiteral("ana"), m_clock.now().addSecs(2 * 3600))};
        m_staged["tok-ana"] = {stageItem(1)};
        StageInbox inbox(*m_source, m_clock, m_timer, rememberFile());
        inbox.setInterval(300s);
        QSignalSpy updated(&inbox, &StageInbox::updated);
        inbox.start();
        QVERIFY(updated.wait(10000));
        QCOMPARE(m_timer.delays,
                 QList<std::chrono::milliseconds>{300s}); // the next poll is planned
        QCOMPARE(m_server->requests().size(), 1);

        m_clock.advance(2h + 1s); // the two-hour session is over
        m_timer.fireAll();
        QTRY_COMPARE(updated.size(), 2);
        QCOMPARE(m_server->requests().size(), 1); // not asked again
        QVERIFY(inbox.releases().isEmpty());
        QVERIFY(!inbox.accounts().first().polled);
        QCOMPARE(m_timer.delays.size(), 2);
    }

    // The desktop polls at once after a sign-in, F5 and every approval (issue 13): such a poll
    // must not start a second chain of timed polls beside the planned one, and one asked for
    // while a pass runs must happen after it (an approval's result must not wait 5 minutes).
    void pollsAskedForBetweenTimedOnesKeepOneTimer()
    {
        m_source->list = {account(QStringLiteral("ana"), m_clock.now().addSecs(3600))};
        m_staged["tok-ana"] = {stageItem(1)};
        StageInbox inbox(*m_source, m_clock, m_timer, {});
        QSignalSpy updated(&inbox, &StageInbox::updated);
        inbox.start();
        QVERIFY(updated.wait(10000));
        QVERIFY(poll(inbox));
        QVERIFY(poll(inbox));
        QCOMPARE(m_timer.pending.size(), 1); // one timed poll planned, not three
        m_timer.fireAll();
        QTRY_COMPARE(updated.size(), 4);
        QCOMPARE(m_timer.pending.size(), 1);
    }

    void aPollAskedForDuringAPassRunsAfterIt()
    {
        m_source->list = {account(QStringLiteral("ana"), m_clock.now().addSecs(3600))};
        m_staged["tok-ana"] = {stageItem(1), stageItem(2)};
        StageInbox inbox(*m_source, m_clock, m_timer, {});
        QSignalSpy updated(&inbox, &StageInbox::updated);
        inbox.pollNow();                      // the pass is on the network now
        m_staged["tok-ana"] = {stageItem(2)}; // meanwhile 1 was approved
        inbox.pollNow();
        QTRY_COMPARE(updated.size(), 2);
        QCOMPARE(inbox.releases().size(), 1);
        QCOMPARE(inbox.releases().first().id, stageUuid(2));
    }

    void oneAccountKeepsTheRegistrysOrderAndFilter()
    {
        m_source->list = {account(QStringLiteral("ana"), m_clock.now().addSecs(3600))};
        m_staged["tok-ana"] = {stageItem(1), stageItem(3)}; // as the registry sent them
        StageInbox inbox(*m_source, m_clock, m_timer, {});
        inbox.setPackageFilter(QStringLiteral("@acme/ui"));
        QVERIFY(poll(inbox));
        QCOMPARE(inbox.releases().size(), 2);
        QCOMPARE(inbox.releases().at(0).id, stageUuid(1)); // what npm would print, unchanged
        QVERIFY(m_server->requests().constFirst().target.endsWith("&package=%40acme%2Fui"));
    }

    void aVersionTwoAccountsSeeIsListedOnce()
    {
        const QDateTime in1h = m_clock.now().addSecs(3600);
        m_source->list
            = {account(QStringLiteral("ana"), in1h), account(QStringLiteral("bo"), in1h)};
        m_staged["tok-ana"] = {stageItem(5, "@org/shared"), stageItem(1)};
        m_staged["tok-bo"] = {stageItem(5, "@org/shared"), stageItem(2)};
        StageInbox inbox(*m_source, m_clock, m_timer, {});
        QSignalSpy arrived(&inbox, &StageInbox::arrived);
        QVERIFY(poll(inbox));
        QStringList ids;
        for (const StagedRelease &r : inbox.releases())
            ids << r.id;
        QCOMPARE(ids, (QStringList{stageUuid(5), stageUuid(2), stageUuid(1)}));
        QCOMPARE(arrived.size(), 3);
    }

    void oneFailingAccountDoesNotHideTheOthers()
    {
        const QDateTime in1h = m_clock.now().addSecs(3600);
        m_source->list
            = {account(QStringLiteral("revoked"), in1h), account(QStringLiteral("bo"), in1h)};
        m_staged["tok-bo"] = {stageItem(2, "bo-lib")};
        StageInbox inbox(*m_source, m_clock, m_timer, rememberFile());
        QVERIFY(poll(inbox));
        QCOMPARE(inbox.releases().size(), 1);
        QVERIFY(!inbox.accounts().at(0).polled);
        QVERIFY(!inbox.accounts().at(0).problem.isEmpty());
        QVERIFY(inbox.accounts().at(1).polled);
    }
};

QTEST_GUILESS_MAIN(TestStageInbox)
#include "tst_stageinbox.moc"
