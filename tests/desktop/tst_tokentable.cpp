// SPDX-License-Identifier: GPL-3.0-or-later
// The token table on a real X server (issue 16): urgency colours by absolute time left, the
// bypass-2FA mark, Tab out in one press, arrows between rows, sort / columns / geometry
// remembered, and no horizontal scrolling nor clipped headers at 1280×800 (run again by ctest
// with QT_SCALE_FACTOR=2). Screenshots land in <build>/screenshots/tokentable-*.png.
#include "TestPaths.h"
#include "TokenTableFixture.h"
#include "XcbTestMain.h"
#include "desktop/mainwindow/TokenTableColumns.h"

#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QToolTip>

using namespace td;

namespace {

// What a pixel's colour says, by hue, for saturated colours only (greys, white, the pale row
// tints and anti-aliased text edges say nothing).
QString hueClass(const QColor &color, int minimumSaturation = 110)
{
    if (color.hsvSaturation() < minimumSaturation || color.value() < 60)
        return QStringLiteral("none");
    const int hue = color.hsvHue();
    if (hue >= 340 || hue <= 12)
        return QStringLiteral("red");
    if (hue <= 32)
        return QStringLiteral("orange");
    if (hue <= 60)
        return QStringLiteral("amber");
    if (hue >= 80 && hue <= 170)
        return QStringLiteral("green");
    return QStringLiteral("other");
}

// The dominant colour class along a horizontal line (device pixels) of `shot`.
QString dominantAlong(const QImage &shot, int y, int left, int right)
{
    QHash<QString, int> counts;
    for (int x = left; x <= right; ++x) {
        const QString cls = hueClass(shot.pixelColor(x, y));
        if (cls != QLatin1String("none"))
            ++counts[cls];
    }
    QString best = QStringLiteral("none");
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > most) {
            best = it.key();
            most = it.value();
        }
    return best;
}

QString screenshotPath(const QString &name)
{
    const QString dir = QStringLiteral(TD_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    const qreal ratio = QGuiApplication::primaryScreen()->devicePixelRatio();
    return dir + QStringLiteral("/tokentable-") + name + QStringLiteral("-%1x.png").arg(ratio);
}

} // namespace

class TstTokenTable : public QObject
{
    Q_OBJECT
    // Declared first so it goes last: the window in the fixture saves its layout when it
    // closes, and would otherwise bring the removed folder back.
    QTemporaryDir m_settingsDir;
    test::TokenTableFixture m_fixture;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("tokendesk-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_tokentable"));
    }
    void init()
    {
        m_fixture.window.reset(); // it saves its layout as it goes: before the slate is wiped
        QSettings().clear();
    }

    void rowColoursByUrgency_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("bar");    // the expiry bar's colour
        QTest::addColumn<bool>("rowTinted"); // the whole row stands out
        QTest::addColumn<bool>("stripe");    // the bypass-2FA mark before the name
        QTest::newRow("5 h") << QStringLiteral("five-hours") << QStringLiteral("red") << true
                             << false;
        QTest::newRow("2 d") << QStringLiteral("two-days") << QStringLiteral("orange") << true
                             << false;
        QTest::newRow("6 d") << QStringLiteral("six-days") << QStringLiteral("amber") << false
                             << false;
        QTest::newRow("40 d") << QStringLiteral("forty-days") << QStringLiteral("green") << false
                              << false;
        QTest::newRow("expired") << QStringLiteral("expired") << QStringLiteral("red") << true
                                 << false;
        QTest::newRow("bypass 2FA")
            << QStringLiteral("bypass") << QStringLiteral("green") << false << true;
    }
    void rowColoursByUrgency()
    {
        QFETCH(QString, name);
        QFETCH(QString, bar);
        QFETCH(bool, rowTinted);
        QFETCH(bool, stripe);
        m_fixture.build(test::urgencyTokens(m_fixture.clock.now()));
        QTableView *table = m_fixture.window->tokenTable();
        table->selectionModel()->clear(); // the selection colour would cover the row's own
        table->setCurrentIndex({});
        const QString key = QStringLiteral("key-") + name;
        table->scrollTo(m_fixture.cell(key, TokenListModel::ExpiresColumn)); // colours, not fit
        QTest::qWait(50);
        const QImage shot = table->viewport()->grab().toImage();
        const qreal ratio = shot.devicePixelRatio();
        shot.save(screenshotPath(QStringLiteral("urgency")));

        const QRect expires = table->visualRect(m_fixture.cell(key, TokenListModel::ExpiresColumn));
        QVERIFY(expires.isValid());
        // The bar sits in the bottom few pixels of the cell; scan its middle line.
        const int barY = int((expires.bottom() - 4) * ratio);
        QCOMPARE(dominantAlong(shot, barY, int((expires.left() + 4) * ratio),
                               int((expires.right() - 4) * ratio)),
                 bar);

        // The row's background, left of the Name text and below it: tinted or plain.
        const QRect nameCell = table->visualRect(m_fixture.cell(key, TokenListModel::NameColumn));
        const QColor background
            = shot.pixelColor(int(nameCell.right() * ratio) - 3, int(nameCell.top() * ratio) + 2);
        const QColor base = table->palette().color(QPalette::Base);
        const QColor alternate = table->palette().color(QPalette::AlternateBase);
        const bool tinted = background != base && background != alternate
            && background.hsvSaturation() > 12
            && (background.hsvHue() >= 330 || background.hsvHue() <= 35);
        QVERIFY2(tinted == rowTinted, qPrintable(background.name()));

        const QColor edge = shot.pixelColor(int((nameCell.left() + 1) * ratio),
                                            int(nameCell.center().y() * ratio));
        QCOMPARE(hueClass(edge) == QLatin1String("red"), stripe);
    }

    void tabLeavesTableInOnePressAndArrowsMoveRows()
    {
        m_fixture.build(test::urgencyTokens(m_fixture.clock.now()));
        QTableView *table = m_fixture.window->tokenTable();
        m_fixture.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_fixture.window.get()));
        table->setFocus(Qt::TabFocusReason);
        table->setCurrentIndex(table->model()->index(0, 0));
        QTRY_COMPARE(QApplication::focusWidget(), table);

        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), 1);
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), 2);
        QTest::keyClick(table, Qt::Key_Up);
        QCOMPARE(table->currentIndex().row(), 1);

        QTest::keyClick(table, Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != table);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), table);
        QTest::keyClick(table, Qt::Key_Backtab);
        QVERIFY(QApplication::focusWidget() != table);
    }

    void sortColumnsAndGeometryRememberedAfterRecreatingTheWindow()
    {
        m_fixture.build(test::urgencyTokens(m_fixture.clock.now()), test::deviceSized(1200, 760));
        QTableView *table = m_fixture.window->tokenTable();
        QHeaderView *header = table->horizontalHeader();
        table->sortByColumn(TokenListModel::NameColumn, Qt::DescendingOrder);
        header->moveSection(header->visualIndex(TokenListModel::KindColumn), 0);
        const int expiresWidth = header->sectionSize(TokenListModel::ExpiresColumn) + 30;
        header->resizeSection(TokenListModel::ExpiresColumn, expiresWidth);
        m_fixture.window->resize(test::deviceSized(1180, 740));
        QTest::qWait(50);
        const QSize size = m_fixture.window->size();
        const QString firstName
            = table->model()->index(0, TokenListModel::NameColumn).data().toString();
        QCOMPARE(firstName, QStringLiteral("two-days")); // z…a

        m_fixture.window.reset(); // as at quit: the window goes, the settings stay
        m_fixture.window = std::make_unique<MainWindow>();
        m_fixture.window->setTokenModels(m_fixture.model.get(), m_fixture.proxy.get());
        m_fixture.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_fixture.window.get()));
        m_fixture.window->finishAfterFirstPaint();
        table = m_fixture.window->tokenTable();
        header = table->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), int(TokenListModel::NameColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(table->model()->index(0, TokenListModel::NameColumn).data().toString(), firstName);
        QCOMPARE(header->visualIndex(TokenListModel::KindColumn), 0);
        QCOMPARE(header->sectionSize(TokenListModel::ExpiresColumn), expiresWidth);
        QCOMPARE(m_fixture.window->size(), size);
    }

    // The screenshot test: at 1280×800 device pixels (and at 2× with QT_SCALE_FACTOR=2), the
    // table never scrolls sideways and no header is cut short without saying so.
    void noHorizontalScrollingNorClippedHeadersAt1280()
    {
        QList<Token> tokens = test::urgencyTokens(m_fixture.clock.now());
        tokens.last().name = QStringLiteral("a-very-long-token-name-for-the-release-pipeline");
        m_fixture.build(tokens);
        QTableView *table = m_fixture.window->tokenTable();
        QTest::qWait(100);
        const QImage shot
            = m_fixture.window->screen()->grabWindow(m_fixture.window->winId()).toImage();
        QVERIFY(shot.save(screenshotPath(QStringLiteral("1280x800"))));

        QScrollBar *horizontal = table->horizontalScrollBar();
        QVERIFY2(horizontal->maximum() == 0,
                 qPrintable(QStringLiteral("scrolls by %1 px").arg(horizontal->maximum())));
        QVERIFY(!horizontal->isVisible());

        QHeaderView *header = table->horizontalHeader();
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        int shown = 0;
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section))
                continue;
            ++shown;
            const QString title = table->model()->headerData(section, Qt::Horizontal).toString();
            const int needed = header->fontMetrics().horizontalAdvance(title) + 2 * margin;
            const QString tip
                = table->model()->headerData(section, Qt::Horizontal, Qt::ToolTipRole).toString();
            QVERIFY2(header->sectionSize(section) >= needed
                         || (header->textElideMode() != Qt::ElideNone && tip.contains(title)),
                     qPrintable(title));
        }
        QVERIFY(shown >= 2); // at least the name and when it expires
        QVERIFY(!header->isSectionHidden(TokenListModel::NameColumn));
        QVERIFY(!header->isSectionHidden(TokenListModel::ExpiresColumn));
    }

    // A narrower table hides the least important columns first and a wider one brings them
    // back at the width they had; the name and the expiry never go.
    void columnsGiveWayByPriorityAndComeBack()
    {
        m_fixture.build(test::urgencyTokens(m_fixture.clock.now()));
        QTableView table; // the window's own table is held by its layout's minimum widths
        table.setModel(m_fixture.proxy.get());
        setUpTokenColumns(&table);
        QHeaderView *header = table.horizontalHeader();
        table.resize(1270, 400); // logical pixels: the same test at 1× and 2×
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QTRY_VERIFY(!header->isSectionHidden(TokenListModel::LastUsedColumn));
        const int lastUsedWidth = header->sectionSize(TokenListModel::LastUsedColumn);

        table.resize(560, 400);
        QTRY_VERIFY(header->isSectionHidden(TokenListModel::LastUsedColumn));
        QVERIFY(header->isSectionHidden(TokenListModel::Bypass2faColumn));
        QVERIFY(header->isSectionHidden(TokenListModel::CreatedColumn));
        QVERIFY(!header->isSectionHidden(TokenListModel::NameColumn));
        QVERIFY(!header->isSectionHidden(TokenListModel::ExpiresColumn));
        QCOMPARE(table.horizontalScrollBar()->maximum(), 0);

        table.resize(1270, 400); // logical pixels: the same test at 1× and 2×
        QTRY_VERIFY(!header->isSectionHidden(TokenListModel::LastUsedColumn));
        QCOMPARE(header->sectionSize(TokenListModel::LastUsedColumn), lastUsedWidth);
        QCOMPARE(table.horizontalScrollBar()->maximum(), 0);
    }

    // What a narrow column cuts short, its tooltip shows whole: a long name, the kind's pills.
    void elidedCellsCarryTheirFullTextAsTooltip_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");
        QTest::newRow("name") << int(TokenListModel::NameColumn)
                              << QStringLiteral("a-very-long-token-name-for-the-release-pipeline");
        QTest::newRow("kind") << int(TokenListModel::KindColumn)
                              << QStringLiteral(
                                     "granular · bypasses 2FA · read-write · ends Jan 2027");
    }
    void elidedCellsCarryTheirFullTextAsTooltip()
    {
        QFETCH(int, column);
        QFETCH(QString, expected);
        QList<Token> tokens = test::urgencyTokens(m_fixture.clock.now());
        tokens.last().name = QStringLiteral("a-very-long-token-name-for-the-release-pipeline");
        m_fixture.build(tokens);
        // At 2× the Kind column gives way to the name (the fitting test checks that): here the
        // side panes go, so that it shows, narrower than its pills.
        m_fixture.window->accountList()->hide();
        m_fixture.window->details()->hide();
        QTableView *table = m_fixture.window->tokenTable();
        table->setColumnWidth(TokenListModel::KindColumn, 150);
        QTest::qWait(50);
        const QModelIndex index = m_fixture.cell(QStringLiteral("key-bypass"), column);
        const QRect rect = table->visualRect(index);
        QVERIFY(rect.isValid());
        QHelpEvent help(QEvent::ToolTip, rect.center(),
                        table->viewport()->mapToGlobal(rect.center()));
        QCoreApplication::sendEvent(table->viewport(), &help);
        QTRY_VERIFY2(QToolTip::text().contains(expected), qPrintable(QToolTip::text()));
        QToolTip::hideText();
    }

    // The same table on a dark palette (as a dark desktop theme gives it): still no scrolling,
    // and the urgent rows still stand out (looked at in tokentable-dark-*.png).
    void darkThemeScreenshot()
    {
        const QPalette light = QApplication::palette();
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2f));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x22));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x2b));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x3a));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x5a));
        dark.setColor(QPalette::Dark, QColor(0x44, 0x44, 0x48));
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x90, 0x90, 0x90));
        QApplication::setPalette(dark);
        m_fixture.build(test::urgencyTokens(m_fixture.clock.now()));
        QTableView *table = m_fixture.window->tokenTable();
        table->selectionModel()->clear();
        table->setCurrentIndex({});
        QTest::qWait(100);
        const QImage shot
            = m_fixture.window->screen()->grabWindow(m_fixture.window->winId()).toImage();
        QApplication::setPalette(light);
        QVERIFY(shot.save(screenshotPath(QStringLiteral("dark"))));
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);

        const QImage cells = table->viewport()->grab().toImage();
        const qreal ratio = cells.devicePixelRatio();
        const QRect expires = table->visualRect(
            m_fixture.cell(QStringLiteral("key-five-hours"), TokenListModel::ExpiresColumn));
        QCOMPARE(dominantAlong(cells, int((expires.bottom() - 4) * ratio),
                               int((expires.left() + 4) * ratio),
                               int((expires.right() - 4) * ratio)),
                 QStringLiteral("red"));
    }
};

TD_XCB_TEST_MAIN(TstTokenTable)
#include "tst_tokentable.moc"
