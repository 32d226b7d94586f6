// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace td::test {

// Runs the real tokendesk-sandbox program on a free port and reads its URL line. The destructor
// always stops the process, so a failing test never leaves a server behind.
class SandboxProcess
{
public:
    SandboxProcess() = default;
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Starts with "--port 0" plus extraArgs; false (and errorString()) if no URL within 10 s.
    bool start(const QStringList &extraArgs = {});
    void stop();
    QUrl url() const { return m_url; }
    QString errorString() const { return m_error; }
    QProcess &process() { return m_process; }
    // Everything the program printed after its URL line so far.
    QByteArray log();

private:
    QProcess m_process;
    QUrl m_url;
    QString m_error;
    QByteArray m_log;
};

} // namespace td::test
