// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "expiry/ExpiryState.h"
#include "publishing/PublishPath.h"

#include <QColor>

namespace td {

// The one place that turns core's semantic expiry states into colours (table bars, timeline,
// tray). Colours carry meaning only together with text, never alone (accessibility).
QColor stateColor(ExpiryState state);
// The Publishing tab's verdicts, in the same colours: ready green, at risk the critical orange,
// no path red, unknown grey.
QColor verdictColor(PublishVerdict verdict);

} // namespace td
