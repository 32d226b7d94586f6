// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxProcess.h"

#include "Harness.h"

#include <QDeadlineTimer>
#include <QFile>

namespace td::test {

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::outputPath(const char *stream) const
{
    return m_outputDir.filePath(QStringLiteral("%1-%2.log").arg(QLatin1String(stream)).arg(m_run));
}

QByteArray SandboxProcess::thisRunsLog() const
{
    return m_logFrom < 0 ? QByteArray() : contents(outputPath("stdout")).mid(m_logFrom);
}

bool SandboxProcess::start(const QStringList &extraArgs)
{
    if (!m_outputDir.isValid()) {
        m_error = QStringLiteral("no folder for the sandbox's output: %1")
                      .arg(m_outputDir.errorString());
        return false;
    }
    m_earlierRuns += thisRunsLog();
    m_logFrom = -1;
    ++m_run; // fresh files: a file from the run before must not pass for this run's URL line
    m_process.setProgram(programPath(QStringLiteral("tokendesk-sandbox")));
    m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} + extraArgs);
    m_process.setStandardOutputFile(outputPath("stdout"));
    m_process.setStandardErrorFile(outputPath("stderr"));
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2")
                      .arg(m_process.program(), m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(10000);
    for (;;) {
        const QByteArray output = contents(outputPath("stdout"));
        if (const qsizetype newline = output.indexOf('\n'); newline >= 0) {
            m_url = QUrl(QString::fromUtf8(output.left(newline).trimmed()));
            m_logFrom = newline + 1;
            return m_url.isValid();
        }
        if (deadline.hasExpired() || m_process.state() != QProcess::Running) {
            m_error = QStringLiteral("no URL line; stderr: %1")
                          .arg(QString::fromLocal8Bit(contents(outputPath("stderr"))));
            return false;
        }
        m_process.waitForFinished(10); // a short wait that ends at once if the program exits
    }
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
    return m_earlierRuns + thisRunsLog();
}

} // namespace td::test
