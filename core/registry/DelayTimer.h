// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <chrono>
#include <functional>

namespace td {

// Waits before a retry or the next poll. Injected so tests can check the requested delays
// (retry-after) without sleeping.
class DelayTimer
{
public:
    virtual ~DelayTimer() = default;
    // Calls `fire` once after `delay`, unless `context` has been destroyed by then.
    virtual void start(std::chrono::milliseconds delay, QObject *context,
                       std::function<void()> fire)
        = 0;
};

// The production timer: a single-shot QTimer on the caller's event loop, a child of the context
// (deleting the context cancels the wait and its timer).
class QtDelayTimer final : public DelayTimer
{
public:
    void start(std::chrono::milliseconds delay, QObject *context,
               std::function<void()> fire) override;
};

} // namespace td
