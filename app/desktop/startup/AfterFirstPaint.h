// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <chrono>
#include <functional>

namespace td {

// Runs work that can wait (keychain, network, notifications, the staged-release poll) once the
// watched widget has painted for the first time, so start-up shows the table before anything
// else competes for the event loop. The work runs from a zero timer after that paint event (the
// frame reaches the screen first). Without a paint (the window starts hidden in the tray, or never
// shows), call now() to run the work at once; it runs exactly once either way.
class AfterFirstPaint : public QObject
{
    Q_OBJECT
public:
    AfterFirstPaint(QWidget *watched, std::function<void()> work, QObject *parent = nullptr);

    void now(); // run the work on the next turn of the event loop, painted or not
    bool done() const { return !m_work; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static constexpr std::chrono::milliseconds kLongestWait{3000};
    void run();

    QPointer<QWidget> m_watched;
    std::function<void()> m_work;
    bool m_queued = false;
};

} // namespace td
