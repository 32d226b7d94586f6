// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace td::test {

struct NpmRun
{
    int exitCode = -1;
    QString output; // stdout and stderr, ANSI sequences and CRs removed
};

// npm run as a plain process: its two streams apart, as they are.
struct NpmPlainRun
{
    int exitCode = -1; // -1: it did not finish in time
    QByteArray out;
    QByteArray err;
};

// The real npm CLI for sandbox tests: in a pseudo-terminal (npm_pty.py, which answers prompts),
// with a throw-away HOME and cache, and without the developer's npm_* or CI variables, so the
// developer's ~/.npmrc is never read or written and npm never thinks it runs in CI unless a
// test says so through extraEnv.
class NpmCli
{
public:
    explicit NpmCli(const QString &home) : m_home(home) { }

    // Empty when npm 11.15 or later is on PATH, else what is missing (tests QFAIL with it).
    static QString versionProblem();
    static QString stripAnsi(QString text);
    // "--registry=… --userconfig=…" plus quiet flags ("--flag=value": npm trust wants that form).
    static QStringList commonArgs(const QUrl &registry, const QString &userconfig);

    // Runs npm to the end. `answers` are (regex, text) pairs for prompts; `extraEnv` "NAME=value".
    NpmRun run(const QStringList &args, const QStringList &answers = {},
               const QString &workDir = {}, const QStringList &extraEnv = {}) const;
    // Starts npm and returns at once, for flows where the test acts while npm waits (web 2FA).
    std::unique_ptr<QProcess> start(const QStringList &args, const QString &workDir = {},
                                    const QStringList &extraEnv = {}) const;
    static NpmRun finish(QProcess &process, const QStringList &args);
    // Runs npm without a terminal, as a script piping its output sees it: stdout alone in
    // `out`. The same environment as run().
    NpmPlainRun plain(const QStringList &args, const QString &workDir = {}) const;

    // A package folder under HOME with package.json (name, version, description + `extra`)
    // and index.js; returns its path.
    QString writePackage(const QString &name, const QString &version,
                         const QJsonObject &extra = {}) const;
    // An npmrc under HOME with `token` for the registry; returns its path.
    QString writeTokenRc(const QUrl &registry, const QString &fileName, const QString &token) const;

private:
    QStringList ptyArgs(const QStringList &args, const QStringList &answers) const;
    QProcessEnvironment environment(const QStringList &extraEnv) const;

    QString m_home;
};

// The demo maintainer's current TOTP code (secret JBSWY3DPEHPK3PXP) on the real clock.
QString maintainerTotpNow();

// The environment npm sees in a GitHub Actions job of `repository` running `workflowFile` on main:
// GITHUB_ACTIONS, and in NPM_ID_TOKEN an id token from the sandbox's OIDC issuer (npm exchanges
// it for a publish token). For NpmCli::run's `env`.
QStringList githubJobEnv(const QUrl &sandbox, const QString &repository,
                         const QString &workflowFile);

} // namespace td::test
