// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

namespace td {

class Clock;
class SecretBuffer;

// Copies a secret the way a password manager does: marked for clipboard managers as secret
// (x-kde-passwordManagerHint) so they do not keep a history of it, and cleared after a timeout,
// but only if the clipboard still holds what TokenDesk put there.
class SecretClipboard : public QObject
{
    Q_OBJECT
public:
    explicit SecretClipboard(QObject *parent = nullptr);
    ~SecretClipboard() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // The countdown reads this clock and ticks on this interval (tests inject both).
    void setClock(const Clock *clock) { m_clock = clock; }
    void setTickInterval(std::chrono::milliseconds interval) { m_tickInterval = interval; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    void copy(const SecretBuffer &secret);
    bool isPending() const { return m_tick.isActive(); }
    // Whole seconds until the clipboard is cleared (rounded up); 0 when nothing is pending.
    int secondsLeft() const;

Q_SIGNALS:
    // Once on copy and each time the whole seconds left change ("Clipboard cleared in 27 s").
    void countdown(int secondsLeft);
    void cleared();

private:
    void tick();
    void clearIfStillOurs();

    std::chrono::milliseconds m_timeout{30000};
    std::chrono::milliseconds m_tickInterval{250};
    const Clock *m_clock = nullptr;
    std::unique_ptr<Clock> m_ownClock;
    QDateTime m_deadline;
    int m_lastShown = -1;
    QTimer m_tick;
    QByteArray m_fingerprint; // SHA-256 of what we copied, so we never keep the secret itself
};

} // namespace td
