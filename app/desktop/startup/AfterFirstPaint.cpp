// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/startup/AfterFirstPaint.h"

#include <QEvent>
#include <QTimer>

namespace td {

AfterFirstPaint::AfterFirstPaint(QWidget *watched, std::function<void()> work, QObject *parent)
    : QObject(parent), m_watched(watched), m_work(std::move(work))
{
    if (m_watched)
        m_watched->installEventFilter(this);
    // A window that is never exposed (minimised by the window manager, an offscreen session
    // gone wrong) must not keep the keychain, the notices and the network waiting for ever.
    QTimer::singleShot(kLongestWait, this, &AfterFirstPaint::now);
}

void AfterFirstPaint::now()
{
    if (m_queued || !m_work)
        return;
    m_queued = true;
    if (m_watched)
        m_watched->removeEventFilter(this);
    QTimer::singleShot(0, this, &AfterFirstPaint::run);
}

bool AfterFirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    // Queued from the paint event itself: the zero timer fires once this paint has finished.
    if (watched == m_watched && event->type() == QEvent::Paint)
        now();
    return QObject::eventFilter(watched, event);
}

void AfterFirstPaint::run()
{
    if (!m_work)
        return;
    const std::function<void()> work = std::move(m_work);
    m_work = nullptr;
    work();
}

} // namespace td
