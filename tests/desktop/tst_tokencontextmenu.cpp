// SPDX-License-Identifier: GPL-3.0-or-later
// The token table's context menu on a real X server (issue 16): opened from the keyboard (Menu
// key, Shift+F10) on the current row, each entry asks for its action on that row's token, and
// "Show where used" brings the token's details forward.
#include "TokenTableFixture.h"
#include "XcbTestMain.h"
#include "details/TokenDetailsPane.h"
#include "mainwindow/TokenContextMenu.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace td;

class TstTokenContextMenu : public QObject
{
    Q_OBJECT
    test::TokenTableFixture m_fixture;
    QTemporaryDir m_settingsDir;

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
