// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <mutex>
#include <thread>

namespace td {

// One piece of start-up work on a thread of its own, started once and waited for once: work
// whose result another library keeps (fontconfig's configuration), so nothing is handed back.
// The destructor waits too, so the thread never outlives its owner.
class WarmUpThread
{
public:
    WarmUpThread() = default;
    WarmUpThread(const WarmUpThread &) = delete;
    WarmUpThread &operator=(const WarmUpThread &) = delete;
    ~WarmUpThread() { finish(); }

    // Runs the work on the thread; later calls do nothing, even after finish().
    void start(std::function<void()> work);
    // Returns once the work has run; at once if it never started or is already done.
    void finish();

private:
    std::mutex m_mutex;
    std::thread m_thread;
    bool m_started = false;
};

} // namespace td
