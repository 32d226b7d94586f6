// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Clock.h"

#include <QTimeZone>

#include <chrono>

namespace td::test {

// A clock that moves only when the test says so.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC))
        : m_now(std::move(start))
    { }
    QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }
    void advance(std::chrono::seconds by) { m_now = m_now.addSecs(by.count()); }

private:
    QDateTime m_now;
};

} // namespace td::test
