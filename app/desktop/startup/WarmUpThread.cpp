// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/startup/WarmUpThread.h"

namespace td {

void WarmUpThread::start(std::function<void()> work)
{
    const std::lock_guard lock(m_mutex);
    if (m_started)
        return;
    m_started = true;
    m_thread = std::thread(std::move(work));
}

void WarmUpThread::finish()
{
    const std::lock_guard lock(m_mutex);
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace td
