// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/DelayTimer.h"

#include <QList>
#include <QPointer>

#include <chrono>
#include <functional>

namespace td {

// A DelayTimer that arms no timer of its own: its waits end on a tick someone else already has
// (the Application's minute tick), so the staged-release poll adds no wake-up while TokenDesk
// sleeps in the tray (issue 18). A wait ends on the first tick at or after its delay, so at most
// one tick late. A wait shorter than a tick gets a timer of its own.
class MinuteTickDelay final : public DelayTimer
{
public:
    explicit MinuteTickDelay(std::chrono::milliseconds tick = std::chrono::minutes(1));

    void start(std::chrono::milliseconds delay, QObject *context,
               std::function<void()> fire) override;
    // One tick passed: runs the waits that are over (whose context still exists).
    void tick();
    int waiting() const { return int(m_waits.size()); }

private:
    struct Wait
    {
        qint64 ticksLeft;
        QPointer<QObject> context;
        std::function<void()> fire;
    };

    std::chrono::milliseconds m_tick;
    QList<Wait> m_waits;
};

} // namespace td
