// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace td {

class SecretBuffer;

// Copies a secret the way a password manager does: marked for clipboard managers as secret
// (x-kde-passwordManagerHint) so they do not keep a history of it, and cleared after a timeout,
// but only if the clipboard still holds what TokenDesk put there.
class SecretClipboard : public QObject
{
    Q_OBJECT
public:
    explicit SecretClipboard(QObject *parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    void copy(const SecretBuffer &secret);
    bool isPending() const { return m_clearTimer.isActive(); }

Q_SIGNALS:
    void cleared();

private:
    void clearIfStillOurs();

    std::chrono::milliseconds m_timeout{30000};
    QTimer m_clearTimer;
    QByteArray m_fingerprint; // SHA-256 of what we copied, so we never keep the secret itself
};

} // namespace td
