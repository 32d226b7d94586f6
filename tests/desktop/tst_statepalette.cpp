// SPDX-License-Identifier: GPL-3.0-or-later
// The token table's colours from the palette (issue 16): on a light and on a dark palette every
// urgency colour and every badge's text reads (contrast at least 4.5:1 for text, 3:1 for the
// bar against the base), and the urgent rows' tints keep the text readable.
#include "desktop/mainwindow/StatePalette.h"

#include <QPalette>
#include <QTest>

using namespace td;

namespace {
QPalette paletteWith(const QColor &base, const QColor &text)
{
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Window, base);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Mid,
                     base.lightness() < 128 ? QColor(0x55, 0x55, 0x55) : QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::Dark,
                     base.lightness() < 128 ? QColor(0x30, 0x30, 0x30) : QColor(0x60, 0x60, 0x60));
    palette.setColor(QPalette::Disabled, QPalette::Text,
                     base.lightness() < 128 ? QColor(0x9a, 0x9a, 0x9a) : QColor(0x70, 0x70, 0x70));
    return palette;
}
} // namespace

class TstStatePalette : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void coloursReadOnTheTheme_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << paletteWith(Qt::white, Qt::black);
        QTest::newRow("dark") << paletteWith(QColor(0x20, 0x20, 0x24), QColor(0xee, 0xee, 0xee));
    }
    void coloursReadOnTheTheme()
    {
        QFETCH(QPalette, palette);
        const QColor base = palette.color(QPalette::Base);
        for (Urgency urgency : {Urgency::Calm, Urgency::Warning, Urgency::High, Urgency::Critical,
                                Urgency::Expired}) {
            const QColor color = urgencyColor(urgency, palette);
            // The countdown text is drawn in this colour on the row's (possibly tinted) base.
            const QColor tint = urgencyRowTint(urgency, palette);
            const QColor under = tint.isValid() ? tint : base;
            QVERIFY2(contrastRatio(color, under) >= 4.5,
                     qPrintable(QStringLiteral("urgency %1: %2 on %3 = %4")
                                    .arg(int(urgency))
                                    .arg(color.name(), under.name())
                                    .arg(contrastRatio(color, under))));
            QVERIFY(contrastRatio(palette.color(QPalette::Text), under) >= 4.5);
        }
        for (BadgeTone tone :
             {BadgeTone::Family, BadgeTone::ReadOnly, BadgeTone::ReadWrite, BadgeTone::StageOnly,
              BadgeTone::Danger, BadgeTone::Session, BadgeTone::Cutoff}) {
            const QColor fill = badgeColor(tone, palette);
            QVERIFY2(contrastRatio(readableTextOn(fill), fill) >= 4.5,
                     qPrintable(QStringLiteral("badge %1: %2").arg(int(tone)).arg(fill.name())));
        }
    }

    void urgenciesLookDifferent()
    {
        const QPalette palette = paletteWith(Qt::white, Qt::black);
        const QColor critical = urgencyColor(Urgency::Critical, palette);
        const QColor high = urgencyColor(Urgency::High, palette);
        const QColor warning = urgencyColor(Urgency::Warning, palette);
        const QColor calm = urgencyColor(Urgency::Calm, palette);
        QVERIFY(critical != high && high != warning && warning != calm);
        QVERIFY(!urgencyRowTint(Urgency::Calm, palette).isValid());
        QVERIFY(!urgencyRowTint(Urgency::Warning, palette).isValid());
        QVERIFY(urgencyRowTint(Urgency::Critical, palette).isValid());
        QVERIFY(urgencyRowTint(Urgency::Expired, palette)
                != urgencyRowTint(Urgency::Critical, palette));
    }
};

QTEST_MAIN(TstStatePalette)
#include "tst_statepalette.moc"
