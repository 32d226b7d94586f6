// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace td {

// Keeps one TokenDesk per user session. The first instance listens on a local socket; a second
// launch finds it, asks it to show its window, and exits.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // `name` is the socket name; the default is per user, so two users never collide.
    explicit SingleInstance(QString name = defaultName(), QObject *parent = nullptr);
    ~SingleInstance() override;

    static QString defaultName();

    // True when another instance answered and was asked to raise itself: this one should exit.
    bool notifyRunningInstance(int timeoutMs = 1000);
    // Starts listening; returns false (with a stale socket removed and retried once) on failure.
    bool listen();

Q_SIGNALS:
    void raiseRequested();

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace td
