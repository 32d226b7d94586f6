// SPDX-License-Identifier: GPL-3.0-or-later
// Banners and error text read at 4.5:1 or better in light and dark palettes (issue 16).
#include "desktop/util/ThemeColors.h"

#include <QGuiApplication>
#include <QTest>

using namespace td;

Q_DECLARE_METATYPE(td::NoticeKind)

namespace {
QPalette paletteOf(const QColor &window, const QColor &text)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, window);
    palette.setColor(QPalette::Text, text);
    return palette;
}
} // namespace

class TstThemeColors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contrastRatioFollowsWcag()
    {
        QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(contrastRatio(Qt::red, Qt::red), 1.0);
        // WCAG's own example: #777 on white is just under 4.5.
        QVERIFY(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
        QVERIFY(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
    }

    void bannersAreReadable_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<NoticeKind>("kind");
        const QList<std::pair<const char *, QPalette>> palettes{
            {"light", paletteOf(QColor(0xef, 0xef, 0xef), Qt::black)},
            {"dark", paletteOf(QColor(0x2b, 0x2b, 0x2b), QColor(0xe8, 0xe8, 0xe8))},
            {"dark-grey-text", paletteOf(QColor(0x31, 0x36, 0x3b), QColor(0x80, 0x80, 0x80))},
            {"black", paletteOf(Qt::black, Qt::white)},
            {"high-contrast-light", paletteOf(Qt::white, Qt::black)}};
        const QList<std::pair<const char *, NoticeKind>> kinds{{"info", NoticeKind::Info},
                                                               {"success", NoticeKind::Success},
                                                               {"warning", NoticeKind::Warning},
                                                               {"error", NoticeKind::Error}};
        for (const auto &[paletteName, palette] : palettes)
            for (const auto &[kindName, kind] : kinds)
                QTest::addRow("%s/%s", paletteName, kindName) << palette << kind;
    }

    void bannersAreReadable()
    {
        QFETCH(QPalette, palette);
        QFETCH(NoticeKind, kind);
        const BannerColors colours = bannerColors(palette, kind);
        QVERIFY2(
            contrastRatio(colours.text, colours.background) >= 4.5,
            qPrintable(colours.text.name() + QStringLiteral(" on ") + colours.background.name()));
        QVERIFY(contrastRatio(errorTextColor(palette), palette.color(QPalette::Window)) >= 4.5);
        // A dark theme gets a dark banner, not a light patch.
        QCOMPARE(colours.background.lightnessF() < 0.5,
                 palette.color(QPalette::Window).lightnessF() < 0.5);
    }

    void errorsLookDifferentFromSuccesses()
    {
        const QPalette palette = paletteOf(QColor(0xef, 0xef, 0xef), Qt::black);
        QVERIFY(bannerColors(palette, NoticeKind::Error).background
                != bannerColors(palette, NoticeKind::Success).background);
        QVERIFY(bannerStyleSheet(palette, NoticeKind::Error)
                != bannerStyleSheet(palette, NoticeKind::Info));
    }
};

QTEST_MAIN(TstThemeColors)
#include "tst_themecolors.moc"
