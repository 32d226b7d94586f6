// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar sentence: when the list was synced and what the session allows.
#include "core/tokenlist/SyncStatusText.h"

#include <QTest>

using namespace td;

namespace {
const QDateTime kNow(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
}

class TestSyncStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_data()
    {
        QTest::addColumn<qint64>("syncedSecsAgo");     // -1 = never
        QTest::addColumn<qint64>("sessionEndsInSecs"); // 0 = signed out, -1 = no account
        QTest::addColumn<QString>("expected");
        QTest::newRow("fresh with session")
            << qint64(180) << qint64(112 * 60)
            << QStringLiteral("Synced 3 min ago · session ends in 1 h 52 min");
        QTest::newRow("just now") << qint64(20) << qint64(30 * 60)
                                  << QStringLiteral("Synced just now · session ends in 30 min");
        QTest::newRow("3 h ago, signed out")
            << qint64(3 * 3600 + 100) << qint64(0)
            << QStringLiteral("Synced 3 h ago · sign in to refresh");
        QTest::newRow("no account")
            << qint64(2 * 3600) << qint64(-1)
            << QStringLiteral("Synced 2 h ago · add an account to see its tokens");
        QTest::newRow("days ago") << qint64(2 * 86400 + 5) << qint64(0)
                                  << QStringLiteral("Synced 2 d ago · sign in to refresh");
        QTest::newRow("never synced, signed out")
            << qint64(-1) << qint64(0)
            << QStringLiteral("Not synced yet · sign in to see your tokens");
        QTest::newRow("exactly 60 min is 1 h")
            << qint64(3600) << qint64(0) << QStringLiteral("Synced 1 h ago · sign in to refresh");
    }
    void text()
    {
        QFETCH(qint64, syncedSecsAgo);
        QFETCH(qint64, sessionEndsInSecs);
        QFETCH(QString, expected);
        std::optional<Account> account;
        if (sessionEndsInSecs >= 0) {
            Account a;
            a.id = QStringLiteral("maintainer@registry.npmjs.org");
            a.user = QStringLiteral("maintainer");
            if (sessionEndsInSecs > 0)
                a.sessionExpires = kNow.addSecs(sessionEndsInSecs);
            account = a;
        }
        const QDateTime synced = syncedSecsAgo < 0 ? QDateTime() : kNow.addSecs(-syncedSecsAgo);
        QCOMPARE(syncStatusText(synced, account, kNow), expected);
    }

    void endedSessionAsksForSignIn()
    {
        Account a;
        a.user = QStringLiteral("maintainer");
        a.sessionExpires = kNow.addSecs(-1);
        QCOMPARE(syncStatusText(kNow.addSecs(-600), a, kNow),
                 QStringLiteral("Synced 10 min ago · sign in to refresh"));
    }
};

QTEST_GUILESS_MAIN(TestSyncStatus)
#include "tst_syncstatus.moc"
