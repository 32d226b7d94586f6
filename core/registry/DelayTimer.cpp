// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registry/DelayTimer.h"

#include <QTimer>

namespace td {

void QtDelayTimer::start(std::chrono::milliseconds delay, QObject *context,
                         std::function<void()> fire)
{
    QTimer::singleShot(delay, context, std::move(fire));
}

} // namespace td
