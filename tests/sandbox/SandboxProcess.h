// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace td::test {

// Runs the real tokendesk-sandbox program on a free port and reads its URL line. The destructor
// always stops the process, so a failing test never leaves a server behind.
// The program's output goes to files, not pipes: it prints a line per request, and a pipe that
// nobody reads while a test blocks (QProcess::waitForFinished on a client, a blocking HTTP call)
// fills after about 2,000 requests and stops the sandbox mid-answer.
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
    // Everything the program printed after its URL line, over every start so far. The sandbox
    // writes a request's line before its answer, so a client that has its answer finds it here.
    QByteArray log();

private:
    QString outputPath(const char *stream) const;
    QByteArray thisRunsLog() const;

    QProcess m_process;
    QTemporaryDir m_outputDir;
    int m_run = 0;            // numbers each start's output files
    qsizetype m_logFrom = -1; // where this run's log starts in its output, once the URL is read
    QUrl m_url;
    QString m_error;
    QByteArray m_earlierRuns;
};

} // namespace td::test
