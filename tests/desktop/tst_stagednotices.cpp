// SPDX-License-Identifier: GPL-3.0-or-later
// StagedNotices (issue 13) on a private session bus of its own (ctest runs this program under
// dbus-run-session with tests/support/session-nosvc.conf, so nothing is D-Bus-activatable) and
// without a tray: a staged version's notice that found no notification server is kept, goes out
// once when a server appears (as at login, when TokenDesk starts before it), and is dropped when
// its version no longer waits.
#include "NotificationLog.h"
#include "TestPaths.h"
#include "desktop/presenters/StagedNotices.h"
#include "desktop/tray/TrayController.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {
const QString kNotifications = QStringLiteral("org.freedesktop.Notifications");

bool onBus(const QString &name)
{
    return QDBusConnection::sessionBus().interface()->isServiceRegistered(name).value();
}

StagedRelease staged(const QString &id, const QString &name)
{
    StagedRelease r;
    r.id = id;
    r.packageName = name;
    r.version = QStringLiteral("2.4.0");
    r.tag = QStringLiteral("latest");
    return r;
}
} // namespace

class TstStagedNotices : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcess m_notifyd;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "no session bus");
        QVERIFY2(!onBus(kNotifications),
                 "run under dbus-run-session with tests/support/session-nosvc.conf");
        qputenv("NOTIFY_LOG", m_dir.filePath(QStringLiteral("notify.jsonl")).toLocal8Bit());
    }

    void cleanupTestCase()
    {
        m_notifyd.kill();
        m_notifyd.waitForFinished(5000);
    }

    void unsentNoticeGoesOutOnceWhenAServerAppears()
    {
        TrayController tray;
        QVERIFY(!tray.isAvailable());
        QHash<QString, StagedRelease> waiting{
            {QStringLiteral("a"), staged(QStringLiteral("a"), QStringLiteral("@acme/ui"))},
            {QStringLiteral("b"), staged(QStringLiteral("b"), QStringLiteral("@acme/core"))}};
        StagedNotices notices(tray, [&waiting](const QString &id) -> std::optional<StagedRelease> {
            if (!waiting.contains(id))
                return std::nullopt;
            return waiting.value(id);
        });
        notices.announce(waiting.value(QStringLiteral("a")));
        notices.announce(waiting.value(QStringLiteral("b")));
        QTRY_COMPARE(notices.unsent().size(), 2); // nothing could show them
        waiting.remove(QStringLiteral("b"));      // approved meanwhile

        m_notifyd.start(QStringLiteral("/usr/bin/python3"),
                        {QStringLiteral(TD_SOURCE_DIR "/tests/support/fake_notifyd.py"),
                         QString::fromLocal8Bit(qgetenv("NOTIFY_LOG"))});
        QVERIFY(QTest::qWaitFor([] { return onBus(kNotifications); }, 10000));
        const QString a = QStringLiteral("@acme/ui 2.4.0 is staged and waits for your approval");
        QTRY_COMPARE_WITH_TIMEOUT(notificationsWith(a).size(), 1, 10000);
        QTRY_VERIFY(notices.unsent().isEmpty());
        QTest::qWait(500);
        QCOMPARE(notificationsWith(a).size(), 1);
        QCOMPARE(notificationsWith(QStringLiteral("@acme/core")).size(), 0);
        notices.retryUnsent(); // nothing left to send
        QTest::qWait(300);
        QCOMPARE(notificationsWith().size(), 1);
    }
};

QTEST_MAIN(TstStagedNotices)

#include "tst_stagednotices.moc"
