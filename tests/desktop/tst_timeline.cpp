// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline draws the notice thresholds (14, 7, 3 and 1 days from today) as lines and marks
// today (issue 16). Rendered on a real X server; the pixels in each line's column are checked,
// and the lines' labels never cover one another when the lines sit close.
#include "DemoTokens.h"
#include "FakeClock.h"
#include "TestPaths.h"
#include "XcbTestMain.h"
#include "core/expiry/ExpiryState.h"
#include "core/tokenlist/TokenListModel.h"
#include "desktop/mainwindow/StatePalette.h"
#include "desktop/timeline/TimelineView.h"

#include <QDir>
#include <QImage>

using namespace td;
using namespace std::chrono_literals;

class TstTimeline : public QObject
{
    Q_OBJECT

    test::FakeClock m_clock;

    // Share of the pixels in column x, below the axis, that have `colour`.
    static double shareOf(const QImage &image, int x, const QColor &colour)
    {
        int hits = 0;
        int total = 0;
        for (int y = TimelineView::kAxisHeight + 2; y < image.height() - 20; ++y, ++total)
            if (image.pixelColor(x, y).rgb() == colour.rgb())
                ++hits;
        return total ? double(hits) / total : 0;
    }

private Q_SLOTS:
    void thresholdLinesAndTodayAreDrawn_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void thresholdLinesAndTodayAreDrawn()
    {
        QFETCH(bool, dark);
        TokenListModel model(m_clock);
        model.setTokens(test::demoTokens(m_clock.now(), 12));
        TimelineView view;
        if (dark) {
            QPalette palette;
            palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
            palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
            view.setPalette(palette);
        }
        view.setModel(&model);
        view.resize(1200, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage image = view.viewport()->grab().toImage();
        QDir().mkpath(QStringLiteral(TD_BINARY_DIR "/screenshots"));
        image.save(QStringLiteral(TD_BINARY_DIR "/screenshots/timeline-%1.png")
                       .arg(dark ? QStringLiteral("dark") : QStringLiteral("light")));

        QCOMPARE(view.thresholds(), (QList<std::chrono::seconds>{14 * 24h, 7 * 24h, 3 * 24h, 24h}));
        const QColor line = view.palette().color(QPalette::Text);
        int previous = view.todayX();
        for (const auto before : {24h, 3 * 24h, 7 * 24h, 14 * 24h}) {
            const int x = view.thresholdX(before);
            QVERIFY2(x > previous + 4, qPrintable(QString::number(x))); // apart, in order
            previous = x;
            // A dashed line: about half of the column, over bars and background alike.
            const double share = shareOf(image, x, line);
            QVERIFY2(
                share > 0.3,
                qPrintable(QStringLiteral("%1 d at x=%2: %3").arg(before / 24h).arg(x).arg(share)));
            // Beside the line there is no line.
            QVERIFY(shareOf(image, x - 3, line) < 0.2);
        }
        QVERIFY(shareOf(image, view.todayX(), stateColor(ExpiryState::Expired)) > 0.8);
    }

    // Over a year and a quarter the four lines sit a few pixels apart: their labels stack
    // instead of printing over one another, each right of its own line and below the axis.
    void closeThresholdLabelsDoNotOverlap()
    {
        TokenListModel model(m_clock);
        QList<Token> tokens = test::demoTokens(m_clock.now(), 3);
        tokens[0].created = m_clock.now().addDays(-90);
        tokens[1].expires = m_clock.now().addDays(365);
        model.setTokens(tokens);
        TimelineView view;
        view.setModel(&model);
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.viewport()->grab().toImage().save(
            QStringLiteral(TD_BINARY_DIR "/screenshots/timeline-year.png"));

        const QList<QRect> labels = view.thresholdLabelRects();
        QCOMPARE(labels.size(), 4);
        QVERIFY2(view.thresholdX(14 * 24h) - view.thresholdX(24h) < labels.first().width(),
                 "the lines must be closer than a label is wide, or this checks nothing");
        const std::chrono::seconds nearestFirst[] = {24h, 3 * 24h, 7 * 24h, 14 * 24h};
        for (qsizetype i = 0; i < labels.size(); ++i) {
            const QRect &box = labels.at(i);
            QVERIFY(box.left() > view.thresholdX(nearestFirst[i]));
            QVERIFY(box.top() > TimelineView::kAxisHeight);
            QVERIFY(box.bottom() < view.viewport()->height());
            for (qsizetype j = 0; j < i; ++j)
                QVERIFY2(!box.intersects(labels.at(j)),
                         qPrintable(QStringLiteral("label %1 covers label %2").arg(i).arg(j)));
        }
    }
};

TD_XCB_TEST_MAIN(TstTimeline)
#include "tst_timeline.moc"
