// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <chrono>

class QTimer;

namespace td {

// A single-shot "wake me in N ms" timer behind an interface, so schedulers sleep until their
// next due time in production and tests fire them by hand (no waiting, no polling).
class WakeTimer : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start(std::chrono::milliseconds delay) = 0; // replaces any pending wake-up
    virtual void stop() = 0;
    virtual bool isActive() const = 0;

signals:
    void timeout();
};

class QtWakeTimer final : public WakeTimer
{
    Q_OBJECT
public:
    explicit QtWakeTimer(QObject *parent = nullptr);
    void start(std::chrono::milliseconds delay) override;
    void stop() override;
    bool isActive() const override;

private:
    QTimer *m_timer;
};

} // namespace td
