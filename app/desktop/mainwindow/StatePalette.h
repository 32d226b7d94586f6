// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expiry/ExpiryState.h"
#include "core/expiry/ExpiryUrgency.h"
#include "core/publishing/PublishPath.h"
#include "core/tokens/KindBadge.h"
#include "desktop/util/ThemeColors.h" // contrastRatio

#include <QColor>

class QPalette;

namespace td {

// The one place that turns core's semantic expiry states into colours (table bars, timeline,
// tray). Colours carry meaning only together with text, never alone (accessibility).
QColor stateColor(ExpiryState state);
// The Publishing tab's verdicts, in the same colours: ready green, at risk the critical orange,
// no path red, unknown grey.
QColor verdictColor(PublishVerdict verdict);

// True when the palette's base is dark (a dark theme): colours then use their light variants.
bool isDarkPalette(const QPalette &palette);
// The token table's urgency colours, derived from the palette so they read on light and dark
// themes: red critical, orange high, amber warning, green calm, a deep red for expired, the
// palette's disabled text for revoked and no expiry.
QColor urgencyColor(Urgency urgency, const QPalette &palette);
// The whole row's background for urgent tokens (critical, high, expired): the urgency colour
// blended into the palette's base; invalid (= no tint) for the others.
QColor urgencyRowTint(Urgency urgency, const QPalette &palette);
// The Kind column's pills, and the text colour that reads on each (contrast at least 4.5:1).
QColor badgeColor(BadgeTone tone, const QPalette &palette);
QColor readableTextOn(const QColor &background);

} // namespace td
