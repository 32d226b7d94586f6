// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/expiry/WakeTimer.h"

#include <QTimer>

namespace td {

QtWakeTimer::QtWakeTimer(QObject *parent) : WakeTimer(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    // Expiry notices need minute precision at best: let the OS batch wake-ups.
    m_timer->setTimerType(Qt::CoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &WakeTimer::timeout);
}

void QtWakeTimer::start(std::chrono::milliseconds delay)
{
    m_timer->start(delay);
}

void QtWakeTimer::stop()
{
    m_timer->stop();
}

bool QtWakeTimer::isActive() const
{
    return m_timer->isActive();
}

} // namespace td
