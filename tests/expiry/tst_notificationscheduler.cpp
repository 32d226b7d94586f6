// SPDX-License-Identifier: GPL-3.0-or-later
// NotificationScheduler with a fake clock and a hand-fired timer: thresholds fire once, a restart
// does not repeat, missed thresholds give one catch-up, cancel works, the clock may go back.
#include "FakeClock.h"
#include "FakeWakeTimer.h"
#include "core/expiry/NotificationScheduler.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using std::chrono::seconds;

namespace {
constexpr seconds kDay = 24h;
}

class TestNotificationScheduler : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void firesEachThresholdOnceInOrder();
    void sleepsUntilTheNextDueTime();
    void restartDoesNotRepeat();
    void missedThresholdsGiveOneCatchUp();
    void suspendGivesOneCatchUp();
    void rotatedOrRevokedTokenIsCancelled();
    void clockMovingBackwards();
    void longAgoExpiredIsNotNews();
    void oneNoticePerTokenWhenSeveralAreDue();
    void thresholdsAreConfigurable();
    void newExpiryStartsAfresh();
    void otherAccountsAreKept();
    void damagedMemoryIsKeptAsideAndReported();
    void rememberedOnlyOnceDelivered();
    void undeliveredIsSentAgainOnReplan();
    void noticeText_data();
    void noticeText();
    void thresholdsTheTokenWasBornInsideAreNotCrossings();

private:
    // A scheduler whose every notice reaches the user (delivered() right away), unless
    // `confirm` is false: the test then answers each notice itself.
    std::unique_ptr<NotificationScheduler> makeScheduler(bool confirm = true);
    Token token(const QString &name, seconds expiresIn) const;
    // Fires the timer whenever it is due, until the clock reaches `until`.
    void runUntil(const QDateTime &until);

    QTemporaryDir m_dir;
    QString m_memoryPath;
    test::FakeClock m_clock;
    test::FakeWakeTimer *m_timer = nullptr;
};

void TestNotificationScheduler::init()
{
    static int run = 0;
    m_memoryPath = m_dir.filePath(QString::number(++run) + u"/notices.json"_s);
    m_clock = test::FakeClock();
}

std::unique_ptr<NotificationScheduler> TestNotificationScheduler::makeScheduler(bool confirm)
{
    m_timer = new test::FakeWakeTimer(&m_clock);
    auto scheduler = std::make_unique<NotificationScheduler>(m_clock, m_timer, m_memoryPath);
    if (confirm)
        connect(scheduler.get(), &NotificationScheduler::noticeDue, scheduler.get(),
                [s = scheduler.get()](const ExpiryNotice &notice) { s->delivered(notice); });
    return scheduler;
}

Token TestNotificationScheduler::token(const QString &name, seconds expiresIn) const
{
    Token t;
    t.key = u"key-"_s + name;
    t.name = name;
    t.expires = m_clock.now().addSecs(expiresIn.count());
    return t;
}

void TestNotificationScheduler::runUntil(const QDateTime &until)
{
    while (m_timer->isActive()) {
        const QDateTime due = m_timer->dueAt();
        if (due > until)
            break;
        m_clock.set(due);
        m_timer->fire();
    }
    m_clock.set(until);
}

void TestNotificationScheduler::firesEachThresholdOnceInOrder()
{
    auto scheduler = makeScheduler();
    QSignalSpy spy(scheduler.get(), &NotificationScheduler::noticeDue);
    const Token t = token(u"ci-publish"_s, 15 * kDay);
    scheduler->setTokens(u"acct"_s, {t});
    QCOMPARE(spy.count(), 0);
    runUntil(t.expires.addDays(30));
    QStringList texts;
    QList<seconds> thresholds;
    for (const QList<QVariant> &args : spy) {
        const auto notice = args[0].value<ExpiryNotice>();
        texts << notice.text;
        thresholds << notice.threshold;
        QCOMPARE(notice.tokenKey, t.key);
        QCOMPARE(notice.tokenName, t.name);
        QCOMPARE(notice.remaining, notice.threshold); // fired exactly on time
        QVERIFY(!notice.catchUp);
    }
    QCOMPARE(thresholds, (QList<seconds>{14 * kDay, 7 * kDay, 3 * kDay, kDay, 1h, 0s}));
    QCOMPARE(texts,
             (QStringList{u"npm token 'ci-publish' expires in 14 days"_s,
                          u"npm token 'ci-publish' expires in 7 days"_s,
                          u"npm token 'ci-publish' expires in 3 days"_s,
                          u"npm token 'ci-publish' expires in 1 day"_s,
                          u"npm token 'ci-publish' expires in 1 hour"_s,
                          u"npm token 'ci-publish' has expired"_s}));
    QVERIFY(!m_timer->isActive()); // nothing left to wait for
    QVERIFY(!scheduler->nextWakeUp().isValid());
}

// No polling: one single-shot sleep per due time, exactly as long as needed (capped).
void TestNotificationScheduler::sleepsUntilTheNextDueTime()
{
    auto scheduler = makeScheduler();
    scheduler->setTokens(u"acct"_s, {token(u"a"_s, 15 * kDay), token(u"b"_s, 7 * kDay + 2h)});
    // 14 d passed for b already (one catch-up); its 7 d is 2 h away, a's 14 d a day away.
    QCOMPARE(m_timer->delay(), std::chrono::milliseconds(2h));
    QCOMPARE(scheduler->nextWakeUp(), m_clock.now().addSecs(7200));
    QCOMPARE(m_timer->starts().size(), 1);

    scheduler->setTokens(u"acct"_s, {token(u"far"_s, 400 * kDay)});
    QCOMPARE(m_timer->delay(), std::chrono::milliseconds(24h)); // cap: QTimer's range, suspend
    QSignalSpy spy(scheduler.get(), &NotificationScheduler::noticeDue);
    runUntil(m_clock.now().addDays(3)); // three capped wake-ups: nothing due, plan again
    QCOMPARE(spy.count(), 0);
    QVERIFY(m_timer->isActive());

    scheduler->setTokens(u"acct"_s, {});
    QVERIFY(!m_timer->isActive());
}

void TestNotificationScheduler::restartDoesNotRepeat()
{
    const Token t = token(u"ci-publish"_s, 10 * kDay);
    {
        auto first = makeScheduler();
        QSignalSpy spy(first.get(), &NotificationScheduler::noticeDue);
        first->setTokens(u"acct"_s, {t}); // 14 d already passed: one notice now
        QCOMPARE(spy.count(), 1);
    }
    m_clock.advance(1h);
    auto second = makeScheduler();
    QSignalSpy spy(second.get(), &NotificationScheduler::noticeDue);
    second->setTokens(u"acct"_s, {t});
    QCOMPARE(spy.count(), 0);
    runUntil(t.expires.addDays(-7).addSecs(1));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy[0][0].value<ExpiryNotice>().threshold, 7 * kDay);
    QVERIFY(QFile::exists(m_memoryPath));
}

void TestNotificationScheduler::missedThresholdsGiveOneCatchUp()
{
    const Token t = token(u"ci-publish"_s, 15 * kDay);
    {
        auto before = makeScheduler();
        before->setTokens(u"acct"_s, {t});
        runUntil(t.expires.addDays(-14)); // 14 d notice shown, then the app quits
    }
    m_clock.set(t.expires.addSecs(-(2 * kDay + 3h).count())); // 7 d and 3 d passed meanwhile
    auto after = makeScheduler();
    QSignalSpy spy(after.get(), &NotificationScheduler::noticeDue);
    after->setTokens(u"acct"_s, {t});
    QCOMPARE(spy.count(), 1);
    const auto notice = spy[0][0].value<ExpiryNotice>();
    QCOMPARE(notice.threshold, 3 * kDay); // the most severe missed one
    QVERIFY(notice.catchUp);
    QCOMPARE(notice.text, u"npm token 'ci-publish' expires in 2 days"_s);
    runUntil(t.expires.addSecs(-(kDay + 1s).count()));
    QCOMPARE(spy.count(), 1); // 7 d is not shown late after all
    runUntil(t.expires.addSecs(-kDay.count()));
    QCOMPARE(spy.count(), 2);
}

void TestNotificationScheduler::suspendGivesOneCatchUp()
{
    auto scheduler = makeScheduler();
    QSignalSpy spy(scheduler.get(), &NotificationScheduler::noticeDue);
    const Token a = token(u"a"_s, 2 * kDay);
    scheduler->setTokens(u"acct"_s, {a});
    QCOMPARE(spy.count(), 1); // 3 d passed already: catch-up
    // The laptop sleeps through 1 d, 1 h and expiry; the timer fires late, once.
    m_clock.set(a.expires.addSecs(600));
    m_timer->fire();
    QCOMPARE(spy.count(), 2);
    const auto notice = spy[1][0].value<ExpiryNotice>();
    QCOMPARE(notice.threshold, 0s);
    QVERIFY(notice.catchUp);
    QCOMPARE(notice.text, u"npm token 'a' has expired"_s);
    QVERIFY(!m_timer->isActive());
}

void TestNotificationScheduler::rotatedOrRevokedTokenIsCancelled()
{
    auto scheduler = makeScheduler();
    QSignalSpy spy(scheduler.get(), &NotificationScheduler::noticeDue);
    const Token rotated = token(u"old"_s, 20 * kDay);
    Token revoked = token(u"revoked"_s, 20 * kDay);
    const Token kept = token(u"kept"_s, 20 * kDay + 1h);
    scheduler->setTokens(u"acct"_s, {rotated, revoked, kept});
    // After a refresh: "old" was rotated away (gone), "revoked" is listed as revoked.
    revoked.revoked = m_clock.now();
    scheduler->setTokens(u"acct"_s, {revoked, kept});
    runUntil(m_clock.now().addDays(7));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy[0][0].value<ExpiryNotice>().tokenKey, kept.key);
    scheduler->cancel(kept.key);
    QVERIFY(!m_timer->isActive());
    runUntil(m_clock.now().addDays(30));
    QCOMPARE(spy.count(), 1);
}

void TestNotificationScheduler::clockMovingBackwards()
{
    auto scheduler = makeScheduler();
    QSignalSpy spy(scheduler.get(), &NotificationScheduler::noticeDue);
    const Token t = token(u"t"_s, 3 * kDay); // 3 d reached exactly now
    scheduler->setTokens(u"acct"_s, {t});
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy[0][0].value<ExpiryNotice>().threshold, 3 * kDay);

    m_clock.set(t.expires.addDays(-8)); // the wall clock goes back five days
    m_timer->fire();                    // the pending wake-up comes "early"
    scheduler->replan();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(scheduler->nextWakeUp(), t.expires.addDays(-1)); // 7 d and 3 d are not repeated
    runUntil(t.expires.addSecs(-7200));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy[1][0].value<ExpiryNotice>().threshold, kDay);
}

void TestNotificationScheduler::longAgoExpiredIsNotNews()
{
    auto scheduler = makeScheduler();
    QSignalSpy spy(scheduler.get(), &NotificationScheduler::noticeDue);
    scheduler->setTokens(u"acct"_s, {token(u"ancient"_s, -30 * kDay), token(u"fresh"_s, -1h)});
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy[0][0].value<ExpiryNotice>().tokenName, u"fresh"_s);
    QCOMPARE(spy[0][0].value<ExpiryNotice>().text, u"npm token 'fresh' has expired"_s);
}

void TestNotificationScheduler::oneNoticePerTokenWhenSeveralAreDue()
{
    auto scheduler = makeScheduler();
    QSignalSpy spy(scheduler.get(), &NotificationScheduler::noticeDue);
    QList<Token> tokens;
    for (int i = 0; i < 5; ++i)
        tokens << token(u"t"_s + QString::number(i), 30min); // all past 14 d, 7 d, 3 d, 1 d, 1 h
    scheduler->setTokens(u"acct"_s, tokens);
    QCOMPARE(spy.count(), 5);
    for (const QList<QVariant> &args : spy)
        QCOMPARE(args[0].value<ExpiryNotice>().threshold, seconds(1h));
}

void TestNotificationScheduler::thresholdsAreConfigurable()
{
    auto scheduler = makeScheduler();
    ExpiryThresholds thresholds = ExpiryThresholds::defaults();
    thresholds.notifyBefore = {2 * kDay};
    scheduler->setThresholds(thresholds);
    QSignalSpy spy(scheduler.get(), &NotificationScheduler::noticeDue);
    const Token t = token(u"t"_s, 20 * kDay);
    scheduler->setTokens(u"acct"_s, {t});
    runUntil(t.expires.addDays(1));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy[0][0].value<ExpiryNotice>().threshold, 2 * kDay);
    QCOMPARE(spy[1][0].value<ExpiryNotice>().threshold, 0s);
}

// npm moved expiry dates once (the 2026-02-03 cap); a new date means new notices.
void TestNotificationScheduler::newExpiryStartsAfresh()
{
    auto scheduler = makeScheduler();
    QSignalSpy spy(scheduler.get(), &NotificationScheduler::noticeDue);
    Token t = token(u"t"_s, 2 * kDay);
    scheduler->setTokens(u"acct"_s, {t});
    QCOMPARE(spy.count(), 1);
    t.expires = m_clock.now().addDays(5);
    scheduler->setTokens(u"acct"_s, {t});
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy[1][0].value<ExpiryNotice>().threshold, 7 * kDay);
}

void TestNotificationScheduler::otherAccountsAreKept()
{
    auto scheduler = makeScheduler();
    QSignalSpy spy(scheduler.get(), &NotificationScheduler::noticeDue);
    scheduler->setTokens(u"alice"_s, {token(u"a"_s, 20 * kDay)});
    scheduler->setTokens(u"bob"_s, {token(u"b"_s, 20 * kDay + 1h)});
    runUntil(m_clock.now().addDays(7));
    QCOMPARE(spy.count(), 2);
}

void TestNotificationScheduler::damagedMemoryIsKeptAsideAndReported()
{
    QDir().mkpath(QFileInfo(m_memoryPath).absolutePath());
    QFile file(m_memoryPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    auto scheduler = makeScheduler();
    QVERIFY(scheduler->memoryProblem().contains(u"is damaged"_s));
    QFile aside(m_memoryPath + u".corrupt"_s);
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), QByteArray("{ not json"));
    QSignalSpy spy(scheduler.get(), &NotificationScheduler::noticeDue);
    scheduler->setTokens(u"acct"_s, {token(u"t"_s, 2 * kDay)});
    QCOMPARE(spy.count(), 1);
    QVERIFY(scheduler->memoryProblem().isEmpty()); // the fresh memory saved fine
}

// Issue 12 item 18: a notice nobody saw (no notification server, no tray) is not remembered.
void TestNotificationScheduler::rememberedOnlyOnceDelivered()
{
    const Token t = token(u"ci-publish"_s, 2 * kDay);
    QList<ExpiryNotice> sent;
    {
        auto scheduler = makeScheduler(false);
        connect(scheduler.get(), &NotificationScheduler::noticeDue, this,
                [&sent](const ExpiryNotice &notice) { sent << notice; });
        scheduler->setTokens(u"acct"_s, {t});
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().expires, t.expires);
        // Waiting for the answer: not sent twice, not remembered yet.
        scheduler->replan();
        QCOMPARE(sent.size(), 1);
        QVERIFY(!QFile::exists(m_memoryPath));
    }
    // TokenDesk quit before the notice was shown: the next start sends it.
    sent.clear();
    {
        auto scheduler = makeScheduler(false);
        connect(scheduler.get(), &NotificationScheduler::noticeDue, this,
                [&sent](const ExpiryNotice &notice) { sent << notice; });
        scheduler->setTokens(u"acct"_s, {t});
        QCOMPARE(sent.size(), 1);
        scheduler->delivered(sent.first());
        QVERIFY(QFile::exists(m_memoryPath));
    }
    sent.clear();
    auto scheduler = makeScheduler(false);
    connect(scheduler.get(), &NotificationScheduler::noticeDue, this,
            [&sent](const ExpiryNotice &notice) { sent << notice; });
    scheduler->setTokens(u"acct"_s, {t});
    QCOMPARE(sent.size(), 0); // shown once, remembered
}

void TestNotificationScheduler::undeliveredIsSentAgainOnReplan()
{
    const Token t = token(u"ci-publish"_s, 5 * kDay);
    auto scheduler = makeScheduler(false);
    QList<ExpiryNotice> sent;
    connect(scheduler.get(), &NotificationScheduler::noticeDue, this,
            [&sent](const ExpiryNotice &notice) { sent << notice; });
    scheduler->setTokens(u"acct"_s, {t});
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().threshold, 7 * kDay);
    // The next due time is the 3-day threshold, not an immediate retry loop.
    QCOMPARE(scheduler->nextWakeUp(), t.expires.addDays(-3));
    scheduler->undelivered(sent.first());
    QCOMPARE(sent.size(), 1); // no retry by itself
    QVERIFY(!QFile::exists(m_memoryPath));
    scheduler->replan(); // e.g. a notification server appeared
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.last().threshold, 7 * kDay);
    scheduler->delivered(sent.last());
    scheduler->replan();
    QCOMPARE(sent.size(), 2);
    QVERIFY(QFile::exists(m_memoryPath));
}

void TestNotificationScheduler::noticeText_data()
{
    QTest::addColumn<qint64>("remaining");
    QTest::addColumn<QString>("text");
    QTest::newRow("3 days") << qint64(3 * 86400) << "npm token 'x' expires in 3 days";
    QTest::newRow("3 days minus 1 s") << qint64(3 * 86400 - 1) << "npm token 'x' expires in 3 days";
    QTest::newRow("1 day") << qint64(86400) << "npm token 'x' expires in 1 day";
    QTest::newRow("1 hour") << qint64(3600) << "npm token 'x' expires in 1 hour";
    QTest::newRow("5 hours") << qint64(5 * 3600 + 60) << "npm token 'x' expires in 5 hours";
    QTest::newRow("10 minutes") << qint64(600) << "npm token 'x' expires in 10 minutes";
    QTest::newRow("1 second") << qint64(1) << "npm token 'x' expires in 1 minute";
    QTest::newRow("expired") << qint64(0) << "npm token 'x' has expired";
}

void TestNotificationScheduler::noticeText()
{
    QFETCH(qint64, remaining);
    QFETCH(QString, text);
    QCOMPARE(expiryNoticeText(u"x"_s, seconds(remaining)), text);
}

// A brand-new 7-day token: its 7-day (and 14-day) notice would only repeat what the user chose a
// moment ago. The later thresholds still fire, on time.
void TestNotificationScheduler::thresholdsTheTokenWasBornInsideAreNotCrossings()
{
    auto scheduler = makeScheduler();
    QSignalSpy spy(scheduler.get(), &NotificationScheduler::noticeDue);
    Token fresh = token(u"fresh"_s, 7 * kDay);
    fresh.created = m_clock.now();
    scheduler->setTokens(u"acct"_s, {fresh});
    QCOMPARE(spy.count(), 0);
    QCOMPARE(scheduler->nextWakeUp(), fresh.expires.addSecs(-(3 * kDay).count()));
    runUntil(fresh.expires.addDays(1));
    QList<seconds> thresholds;
    for (const QList<QVariant> &args : spy)
        thresholds << args[0].value<ExpiryNotice>().threshold;
    QCOMPARE(thresholds, (QList<seconds>{3 * kDay, kDay, 1h, 0s}));
}

QTEST_GUILESS_MAIN(TestNotificationScheduler)
#include "tst_notificationscheduler.moc"
