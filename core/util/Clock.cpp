// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/Clock.h"

namespace td {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace td
