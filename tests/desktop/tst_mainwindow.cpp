// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/Application.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/publishing/PublishingTab.h"
#include "desktop/releases/ReleasesView.h"
#include "desktop/stage/StagedReleasesTab.h"
#include "desktop/timeline/TimelineView.h"
#include "desktop/tray/TrayController.h"
#include "desktop/trust/DiagnosePage.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
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

    // The side tabs' views replace their empty pages (issue 18): each in its page's place, with
    // the title, tooltip and state the page had by then, and the chosen tab still chosen.
    void sideTabsTakeTheirPagesPlaces()
    {
        MainWindow window;
        QTabWidget *tabs = window.tabs();
        window.setRegistryKind(RegistryKind::Verdaccio); // no staging: that tab is disabled
        window.setStagedCount(2);
        tabs->setCurrentIndex(0);
        QVERIFY(!window.sideTabsAreBuilt());
        QStringList titles;
        QStringList tips;
        QList<bool> enabled;
        for (int i = 0; i < tabs->count(); ++i) {
            titles << tabs->tabText(i);
            tips << tabs->tabToolTip(i);
            enabled << tabs->isTabEnabled(i);
        }
        QCOMPARE(tabs->count(), 6);
        QCOMPARE(enabled.count(false), 1);
        QSignalSpy built(&window, &MainWindow::sideTabsBuilt);
        QSignalSpy switched(tabs, &QTabWidget::currentChanged);

        window.buildSideTabs();
        window.buildSideTabs(); // once
        QCOMPARE(built.count(), 1);
        QCOMPARE(switched.count(), 0);
        QCOMPARE(tabs->currentIndex(), 0);
        const QList<QWidget *> views{window.timeline(), window.diagnosePage(), window.stagedTab(),
                                     window.publishingTab(), window.releasesView()};
        QCOMPARE(tabs->count(), 6);
        for (int i = 1; i < tabs->count(); ++i) {
            QCOMPARE(tabs->widget(i), views.at(i - 1));
            QCOMPARE(tabs->tabText(i), titles.at(i));
            QCOMPARE(tabs->tabToolTip(i), tips.at(i));
            QCOMPARE(tabs->isTabEnabled(i), enabled.at(i));
        }
        QCOMPARE(tabs->tabText(tabs->indexOf(window.stagedTab())),
                 QStringLiteral("&Staged releases (2)"));
    }

    void controlsHaveAccessibleNames()
    {
        MainWindow window;
        QVERIFY(!window.tokenTable()->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
