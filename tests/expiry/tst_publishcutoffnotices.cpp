// SPDX-License-Identifier: GPL-3.0-or-later
// PublishCutoffNotices with an injected clock: nothing before 2026-12-15, one notice per
// direct-publish token used in CI from then on, at most once a week, remembered across restarts.
#include "FakeClock.h"
#include "core/expiry/PublishCutoffNotices.h"

#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
Token directToken(const QString &name, TokenKind kind = TokenKind::GranularBypass2fa)
{
    Token t;
    t.key = u"key-"_s + name;
    t.name = name;
    t.kind = kind;
    t.packagesPermission = kind == TokenKind::GranularStageOnly ? Permission::ReadWriteStageOnly
                                                                : Permission::ReadWrite;
    t.bypass2fa = kind == TokenKind::GranularBypass2fa;
    return t;
}

QDateTime utc(int month, int day, int hour = 12)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}
} // namespace

class TestPublishCutoffNotices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void startsMidDecember_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("due");
        QTest::newRow("1 December") << utc(12, 1) << false;
        QTest::newRow("14 December, last minute")
            << QDateTime(QDate(2026, 12, 14), QTime(23, 59, 59), Qt::UTC) << false;
        QTest::newRow("15 December, midnight") << utc(12, 15, 0) << true;
        QTest::newRow("28 December") << utc(12, 28) << true;
    }

    void startsMidDecember()
    {
        QFETCH(QDateTime, now);
        QFETCH(bool, due);
        test::FakeClock clock(now);
        PublishCutoffNotices notices(clock, path());
        const QList<CutoffNotice> found
            = notices.due({{directToken(u"ci-publish"_s), {u".github/workflows/release.yml"_s}}});
        QCOMPARE(found.size(), due ? 1 : 0);
        if (due) {
            QCOMPARE(found.first().tokenKey, u"key-ci-publish"_s);
            QVERIFY(found.first().text.contains(u"'ci-publish'"_s));
            QVERIFY(found.first().text.contains(u".github/workflows/release.yml"_s));
            QVERIFY(found.first().text.contains(u"stops publishing in January 2027"_s));
        }
    }

    void onlyDirectPublishTokensUsedInCi_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("inCi");
        QTest::addColumn<bool>("due");
        QTest::newRow("bypass in CI") << int(TokenKind::GranularBypass2fa) << true << true;
        QTest::newRow("read-write in CI") << int(TokenKind::GranularReadWrite) << true << true;
        QTest::newRow("bypass, not in CI") << int(TokenKind::GranularBypass2fa) << false << false;
        QTest::newRow("stage only in CI") << int(TokenKind::GranularStageOnly) << true << false;
        QTest::newRow("read-only in CI") << int(TokenKind::GranularReadOnly) << true << false;
    }

    void onlyDirectPublishTokensUsedInCi()
    {
        QFETCH(int, kind);
        QFETCH(bool, inCi);
        QFETCH(bool, due);
        test::FakeClock clock(utc(12, 20));
        PublishCutoffNotices notices(clock, path());
        const QStringList places = inCi ? QStringList{u"CI secret NPM_TOKEN"_s} : QStringList{};
        QCOMPARE(notices.due({{directToken(u"t"_s, TokenKind(kind)), places}}).size(), due ? 1 : 0);
    }

    void oncePerTokenPerWeekAcrossRestarts()
    {
        test::FakeClock clock(utc(12, 15, 9));
        const QList<CutoffCandidate> candidates{{directToken(u"a"_s), {u"a.yml"_s}},
                                                {directToken(u"b"_s), {u"b.yml"_s}}};
        {
            PublishCutoffNotices notices(clock, path());
            QVERIFY(notices.load().ok());
            QCOMPARE(notices.due(candidates).size(), 2);
            QVERIFY(notices.markShown(u"key-a"_s).ok());
            const QList<CutoffNotice> left = notices.due(candidates);
            QCOMPARE(left.size(), 1);
            QCOMPARE(left.first().tokenKey, u"key-b"_s);
        }
        clock.advance(std::chrono::hours(24 * 6));
        PublishCutoffNotices restarted(clock, path());
        QVERIFY(restarted.load().ok());
        QCOMPARE(restarted.due(candidates).size(), 1); // a: shown six days ago, still quiet
        clock.advance(24h);
        QCOMPARE(restarted.due(candidates).size(), 2); // a week later: a is due again
    }

private:
    QString path() const { return m_dir.filePath(u"cutoff-notices.json"_s); }
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestPublishCutoffNotices)
#include "tst_publishcutoffnotices.moc"
