// SPDX-License-Identifier: GPL-3.0-or-later
// Saves a screenshot of the main window under <build>/screenshots/ and checks it shows something.
// Run twice by ctest: offscreen (widget rendering) and xcb on Xvfb (what the X server displays).
#include "Harness.h"
#include "TestPaths.h"
#include "desktop/mainwindow/MainWindow.h"

#include <QDir>
#include <QGuiApplication>
#include <QScreen>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace td;

class TstScreenshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (qEnvironmentVariableIsSet("TD_REQUIRE_DISPLAY"))
            TD_REQUIRE_HARNESS();
    }

    void mainWindowIsNotBlank()
    {
        MainWindow window;
        window.move(0, 0);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(200); // let the first paint reach the server

        const QString platform = QGuiApplication::platformName();
        QImage shot;
        if (platform == QLatin1String("xcb"))
            shot = window.screen()->grabWindow(window.winId()).toImage(); // read back from X
        else
            shot = window.grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.width() >= 600 && shot.height() >= 400);

        const QString dir = QStringLiteral(TD_BINARY_DIR "/screenshots");
        QVERIFY(QDir().mkpath(dir));
        const QString path
            = dir + QStringLiteral("/mainwindow-") + platform + QStringLiteral(".png");
        QVERIFY(shot.save(path));

        // Not blank: a real window has text, borders and a toolbar, so many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < shot.height(); y += 3)
            for (int x = 0; x < shot.width(); x += 3)
                colours.insert(shot.pixel(x, y));
        QVERIFY2(colours.size() >= 8,
                 qPrintable(QStringLiteral("only %1 colours").arg(colours.size())));
    }
};

QTEST_MAIN(TstScreenshot)
#include "tst_screenshot.moc"
