// SPDX-License-Identifier: GPL-3.0-or-later
// The main window with real models: table, filter, details, timeline and countdown ticking.
#include "DemoTokens.h"
#include "FakeClock.h"
#include "TestPaths.h"
#include "core/tokenlist/TokenFilterProxy.h"
#include "core/tokenlist/TokenListModel.h"
#include "desktop/details/TokenDetailsPane.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/timeline/TimelineView.h"

#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace td;

namespace {
bool saveNotBlank(QWidget *widget, const QString &name)
{
    const QImage shot = widget->grab().toImage();
    QDir().mkpath(QStringLiteral(TD_BINARY_DIR "/screenshots"));
    if (!shot.save(QStringLiteral(TD_BINARY_DIR "/screenshots/") + name + QStringLiteral(".png")))
        return false;
    QSet<QRgb> colours;
    for (int y = 0; y < shot.height(); y += 3)
        for (int x = 0; x < shot.width(); x += 3)
            colours.insert(shot.pixel(x, y));
    return colours.size() >= 8;
}
} // namespace

class TstDashboard : public QObject
{
    Q_OBJECT

    test::FakeClock m_clock;
    std::unique_ptr<TokenListModel> m_model;
    std::unique_ptr<TokenFilterProxy> m_proxy;
    std::unique_ptr<MainWindow> m_window;

    void build(int count)
    {
        m_window.reset();
        m_model = std::make_unique<TokenListModel>(m_clock);
        m_proxy = std::make_unique<TokenFilterProxy>();
        m_proxy->setSourceTokenModel(m_model.get());
        m_model->setTokens(test::demoTokens(m_clock.now(), count));
        m_window = std::make_unique<MainWindow>();
        m_window->setTokenModels(m_model.get(), m_proxy.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tableShowsLiveTokensSortedBySoonestExpiry()
    {
        build(12);
        QTableView *table = m_window->tokenTable();
        // Revoked and expired are hidden until asked for.
        QCOMPARE(table->model()->rowCount(), 10);
        QCOMPARE(table->model()->index(0, TokenListModel::NameColumn).data().toString(),
                 QStringLiteral("laptop-publish"));
        auto *showInactive = m_window->findChild<QCheckBox *>(QStringLiteral("showInactive"));
        showInactive->setChecked(true);
        QCOMPARE(table->model()->rowCount(), 12);
        QVERIFY(saveNotBlank(m_window.get(), QStringLiteral("dashboard-table")));
    }

    void typingInFilterNarrowsTable()
    {
        build(12);
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("tokenFilter"));
        QTest::keyClicks(filter, QStringLiteral("-publish"));
        const QAbstractItemModel *shown = m_window->tokenTable()->model();
        QCOMPARE(shown->rowCount(), 2); // ci-publish, laptop-publish
        for (int row = 0; row < shown->rowCount(); ++row)
            QVERIFY(shown->index(row, 0).data().toString().endsWith(QStringLiteral("-publish")));
        // The kind is searchable too: "classic" finds the classic publish token.
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("classic"));
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("old-classic"));
    }

    void selectingARowFillsDetails()
    {
        build(12);
        m_window->selectToken(QStringLiteral("key-ci-publish"));
        const QString text = m_window->details()->text();
        QVERIFY2(text.contains(QStringLiteral("ci-publish")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("@acme")));
        QVERIFY(text.contains(QStringLiteral("not scanned yet")));
        QCOMPARE(m_window->details()->currentKey(), QStringLiteral("key-ci-publish"));
    }

    void syncKeepsTheSelectedRowAndItsDetailsFollow()
    {
        // A sync updates the rows in place (issue 18): the selection stays where the user put
        // it, with nobody re-selecting it, and the details show the token as now listed.
        build(12);
        m_window->selectToken(QStringLiteral("key-ci-publish"));
        QList<Token> synced = test::demoTokens(m_clock.now(), 12);
        for (Token &token : synced)
            if (token.key == QStringLiteral("key-ci-publish"))
                token.description = QStringLiteral("rotated by the release job");
        m_model->setTokens(synced);
        QCOMPARE(m_window->tokenTable()->currentIndex().data(TokenListModel::TokenKeyRole),
                 QVariant(QStringLiteral("key-ci-publish")));
        QCOMPARE(m_window->details()->currentKey(), QStringLiteral("key-ci-publish"));
        const QString text = m_window->details()->text();
        QVERIFY2(text.contains(QStringLiteral("rotated by the release job")), qPrintable(text));
    }

    void timelineClickSelectsTokenInTable()
    {
        build(30);
        m_window->tabs()->setCurrentIndex(1);
        TimelineView *timeline = m_window->timeline();
        QVERIFY(QTest::qWaitForWindowExposed(timeline));
        const int row = m_model->rowOfKey(QStringLiteral("key-install-private"));
        const QRect bar = timeline->barRect(row);
        QVERIFY(bar.isValid());
        QVERIFY(timeline->toolTipAt(bar.center()).contains(QStringLiteral("install-private")));
        QVERIFY(saveNotBlank(m_window.get(), QStringLiteral("dashboard-timeline")));
        QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, bar.center());
        QCOMPARE(m_window->tabs()->currentIndex(), 0);
        QCOMPARE(m_window->details()->currentKey(), QStringLiteral("key-install-private"));
    }

    void countdownMovesWithTheClock()
    {
        build(12);
        const QModelIndex first
            = m_window->tokenTable()->model()->index(0, TokenListModel::ExpiresColumn);
        const QString before = first.data().toString();
        m_clock.advance(std::chrono::hours(2));
        QTest::qWait(1300); // one visible-window tick
        QVERIFY2(first.data().toString() != before, qPrintable(before));
    }

    void filteringAThousandTokensIsQuick()
    {
        build(1000);
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("tokenFilter"));
        QElapsedTimer timer;
        timer.start();
        filter->setText(QStringLiteral("token-09"));
        QCoreApplication::processEvents();
        const qint64 ms = timer.elapsed();
        qInfo("filter over 1,000 tokens: %lld ms", ms);
        QCOMPARE(m_window->tokenTable()->model()->rowCount(), 100);
    }
};

QTEST_MAIN(TstDashboard)
#include "tst_dashboard.moc"
