// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/mainwindow/CountdownTicker.h"

#include "core/tokenlist/TokenFilterProxy.h"

#include <QEvent>
#include <QTableView>

namespace td {

namespace {
constexpr int kInterval = 1000;
} // namespace

CountdownTicker::CountdownTicker(QTableView *view, TokenFilterProxy *proxy, QObject *parent)
    : QObject(parent), m_view(view), m_proxy(proxy)
{
    m_timer.setInterval(kInterval);
    connect(&m_timer, &QTimer::timeout, this, &CountdownTicker::tickNow);
    // Visibility changes arrive as Show/Hide events on the window that holds the table.
    view->window()->installEventFilter(this);
    if (view->window()->isVisible())
        m_timer.start();
}

void CountdownTicker::tickNow()
{
    if (!m_view || !m_proxy)
        return;
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    if (!m_view->isVisible()) {
        m_proxy->tickVisible(0, rows - 1);
        return;
    }
    int first = m_view->rowAt(0);
    int last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (first < 0)
        first = 0;
    if (last < 0)
        last = rows - 1;
    m_proxy->tickVisible(first, last);
}

// Hidden in the tray nobody sees a countdown: the timer stops, so the process sleeps (the tray's
// own texts move with Application's minute timer). Shown again, the rows catch up at once.
bool CountdownTicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && !m_timer.isActive()) {
        tickNow();
        m_timer.start();
    } else if (event->type() == QEvent::Hide) {
        m_timer.stop();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace td
