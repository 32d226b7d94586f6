// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expiry/WakeTimer.h"
#include "core/util/Clock.h"

#include <QDateTime>

#include <QList>

namespace td::test {

// A WakeTimer the test fires by hand; it records every sleep it was asked for.
class FakeWakeTimer final : public WakeTimer
{
    Q_OBJECT
public:
    // With a clock, it also records when the wake-up is due (dueAt()).
    explicit FakeWakeTimer(const Clock *clock = nullptr) : m_clock(clock) { }
    void start(std::chrono::milliseconds delay) override
    {
        m_delay = delay;
        if (m_clock)
            m_dueAt = m_clock->now().addMSecs(delay.count());
        m_active = true;
        m_starts.append(delay);
    }
    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }

    std::chrono::milliseconds delay() const { return m_delay; }
    QDateTime dueAt() const { return m_dueAt; }
    const QList<std::chrono::milliseconds> &starts() const { return m_starts; }
    void fire()
    {
        m_active = false;
        emit timeout();
    }

private:
    const Clock *m_clock;
    QDateTime m_dueAt;
    std::chrono::milliseconds m_delay{};
    bool m_active = false;
    QList<std::chrono::milliseconds> m_starts;
};

} // namespace td::test
