// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "expiry/ExpiryState.h"

#include <QColor>

namespace td {

// The one place that turns core's semantic expiry states into colours (table bars, timeline,
// tray). Colours carry meaning only together with text, never alone (accessibility).
QColor stateColor(ExpiryState state);

} // namespace td
