// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/mainwindow/StatePalette.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

namespace td {

QColor stateColor(ExpiryState state)
{
    switch (state) {
    case ExpiryState::NoExpiry:
        return QColor(0x78, 0x90, 0x9c);
    case ExpiryState::Healthy:
        return QColor(0x2e, 0x7d, 0x32);
    case ExpiryState::ExpiringSoon:
        return QColor(0xf9, 0xa8, 0x25);
    case ExpiryState::Critical:
        return QColor(0xe6, 0x51, 0x00);
    case ExpiryState::Expired:
        return QColor(0xc6, 0x28, 0x28);
    case ExpiryState::Revoked:
        return QColor(0x9e, 0x9e, 0x9e);
    }
    return QColor(Qt::gray);
}

QColor verdictColor(PublishVerdict verdict)
{
    switch (verdict) {
    case PublishVerdict::Ready:
        return stateColor(ExpiryState::Healthy);
    case PublishVerdict::AtRisk:
        return stateColor(ExpiryState::Critical);
    case PublishVerdict::NoPath:
        return stateColor(ExpiryState::Expired);
    case PublishVerdict::Unknown:
        return stateColor(ExpiryState::NoExpiry);
    }
    return QColor(Qt::gray);
}

} // namespace td

namespace td {

namespace {

// Text drawn in these colours must read on the base: at least 4.5:1, with a margin for the
// urgent rows' tints.
constexpr double kTextContrast = 4.5;
constexpr double kColourContrast = 5.0;

// Hues picked once; lightness follows the theme (darker on light bases, lighter on dark ones)
// until the colour reaches kColourContrast against the palette's base.
QColor themed(int hue, int saturation, const QPalette &palette, int lightOnLight = 110,
              int lightOnDark = 170)
{
    const bool dark = isDarkPalette(palette);
    const QColor base = palette.color(QPalette::Base);
    int lightness = dark ? lightOnDark : lightOnLight;
    QColor color = QColor::fromHsl(hue, saturation, lightness);
    while (contrastRatio(color, base) < kColourContrast && lightness > 0 && lightness < 255) {
        lightness += dark ? 5 : -5;
        color = QColor::fromHsl(hue, saturation, std::clamp(lightness, 0, 255));
    }
    return color;
}

QColor blend(const QColor &over, const QColor &base, double alpha)
{
    return QColor::fromRgbF(over.redF() * alpha + base.redF() * (1 - alpha),
                            over.greenF() * alpha + base.greenF() * (1 - alpha),
                            over.blueF() * alpha + base.blueF() * (1 - alpha));
}

} // namespace

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor urgencyColor(Urgency urgency, const QPalette &palette)
{
    switch (urgency) {
    case Urgency::Critical:
        return themed(0, 220, palette, 105, 178);
    case Urgency::High:
        return themed(24, 230, palette, 105, 175);
    case Urgency::Warning:
        return themed(42, 230, palette, 100, 150);
    case Urgency::Calm:
        return themed(125, 130, palette, 85, 140);
    case Urgency::Expired:
        return themed(350, 160, palette, 70, 185);
    case Urgency::Revoked:
    case Urgency::NoExpiry:
        return palette.color(QPalette::Disabled, QPalette::Text);
    }
    return palette.color(QPalette::Text);
}

QColor urgencyRowTint(Urgency urgency, const QPalette &palette)
{
    double alpha = 0;
    switch (urgency) {
    case Urgency::Critical:
    case Urgency::Expired:
        alpha = isDarkPalette(palette) ? 0.30 : 0.20;
        break;
    case Urgency::High:
        alpha = isDarkPalette(palette) ? 0.22 : 0.14;
        break;
    default:
        return {};
    }
    // Lighter tints where the stronger one would cost the text its contrast.
    const QColor color = urgencyColor(urgency, palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    QColor tint = blend(color, base, alpha);
    while (alpha > 0.05
           && (contrastRatio(color, tint) < kTextContrast
               || contrastRatio(text, tint) < kTextContrast)) {
        alpha -= 0.02;
        tint = blend(color, base, alpha);
    }
    return tint;
}

QColor badgeColor(BadgeTone tone, const QPalette &palette)
{
    switch (tone) {
    case BadgeTone::Family:
        return palette.color(QPalette::Mid);
    case BadgeTone::ReadOnly:
        return themed(210, 150, palette, 95, 150);
    case BadgeTone::ReadWrite:
        return themed(265, 120, palette, 100, 160);
    case BadgeTone::StageOnly:
        return themed(170, 160, palette, 70, 130);
    case BadgeTone::Danger:
        return urgencyColor(Urgency::Critical, palette);
    case BadgeTone::Session:
        return palette.color(QPalette::Dark);
    case BadgeTone::Cutoff:
        return urgencyColor(Urgency::High, palette);
    }
    return palette.color(QPalette::Mid);
}

QColor readableTextOn(const QColor &background)
{
    const QColor white(Qt::white);
    const QColor black(Qt::black);
    return contrastRatio(background, white) >= contrastRatio(background, black) ? white : black;
}

} // namespace td
