// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace td::test {

// A real Verdaccio 6.8.0 for end-to-end tests. install() puts it into <build>/verdaccio-6.8.0
// with npm (once; later runs reuse it) and the node-fetch override that headless-testing.md §8
// needs. start() runs it on a free loopback port with an offline config and fresh storage; the
// destructor always stops it, so a failing test never leaves a server behind.
class VerdaccioServer
{
public:
    static constexpr char kVersion[] = "6.8.0";

    VerdaccioServer() = default;
    ~VerdaccioServer();
    VerdaccioServer(const VerdaccioServer &) = delete;
    VerdaccioServer &operator=(const VerdaccioServer &) = delete;

    // npm install into installDir(), unless a finished install of kVersion is already there.
    // False (and errorString()) on failure: the caller fails, it never skips.
    bool install(int timeoutMs = 600000);
    static QString installDir();

    bool start(int timeoutMs = 60000);
    void stop();
    // An existing user, as on a team's registry (a sign-in then takes npm's 409 -> Basic path).
    bool addUser(const QByteArray &name, const QByteArray &password);
    QUrl url() const { return m_url; }
    QString errorString() const { return m_error; }
    QByteArray log();

private:
    QProcess m_process;
    std::unique_ptr<QTemporaryDir> m_dir;
    QUrl m_url;
    QString m_error;
    QByteArray m_log;
};

} // namespace td::test
