// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/util/ThemeColors.h"

#include <cmath>

namespace td {

namespace {
double channel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &colour)
{
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF());
}

QColor mix(const QColor &a, const QColor &b, double amountOfA)
{
    const auto blend
        = [amountOfA](float x, float y) { return amountOfA * x + (1 - amountOfA) * y; };
    return QColor::fromRgbF(blend(a.redF(), b.redF()), blend(a.greenF(), b.greenF()),
                            blend(a.blueF(), b.blueF()));
}

QColor hue(NoticeKind kind)
{
    switch (kind) {
    case NoticeKind::Info:
        return QColor(0x15, 0x65, 0xc0);
    case NoticeKind::Success:
        return QColor(0x2e, 0x7d, 0x32);
    case NoticeKind::Warning:
        return QColor(0xf9, 0xa8, 0x25);
    case NoticeKind::Error:
        return QColor(0xc6, 0x28, 0x28);
    }
    return QColor(Qt::gray);
}
} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor &colour, const QColor &background, double ratio)
{
    const QColor extreme
        = contrastRatio(Qt::black, background) > contrastRatio(Qt::white, background)
        ? QColor(Qt::black)
        : QColor(Qt::white);
    // Ten steps towards the extreme: the hue stays as long as the contrast allows.
    for (int step = 0; step <= 10; ++step) {
        const QColor candidate = mix(extreme, colour, step / 10.0);
        if (contrastRatio(candidate, background) >= ratio)
            return candidate;
    }
    return extreme;
}

BannerColors bannerColors(const QPalette &palette, NoticeKind kind)
{
    const QColor window = palette.color(QPalette::Window);
    const bool dark = window.lightnessF() < 0.5;
    // A pale tint in light themes, a deep one in dark themes: the banner stands out from the
    // window without glaring.
    const QColor background = mix(hue(kind), window, dark ? 0.35 : 0.18);
    return {background, readableOn(palette.color(QPalette::WindowText), background)};
}

QString bannerStyleSheet(const QPalette &palette, NoticeKind kind)
{
    const BannerColors colours = bannerColors(palette, kind);
    return QStringLiteral("background:%1;color:%2;")
        .arg(colours.background.name(), colours.text.name());
}

QColor errorTextColor(const QPalette &palette)
{
    return readableOn(hue(NoticeKind::Error), palette.color(QPalette::Window));
}

} // namespace td
