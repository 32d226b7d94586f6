// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QObject>
#include <QString>

class QLocalServer;

namespace td {

// Keeps one TokenDesk per user session. The first instance listens on a local socket; a second
// launch finds it, asks it to show its window (the first answers "ok"), and exits.
//
// The socket lives in a folder only this user can enter (the runtime directory, or a 0700
// folder of our own): in a shared /tmp another local user could take the name first and make
// every launch exit silently.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Probe {
        Nobody,       // no instance runs (no socket, or a stale one left by a crash)
        Raised,       // a TokenDesk answered and shows its window: this launch should exit
        NotAnswering, // something listens on the socket but does not answer as TokenDesk
        Failed,       // the socket could not be reached for another reason
    };

    // `socketPath` is a full path (see defaultSocketPath()).
    explicit SingleInstance(QString socketPath, QObject *parent = nullptr);
    ~SingleInstance() override;

    // <runtime dir>/tokendesk.sock, where the runtime dir is XDG_RUNTIME_DIR (Qt ensures it is
    // the user's, mode 0700) or, failing that, a 0700 folder of ours in the temp folder whose
    // owner and mode are verified. An error when no such folder can be had.
    static Result<QString> defaultSocketPath();
    // The folder must be a real directory owned by this user that nobody else can enter.
    static Result<void> checkPrivateFolder(const QString &folder);

    QString socketPath() const { return m_path; }
    // Asks a running instance to raise itself. `problem` gets a translated explanation for
    // NotAnswering and Failed.
    Probe notifyRunningInstance(int timeoutMs = 1000, QString *problem = nullptr);
    // Starts listening (replacing a stale socket file); an error naming the path on failure.
    Result<void> listen();

Q_SIGNALS:
    void raiseRequested();

private:
    QString m_path;
    QLocalServer *m_server = nullptr;
};

} // namespace td
