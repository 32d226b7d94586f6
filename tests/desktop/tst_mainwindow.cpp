// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/Application.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/tray/TrayController.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace td;

class TstMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void withoutTraySaysSoAndQuitsOnClose()
    {
        // The offscreen platform has no system tray: the app must still run and tell the user.
        Application app;
        QVERIFY(!app.tray()->isAvailable());
        app.start();
        QVERIFY(QTest::qWaitForWindowExposed(app.mainWindow()));
        auto *notice = app.mainWindow()->findChild<QLabel *>(QStringLiteral("trayNotice"));
        QVERIFY(notice);
        QTRY_VERIFY(notice->isVisible()); // the tray is asked for after the first paint
        QVERIFY(notice->text().contains(QStringLiteral("No system tray")));
        QVERIFY(QApplication::quitOnLastWindowClosed());
        // Notices still go out: as desktop notifications, which need no tray (issue 12, 18).
        QCOMPARE(app.tray()->notify(QStringLiteral("t"), QStringLiteral("b"),
                                    TrayController::Severity::Warning),
                 !qEnvironmentVariableIsEmpty("NOTIFY_LOG"));
    }

    void keyboardShortcutsReachActions_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QKeySequence>("keys");
        QTest::newRow("refresh") << QStringLiteral("actionRefresh")
                                 << QKeySequence(QKeySequence::Refresh);
        QTest::newRow("new token")
            << QStringLiteral("actionNewToken") << QKeySequence(QKeySequence::New);
        QTest::newRow("quit") << QStringLiteral("actionQuit") << QKeySequence(QKeySequence::Quit);
    }
    void keyboardShortcutsReachActions()
    {
        QFETCH(QString, action);
        QFETCH(QKeySequence, keys);
        MainWindow window;
        auto *found = window.findChild<QAction *>(action);
        QVERIFY(found);
        QCOMPARE(found->shortcut(), keys);
    }

    void refreshSignalFromAction()
    {
        MainWindow window;
        QSignalSpy spy(&window, &MainWindow::refreshRequested);
        window.findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
        QCOMPARE(spy.count(), 1);
    }

    void controlsHaveAccessibleNames()
    {
        MainWindow window;
        QVERIFY(!window.tokenTable()->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
