// SPDX-License-Identifier: GPL-3.0-or-later
// The tray's pure summary: which five tokens the menu lists and which state colours the icon.
#include "core/expiry/TraySummary.h"

#include <QTest>

using namespace td;
using namespace std::chrono_literals;

namespace {
const QDateTime kNow(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

Token token(const QString &name, qint64 expiresInSecs, bool revoked = false, bool noExpiry = false)
{
    Token t;
    t.key = QStringLiteral("key-") + name;
    t.accountId = QStringLiteral("maintainer@registry.npmjs.org");
    t.name = name;
    t.created = kNow.addDays(-30);
    if (!noExpiry)
        t.expires = kNow.addSecs(expiresInSecs);
    if (revoked)
        t.revoked = kNow.addDays(-1);
    return t;
}

QStringList names(const TraySummary &summary)
{
    QStringList out;
    for (const TrayEntry &entry : summary.soonest)
        out << entry.name;
    return out;
}
} // namespace

class TestTraySummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void worstState_data()
    {
        QTest::addColumn<QList<Token>>("tokens");
        QTest::addColumn<ExpiryState>("worst");
        QTest::newRow("nothing") << QList<Token>{} << ExpiryState::NoExpiry;
        QTest::newRow("only no-expiry")
            << QList<Token>{token(QStringLiteral("a"), 0, false, true)} << ExpiryState::NoExpiry;
        QTest::newRow("healthy") << QList<Token>{token(QStringLiteral("a"), 60 * 86400)}
                                 << ExpiryState::Healthy;
        QTest::newRow("soon beats healthy") << QList<Token>{token(QStringLiteral("a"), 60 * 86400),
                                                            token(QStringLiteral("b"), 5 * 86400)}
                                            << ExpiryState::ExpiringSoon;
        QTest::newRow("critical beats soon")
            << QList<Token>{token(QStringLiteral("a"), 5 * 86400), token(QStringLiteral("b"), 3600)}
            << ExpiryState::Critical;
        QTest::newRow("recently expired counts")
            << QList<Token>{token(QStringLiteral("a"), 3600),
                            token(QStringLiteral("b"), -3 * 86400)}
            << ExpiryState::Expired;
        QTest::newRow("expired long ago is old news")
            << QList<Token>{token(QStringLiteral("a"), 60 * 86400),
                            token(QStringLiteral("b"), -30 * 86400)}
            << ExpiryState::Healthy;
        QTest::newRow("revoked never counts")
            << QList<Token>{token(QStringLiteral("a"), 60 * 86400),
                            token(QStringLiteral("b"), 600, true)}
            << ExpiryState::Healthy;
    }
    void worstState()
    {
        QFETCH(QList<Token>, tokens);
        QFETCH(ExpiryState, worst);
        QCOMPARE(summarizeForTray(tokens, kNow).worst, worst);
    }

    void listsTheFiveSoonestLiveTokens()
    {
        const QList<Token> tokens{
            token(QStringLiteral("healthy-60d"), 60 * 86400),
            token(QStringLiteral("expired"), -86400),
            token(QStringLiteral("in-5h"), 5 * 3600),
            token(QStringLiteral("revoked-1h"), 3600, true),
            token(QStringLiteral("no-expiry"), 0, false, true),
            token(QStringLiteral("in-4d"), 4 * 86400),
            token(QStringLiteral("in-20h"), 20 * 3600),
            token(QStringLiteral("in-18d"), 18 * 86400),
            token(QStringLiteral("in-23d"), 23 * 86400),
            token(QStringLiteral("in-85d"), 85 * 86400),
        };
        const TraySummary summary = summarizeForTray(tokens, kNow);
        QCOMPARE(
            names(summary),
            (QStringList{QStringLiteral("in-5h"), QStringLiteral("in-20h"), QStringLiteral("in-4d"),
                         QStringLiteral("in-18d"), QStringLiteral("in-23d")}));
        QCOMPARE(summary.soonest.first().tokenKey, QStringLiteral("key-in-5h"));
        QCOMPARE(summary.soonest.first().state, ExpiryState::Critical);
        QCOMPARE(summary.worst, ExpiryState::Expired);
    }

    void equalExpiriesAreOrderedByName()
    {
        const QList<Token> tokens{token(QStringLiteral("b"), 86400 * 3),
                                  token(QStringLiteral("a"), 86400 * 3)};
        QCOMPARE(names(summarizeForTray(tokens, kNow)),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void limitAndUnnamedTokens()
    {
        Token unnamed = token(QString(), 3600);
        unnamed.redacted = QStringLiteral("npm_abcd...wxyz");
        const QList<Token> tokens{unnamed, token(QStringLiteral("later"), 7200)};
        const TraySummary two = summarizeForTray(tokens, kNow, ExpiryThresholds::defaults(), 1);
        QCOMPARE(names(two), QStringList{QStringLiteral("npm_abcd...wxyz")});
    }
};

QTEST_GUILESS_MAIN(TestTraySummary)
#include "tst_traysummary.moc"
