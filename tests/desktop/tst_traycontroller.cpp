// SPDX-License-Identifier: GPL-3.0-or-later
// On Xvfb with the fake StatusNotifierWatcher: Qt's D-Bus tray sends real freedesktop
// notifications, which tests/support/fake_notifyd.py writes to $NOTIFY_LOG.
#include "Harness.h"
#include "NotificationLog.h"
#include "XcbTestMain.h"
#include "desktop/Application.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/tray/TrayController.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>

#include <optional>
#include <utility>

using namespace td;

using td::test::notificationsWith;
using td::test::pressNotificationButton;

namespace {

// Calls `snapshot` once, at the watched widget's first paint event.
class PaintProbe : public QObject
{
public:
    PaintProbe(QWidget *watched, std::function<void()> snapshot)
        : QObject(watched), m_snapshot(std::move(snapshot))
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_snapshot)
            std::exchange(m_snapshot, nullptr)();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_snapshot;
};

} // namespace

class TstTrayController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        TD_REQUIRE_HARNESS();
        QStandardPaths::setTestModeEnabled(true);
    }

    void notificationReachesNotificationServer()
    {
        TrayController tray;
        QVERIFY(tray.isAvailable());
        const QString body = QStringLiteral("npm token 'ci-publish' expires in 3 days");
        QVERIFY(tray.notify(QStringLiteral("TokenDesk"), body, TrayController::Severity::Warning));
        QTRY_COMPARE_WITH_TIMEOUT(notificationsWith(body).size(), 1, 5000);
        const QJsonObject n = notificationsWith(body).first();
        QCOMPARE(n.value(QStringLiteral("summary")).toString(), QStringLiteral("TokenDesk"));
        QCOMPARE(n.value(QStringLiteral("app_icon")).toString(), QStringLiteral("dialog-warning"));
    }

    void tokenNoticeCarriesOpenAndRotateButtons()
    {
        TrayController tray;
        QTRY_VERIFY_WITH_TIMEOUT(tray.notificationsHaveButtons(), 5000);
        const QString body = QStringLiteral("npm token 'release-bot' expires in 1 hour");
        QVERIFY(tray.notify(QStringLiteral("TokenDesk"), body, TrayController::Severity::Critical,
                            QStringLiteral("key-release")));
        QTRY_COMPARE_WITH_TIMEOUT(notificationsWith(body).size(), 1, 5000);
        const QJsonObject n = notificationsWith(body).first();
        QCOMPARE(n.value(QStringLiteral("actions")).toVariant().toStringList(),
                 (QStringList{QStringLiteral("default"), tr("Open"), QStringLiteral("rotate"),
                              tr("Rotate now")}));
        QCOMPARE(n.value(QStringLiteral("app_icon")).toString(), QStringLiteral("dialog-error"));
        const QJsonObject hints = n.value(QStringLiteral("hints")).toObject();
        QCOMPARE(hints.value(QStringLiteral("urgency")).toInt(), 2);
        QCOMPARE(hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("io.github.tokendesk.TokenDesk"));
    }

    void pressingRotateNowRequestsRotationOfThatToken_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<bool>("rotates");
        QTest::newRow("Rotate now") << QStringLiteral("rotate") << true;
        QTest::newRow("the bubble itself") << QStringLiteral("default") << false;
    }

    void pressingRotateNowRequestsRotationOfThatToken()
    {
        QFETCH(QString, button);
        QFETCH(bool, rotates);
        TrayController tray;
        QSignalSpy rotate(&tray, &TrayController::rotateRequested);
        QSignalSpy clicked(&tray, &TrayController::notificationClicked);
        // Two notices: the button pressed on the FIRST must still name the first token.
        const QString first = QStringLiteral("docs-deploy expires in 3 days (") + button + u')';
        const QString second = QStringLiteral("ci-publish expires in 7 days (") + button + u')';
        tray.notify(QStringLiteral("TokenDesk"), first, TrayController::Severity::Warning,
                    QStringLiteral("key-docs"));
        tray.notify(QStringLiteral("TokenDesk"), second, TrayController::Severity::Warning,
                    QStringLiteral("key-ci"));
        QTRY_COMPARE_WITH_TIMEOUT(notificationsWith(second).size(), 1, 5000);
        // Let the Notify replies (the notification ids) arrive before the press.
        QTest::qWait(200);
        pressNotificationButton(uint(notificationsWith(first).first().value(u"id").toInt()),
                                button);
        QSignalSpy &expected = rotates ? rotate : clicked;
        QTRY_COMPARE_WITH_TIMEOUT(expected.size(), 1, 5000);
        QCOMPARE(expected.first().first().toString(), QStringLiteral("key-docs"));
        QCOMPARE((rotates ? clicked : rotate).size(), 0);
    }

    void noticeWithoutTokenHasNoRotateButton()
    {
        TrayController tray;
        const QString body = QStringLiteral("Your npm session ends in 10 minutes");
        tray.notify(QStringLiteral("TokenDesk"), body, TrayController::Severity::Information);
        QTRY_COMPARE_WITH_TIMEOUT(notificationsWith(body).size(), 1, 5000);
        QCOMPARE(notificationsWith(body).first().value(u"actions").toVariant().toStringList(),
                 (QStringList{QStringLiteral("default"), tr("Open")}));
    }

    void menuOffersOpenNewTokenQuit()
    {
        TrayController tray;
        QVERIFY(tray.menu());
        QStringList texts;
        for (QAction *action : tray.menu()->actions())
            if (!action->isSeparator())
                texts << action->text();
        QCOMPARE(texts, (QStringList{tr("&Open TokenDesk"), tr("&New token…"), tr("&Quit")}));
    }

    // Issue 13: the badge's menu line is there only while staged versions wait, first, and opens
    // the tab; a staged notice's button names the version it is about.
    void stagedReleasesLineAndNotice()
    {
        TrayController tray;
        QVERIFY(tray.isAvailable());
        QSignalSpy requested(&tray, &TrayController::stagedReleasesRequested);
        tray.setStagedCount(2);
        QCOMPARE(tray.menu()->actions().first(), tray.stagedAction());
        QCOMPARE(tray.stagedAction()->text(),
                 QStringLiteral("2 staged releases wait for your approval…"));
        tray.stagedAction()->trigger();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.takeFirst().first().toString(), QString());
        tray.setStagedCount(0);
        QVERIFY(!tray.menu()->actions().contains(tray.stagedAction()));

        const QString body = QStringLiteral("@acme/ui 2.4.0 is staged and waits for your approval");
        bool shown = false; // the Notify reply (the notification's id) has arrived
        tray.notifyStaged(QStringLiteral("TokenDesk"), body, QStringLiteral("stage-id-1"),
                          [&shown](bool ok) { shown = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(shown, 5000);
        QCOMPARE(notificationsWith(body).size(), 1);
        const QJsonObject notice = notificationsWith(body).first();
        QCOMPARE(notice.value(u"actions").toVariant().toStringList(),
                 (QStringList{QStringLiteral("default"), tr("Review"), QStringLiteral("review"),
                              tr("Review staged releases")}));
        pressNotificationButton(uint(notice.value(u"id").toInt()), QStringLiteral("review"));
        QTRY_COMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), QStringLiteral("stage-id-1"));
    }

    void tokenEntriesComeFirstAndOpenTheirToken()
    {
        TrayController tray;
        tray.setTokenEntries({{QStringLiteral("k1"), QStringLiteral("release-bot — in 5 h")},
                              {QStringLiteral("k2"), QStringLiteral("docs-deploy — in 4 d")}});
        QStringList texts;
        for (QAction *action : tray.menu()->actions())
            if (!action->isSeparator())
                texts << action->text();
        QCOMPARE(texts,
                 (QStringList{QStringLiteral("release-bot — in 5 h"),
                              QStringLiteral("docs-deploy — in 4 d"), tr("&Open TokenDesk"),
                              tr("&New token…"), tr("&Quit")}));
        QSignalSpy chosen(&tray, &TrayController::tokenChosen);
        tray.tokenActions().at(1)->trigger();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().toString(), QStringLiteral("k2"));
        // A new list replaces the old one.
        tray.setTokenEntries({{QStringLiteral("k3"), QStringLiteral("x")}});
        QCOMPARE(tray.tokenActions().size(), 1);
        QCOMPARE(tray.menu()->actions().first()->text(), QStringLiteral("x"));
    }

    // Issue 18: the minute tick hands the tray the same lines and state most minutes; the menu
    // and the icon stay as they are (each change is a D-Bus round with the panel).
    void theSameLinesKeepTheMenu()
    {
        TrayController tray;
        QVERIFY(tray.isAvailable());
        const QList<QPair<QString, QString>> entries{{QStringLiteral("k1"), QStringLiteral("a")},
                                                     {QStringLiteral("k2"), QStringLiteral("b")}};
        tray.setTokenEntries(entries);
        const QPointer<QAction> first = tray.tokenActions().constFirst();
        tray.setTokenEntries(entries);
        QVERIFY(first); // not deleted and built again
        QCOMPARE(tray.tokenActions().size(), 2);
        tray.setTokenEntries({{QStringLiteral("k1"), QStringLiteral("a (changed)")}});
        QVERIFY(!first);
        QCOMPARE(tray.tokenActions().constFirst()->text(), QStringLiteral("a (changed)"));
    }

    // Issue 18: nothing that can wait runs before the first paint, the tray included (creating
    // the icon registers it over D-Bus and renders it). The table paints with no icon and no
    // tray notice; the icon comes right after.
    void theTrayIsAskedForAfterTheFirstPaint()
    {
        Application app;
        QWidget *table = app.mainWindow()->tokenTable()->viewport();
        std::optional<bool> iconAtFirstPaint;
        std::optional<bool> noticeAtFirstPaint;
        auto *probe = new PaintProbe(table, [&] {
            iconAtFirstPaint = app.tray()->isAvailable();
            noticeAtFirstPaint
                = app.mainWindow()->findChild<QLabel *>(QStringLiteral("trayNotice"))->isVisible();
        });
        Q_UNUSED(probe);
        app.start();
        QTRY_VERIFY(iconAtFirstPaint.has_value());
        QCOMPARE(*iconAtFirstPaint, false);
        QCOMPARE(*noticeAtFirstPaint, false);
        QTRY_VERIFY(app.tray()->isAvailable());
    }

    void withTrayTheWindowHidesTheNoticeAndKeepsRunning()
    {
        Application app;
        app.start();
        QVERIFY(QTest::qWaitForWindowExposed(app.mainWindow()));
        QTRY_VERIFY(app.tray()->isAvailable()); // asked for after the first paint
        QVERIFY(!app.mainWindow()->findChild<QLabel *>(QStringLiteral("trayNotice"))->isVisible());
        // Closing the window keeps TokenDesk in the tray.
        QVERIFY(!QApplication::quitOnLastWindowClosed());
    }
};

TD_XCB_TEST_MAIN(TstTrayController)
#include "tst_traycontroller.moc"
