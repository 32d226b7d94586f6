// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace td {

// Every "now" in core comes from a Clock, so expiry maths and schedulers can be tested with a fake.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // always UTC
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

} // namespace td
