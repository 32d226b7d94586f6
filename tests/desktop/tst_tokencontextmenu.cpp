// SPDX-License-Identifier: GPL-3.0-or-later
// The token table's context menu on a real X server (issue 16): opened from the keyboard (Menu
// key, Shift+F10) on the current row, each entry asks for its action on that row's token, and
// "Show where used" brings the token's details forward.
#include "DemoTokens.h"
#include "TokenTableFixture.h"
#include "XcbTestMain.h"
#include "core/account/AccountStore.h"
#include "core/secrets/InMemorySecretStore.h"
#include "core/tokenlist/TokenCache.h"
#include "desktop/Application.h"
#include "desktop/details/TokenDetailsPane.h"
#include "desktop/mainwindow/TokenContextMenu.h"

#include <QClipboard>
#include <QContextMenuEvent>

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace td;

class TstTokenContextMenu : public QObject
{
    Q_OBJECT
    // Declared first so it goes last: the window in the fixture saves its layout when it
    // closes, and would otherwise bring the removed folder back.
    QTemporaryDir m_settingsDir;
    test::TokenTableFixture m_fixture;

    QMenu *openMenuWith(const QKeySequence &keys)
    {
        QTableView *table = m_fixture.window->tokenTable();
        m_fixture.window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_fixture.window.get()))
            return nullptr;
        table->setFocus(Qt::OtherFocusReason);
        table->setCurrentIndex(m_fixture.cell(QStringLiteral("key-six-days"), 0));
        QTest::keySequence(table, keys);
        QMenu *menu = m_fixture.window->tokenMenu()->openMenu();
        if (!menu || !QTest::qWaitForWindowExposed(menu))
            return nullptr;
        return menu;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("tokendesk-test"));
    }

    void entriesAskForTheirActionOnTheCurrentToken_data()
    {
        QTest::addColumn<QKeySequence>("keys");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("expectedSignal");
        const QKeySequence menuKey(Qt::Key_Menu);
        const QKeySequence shiftF10(Qt::SHIFT | Qt::Key_F10);
        QTest::newRow("copy id (Menu key)")
            << menuKey << QStringLiteral("actionCopyId") << QStringLiteral("copyIdRequested");
        QTest::newRow("rotate (Shift+F10)")
            << shiftF10 << QStringLiteral("actionRotate") << QStringLiteral("rotateRequested");
        QTest::newRow("revoke (Menu key)")
            << menuKey << QStringLiteral("actionRevoke") << QStringLiteral("revokeRequested");
        QTest::newRow("where used (Shift+F10)")
            << shiftF10 << QStringLiteral("actionShowUsage") << QStringLiteral("usageRequested");
    }
    void entriesAskForTheirActionOnTheCurrentToken()
    {
        QFETCH(QKeySequence, keys);
        QFETCH(QString, action);
        QFETCH(QString, expectedSignal);
        m_fixture.build(test::urgencyTokens(m_fixture.clock.now()));
        TokenContextMenu *menu = m_fixture.window->tokenMenu();
        QSignalSpy copyId(menu, &TokenContextMenu::copyIdRequested);
        QSignalSpy rotate(menu, &TokenContextMenu::rotateRequested);
        QSignalSpy revoke(menu, &TokenContextMenu::revokeRequested);
        QSignalSpy usage(menu, &TokenContextMenu::usageRequested);
        const QHash<QString, QSignalSpy *> spies{{QStringLiteral("copyIdRequested"), &copyId},
                                                 {QStringLiteral("rotateRequested"), &rotate},
                                                 {QStringLiteral("revokeRequested"), &revoke},
                                                 {QStringLiteral("usageRequested"), &usage}};

        QMenu *open = openMenuWith(keys);
        QVERIFY(open);
        auto *entry = open->findChild<QAction *>(action);
        QVERIFY(entry);
        QVERIFY(!entry->text().isEmpty());
        // Chosen from the keyboard: the entry made active, then Return.
        open->setActiveAction(entry);
        QTest::keyClick(open, Qt::Key_Return);
        QTRY_VERIFY(!open->isVisible() || open->isHidden());

        for (auto it = spies.cbegin(); it != spies.cend(); ++it) {
            const bool expected = it.key() == expectedSignal;
            QCOMPARE(it.value()->count(), expected ? 1 : 0);
            if (expected)
                QCOMPARE(it.value()->at(0).at(0).toString(), QStringLiteral("key-six-days"));
        }
    }

    void showWhereUsedSelectsTheTokenAndFocusesItsDetails()
    {
        m_fixture.build(test::urgencyTokens(m_fixture.clock.now()));
        connect(m_fixture.window->tokenMenu(), &TokenContextMenu::usageRequested,
                m_fixture.window.get(), &MainWindow::showTokenUsage);
        m_fixture.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_fixture.window.get()));
        QTableView *table = m_fixture.window->tokenTable();
        table->setCurrentIndex(m_fixture.cell(QStringLiteral("key-two-days"), 0));
        Q_EMIT m_fixture.window->tokenMenu()->usageRequested(QStringLiteral("key-expired"));
        QCOMPARE(table->currentIndex().data(TokenListModel::TokenKeyRole).toString(),
                 QStringLiteral("key-expired"));
        QTRY_VERIFY(m_fixture.window->details()->isAncestorOf(QApplication::focusWidget())
                    || QApplication::focusWidget() == m_fixture.window->details());
    }

    // Through the composition root: each entry runs the same action as the details pane's
    // buttons (copy the id, rotate, the revoke flow, the token's details).
    void entriesRunTheApplicationsActions()
    {
        QTemporaryDir dataDir;
        const QString account = QStringLiteral("maintainer@registry.npmjs.org");
        AccountStore store(dataDir.filePath(QStringLiteral("accounts.json")));
        Account maintainer;
        maintainer.id = account;
        maintainer.user = QStringLiteral("maintainer");
        maintainer.lastSignIn = m_fixture.clock.now().addSecs(-3600);
        store.upsert(maintainer);
        QVERIFY(store.save());
        TokenCache cache(dataDir.filePath(QStringLiteral("token-cache")));
        QVERIFY(cache.store(account, test::demoTokens(m_fixture.clock.now(), 12),
                            m_fixture.clock.now().addSecs(-600)));
        InMemorySecretStore secrets;
        Application::Options options;
        options.dataDir = dataDir.path();
        options.clock = &m_fixture.clock;
        options.secrets = &secrets;
        options.openUrl = [](const QUrl &) {};
        Application app(options);
        QString rotated;
        app.setRotationHandler([&](const Token &token, QWidget *) { rotated = token.key; });
        app.start();
        MainWindow *window = app.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTableView *table = window->tokenTable();
        const QString key = QStringLiteral("key-ci-publish");

        auto choose = [&](const char *entry) {
            table->setFocus(Qt::OtherFocusReason);
            app.showToken(key);
            QTest::keyClick(table, Qt::Key_F10, Qt::ShiftModifier);
            QMenu *menu = window->tokenMenu()->openMenu();
            QVERIFY(menu);
            QVERIFY(QTest::qWaitForWindowExposed(menu));
            QAction *action = menu->findChild<QAction *>(QLatin1String(entry));
            QVERIFY(action);
            menu->setActiveAction(action);
            QTest::keyClick(menu, Qt::Key_Return);
        };

        choose("actionCopyId");
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), key);
        choose("actionRotate");
        QTRY_COMPARE(rotated, key);
        const auto confirmation = QStringLiteral("revokeConfirmation");
        QVERIFY(!window->findChild<QMessageBox *>(confirmation));
        choose("actionRevoke");
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = window->findChild<QMessageBox *>(confirmation)));
        QVERIFY(confirm->text().contains(QStringLiteral("ci-publish")));
        confirm->reject(); // nothing is revoked here
        choose("actionShowUsage");
        QCOMPARE(window->details()->currentKey(), key);
        QTRY_VERIFY(window->details()->isAncestorOf(QApplication::focusWidget())
                    || QApplication::focusWidget() == window->details());
    }

    // The right mouse button on a row: that row becomes current and the menu acts on it.
    void rightClickOpensTheMenuOnTheClickedRow()
    {
        m_fixture.build(test::urgencyTokens(m_fixture.clock.now()));
        QTableView *table = m_fixture.window->tokenTable();
        table->setCurrentIndex(m_fixture.cell(QStringLiteral("key-six-days"), 0));
        const QPoint where
            = table->visualRect(m_fixture.cell(QStringLiteral("key-two-days"), 0)).center();
        QContextMenuEvent click(QContextMenuEvent::Mouse, where,
                                table->viewport()->mapToGlobal(where));
        QCoreApplication::sendEvent(table->viewport(), &click);
        QMenu *menu = m_fixture.window->tokenMenu()->openMenu();
        QVERIFY(menu);
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        QCOMPARE(table->currentIndex().data(TokenListModel::TokenKeyRole).toString(),
                 QStringLiteral("key-two-days"));
        QSignalSpy copyId(m_fixture.window->tokenMenu(), &TokenContextMenu::copyIdRequested);
        menu->findChild<QAction *>(QStringLiteral("actionCopyId"))->trigger();
        QCOMPARE(copyId.count(), 1);
        QCOMPARE(copyId.at(0).at(0).toString(), QStringLiteral("key-two-days"));
        menu->close();
    }

    void noMenuWithoutARow()
    {
        m_fixture.build({});
        QTableView *table = m_fixture.window->tokenTable();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Menu);
        QVERIFY(!m_fixture.window->tokenMenu()->openMenu());
    }
};

TD_XCB_TEST_MAIN(TstTokenContextMenu)
#include "tst_tokencontextmenu.moc"
