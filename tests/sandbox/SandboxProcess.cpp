// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxProcess.h"

#include "Harness.h"

#include <QDeadlineTimer>

namespace td::test {

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(const QStringList &extraArgs)
{
    m_process.setProgram(programPath(QStringLiteral("tokendesk-sandbox")));
    m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} + extraArgs);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2")
                      .arg(m_process.program(), m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(10000);
    while (!m_process.canReadLine()) {
        if (deadline.hasExpired() || m_process.state() != QProcess::Running) {
            m_error = QStringLiteral("no URL line; stderr: %1")
                          .arg(QString::fromLocal8Bit(m_process.readAllStandardError()));
            return false;
        }
        m_process.waitForReadyRead(100);
    }
    m_url = QUrl(QString::fromUtf8(m_process.readLine().trimmed()));
    return m_url.isValid();
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

QByteArray SandboxProcess::log()
{
    m_log += m_process.readAllStandardOutput();
    return m_log;
}

} // namespace td::test
