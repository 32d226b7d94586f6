// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace td {

// What a banner or a one-line notice says: it decides its colours (and never alone: the text
// says the same, for people who cannot tell the colours apart).
enum class NoticeKind { Info, Success, Warning, Error };

struct BannerColors
{
    QColor background;
    QColor text;
};

// WCAG 2.x contrast ratio of two opaque colours, 1.0 (same) to 21.0 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

// The colour of `kind`'s banners for this palette: a tint of the kind's hue over the window
// colour (light in light themes, dark in dark ones), with text that keeps at least 4.5:1.
BannerColors bannerColors(const QPalette &palette, NoticeKind kind);
QString bannerStyleSheet(const QPalette &palette, NoticeKind kind);

// Error text on the window's own background (a dialog's "Wrong password"): the error hue,
// darkened or lightened until it reads at 4.5:1.
QColor errorTextColor(const QPalette &palette);

// `colour` moved towards black or white (whichever contrasts more with `background`) until the
// pair reads at `ratio`.
QColor readableOn(const QColor &colour, const QColor &background, double ratio = 4.5);

} // namespace td
