// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16: monochrome tray icons with theme names, so icon themes can replace them.
#include "TestPaths.h"
#include "desktop/tray/TrayIcons.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

Q_DECLARE_METATYPE(td::TrayState)

namespace {
// The distinct colours of the icon's opaque pixels.
QSet<QRgb> visibleColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) == 255) // edges blend with the panel
                colours.insert(image.pixel(x, y) & 0xffffff);
    return colours;
}

QImage straight(const QIcon &icon)
{
    return icon.pixmap(22, 22).toImage().convertToFormat(QImage::Format_ARGB32);
}
} // namespace

class TstTrayIcons : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QIcon::setThemeName(QStringLiteral("no-such-theme")); // our own fallback first
    }

    void monochromeInTheGivenColour_data()
    {
        QTest::addColumn<TrayState>("state");
        QTest::newRow("ok") << TrayState::Ok;
        QTest::newRow("warning") << TrayState::Warning;
        QTest::newRow("critical") << TrayState::Critical;
    }

    void monochromeInTheGivenColour()
    {
        QFETCH(TrayState, state);
        QVERIFY(trayIconThemeName(state).endsWith(QStringLiteral("-symbolic")));
        for (const QColor &colour : {QColor(Qt::white), QColor(0x20, 0x20, 0x20)}) {
            const QImage image = straight(trayIcon(state, colour));
            QVERIFY(!image.isNull());
            const QSet<QRgb> colours = visibleColours(image);
            QCOMPARE(colours, (QSet<QRgb>{colour.rgb() & 0xffffff}));
        }
    }

    void statesDifferInShape()
    {
        // Without colour, the states must still be told apart.
        const QImage ok = straight(trayIcon(TrayState::Ok, Qt::black));
        const QImage warning = straight(trayIcon(TrayState::Warning, Qt::black));
        const QImage critical = straight(trayIcon(TrayState::Critical, Qt::black));
        QVERIFY(ok != warning);
        QVERIFY(warning != critical);
        QVERIFY(ok != critical);
        // On a dark and a light panel, for the eye: <build>/screenshots/tray-icons.png.
        QImage strip(3 * 72, 2 * 72, QImage::Format_ARGB32);
        QPainter painter(&strip);
        painter.fillRect(0, 0, strip.width(), 72, QColor(0x2b, 0x2b, 0x2b));
        painter.fillRect(0, 72, strip.width(), 72, QColor(0xf0, 0xf0, 0xf0));
        int x = 4;
        for (const TrayState state : {TrayState::Ok, TrayState::Warning, TrayState::Critical}) {
            painter.drawPixmap(x, 4, trayIcon(state, Qt::white).pixmap(64, 64));
            painter.drawPixmap(x, 76, trayIcon(state, QColor(0x20, 0x20, 0x20)).pixmap(64, 64));
            x += 72;
        }
        painter.end();
        QDir().mkpath(QStringLiteral(TD_BINARY_DIR "/screenshots"));
        QVERIFY(strip.save(QStringLiteral(TD_BINARY_DIR "/screenshots/tray-icons.png")));
        QCOMPARE(
            QSet<QString>({trayIconThemeName(TrayState::Ok), trayIconThemeName(TrayState::Warning),
                           trayIconThemeName(TrayState::Critical)})
                .size(),
            3);
    }

    void anIconThemeReplacesThem()
    {
        QTemporaryDir dir;
        const QString theme = dir.filePath(QStringLiteral("test-theme"));
        QVERIFY(QDir().mkpath(theme + QStringLiteral("/status/22")));
        QFile index(theme + QStringLiteral("/index.theme"));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("[Icon Theme]\nName=test-theme\nDirectories=status/22\n\n"
                    "[status/22]\nSize=22\nContext=Status\nType=Fixed\n");
        index.close();
        QImage red(22, 22, QImage::Format_ARGB32);
        red.fill(Qt::red);
        QVERIFY(red.save(theme + QStringLiteral("/status/22/")
                         + trayIconThemeName(TrayState::Warning) + QStringLiteral(".png")));
        const QStringList paths = QIcon::themeSearchPaths();
        QIcon::setThemeSearchPaths({dir.path()});
        QIcon::setThemeName(QStringLiteral("test-theme"));
        const QIcon themed = trayIcon(TrayState::Warning, Qt::white);
        QCOMPARE(themed.name(), trayIconThemeName(TrayState::Warning));
        QCOMPARE(visibleColours(straight(themed)), (QSet<QRgb>{QColor(Qt::red).rgb() & 0xffffff}));
        // A state the theme lacks keeps our own icon.
        QCOMPARE(visibleColours(straight(trayIcon(TrayState::Ok, Qt::white))),
                 (QSet<QRgb>{QColor(Qt::white).rgb() & 0xffffff}));
        QIcon::setThemeSearchPaths(paths);
        QIcon::setThemeName(QStringLiteral("no-such-theme"));
    }
};

QTEST_MAIN(TstTrayIcons)
#include "tst_trayicons.moc"
