// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline draws the notice thresholds (14, 7, 3 and 1 days from today) as lines and marks
// today (issue 16). Rendered on a real X server; the pixels in each line's column are checked.
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
};

TD_XCB_TEST_MAIN(TstTimeline)
#include "tst_timeline.moc"
