// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registry/DelayTimer.h"

#include <QCoreApplication>
#include <QTimer>

namespace td {

void QtDelayTimer::start(std::chrono::milliseconds delay, QObject *context,
                         std::function<void()> fire)
{
    if (!context) {
        // No context to follow: the application is the one (the wait then lives as long).
        QTimer::singleShot(delay, QCoreApplication::instance(), std::move(fire));
        return;
    }
    // A child of its context: a wait cancelled by deleting the context (the publish watch's
    // poller does so each time it plans a new wake-up) takes its timer along. A bare single-shot
    // would still wake the process when due, for nothing.
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, context, [timer, fire = std::move(fire)] {
        // The call may delete the context: the timer must not go with it while it is emitting.
        timer->setParent(nullptr);
        timer->deleteLater();
        fire();
    });
    timer->start(delay);
}

} // namespace td
