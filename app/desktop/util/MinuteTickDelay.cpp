// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/util/MinuteTickDelay.h"

#include <QTimer>

namespace td {

MinuteTickDelay::MinuteTickDelay(std::chrono::milliseconds tick) : m_tick(tick) { }

void MinuteTickDelay::start(std::chrono::milliseconds delay, QObject *context,
                            std::function<void()> fire)
{
    // Shorter than a tick (a test's quick poll): its own timer, as asked.
    if (delay < m_tick) {
        QTimer::singleShot(delay, context, std::move(fire));
        return;
    }
    const qint64 ticks = (delay.count() + m_tick.count() - 1) / m_tick.count();
    m_waits.append({ticks, context, std::move(fire)});
}

void MinuteTickDelay::tick()
{
    // Collected first: a wait that ends may start the next one (the poll plans its successor).
    QList<Wait> due;
    for (qsizetype i = 0; i < m_waits.size();) {
        Wait &wait = m_waits[i];
        if (!wait.context) {
            m_waits.removeAt(i);
        } else if (--wait.ticksLeft <= 0) {
            due.append(std::move(wait));
            m_waits.removeAt(i);
        } else {
            ++i;
        }
    }
    for (const Wait &wait : std::as_const(due))
        if (wait.context)
            wait.fire();
}

} // namespace td
