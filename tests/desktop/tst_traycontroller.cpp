// SPDX-License-Identifier: GPL-3.0-or-later
// On Xvfb with the fake StatusNotifierWatcher: Qt's D-Bus tray sends real freedesktop
// notifications, which tests/support/fake_notifyd.py writes to $NOTIFY_LOG.
#include "Application.h"
#include "Harness.h"
#include "XcbTestMain.h"
#include "mainwindow/MainWindow.h"
#include "tray/TrayController.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace td;

namespace {
// The notifications recorded so far whose body contains `needle`.
QList<QJsonObject> notificationsWith(const QString &needle)
{
    QList<QJsonObject> found;
    QFile log(td::test::notifyLogPath());
    if (!log.open(QIODevice::ReadOnly))
        return found;
    for (const QByteArray &line : log.readAll().split('\n')) {
        const QJsonObject record = QJsonDocument::fromJson(line).object();
        if (record.value(QStringLiteral("body")).toString().contains(needle))
            found.append(record);
    }
    return found;
}
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

    void withTrayTheWindowHidesTheNoticeAndKeepsRunning()
    {
        Application app;
        QVERIFY(app.tray()->isAvailable());
        app.start();
        QVERIFY(QTest::qWaitForWindowExposed(app.mainWindow()));
        QVERIFY(!app.mainWindow()->findChild<QLabel *>(QStringLiteral("trayNotice"))->isVisible());
        // Closing the window keeps TokenDesk in the tray.
        QVERIFY(!QApplication::quitOnLastWindowClosed());
    }
};

TD_XCB_TEST_MAIN(TstTrayController)
#include "tst_traycontroller.moc"
