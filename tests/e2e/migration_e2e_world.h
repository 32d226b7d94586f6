// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The migration story against the real tokendesk-sandbox (--era 2025-10): a temp HOME whose
// ~/.npmrc holds the demo "classic publish" token and a project whose .npmrc holds "classic
// automation", a signed-in tokendesk-cli, and helpers to look at the result from outside
// (sandbox state, whoami with a file's token, the real npm CLI).
#include "SandboxProcess.h"

#include <QByteArray>
#include <QJsonArray>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <optional>
#include <tuple>

namespace td::test {

inline const QByteArray kClassicPublish = "5f2c8a1e-3b4d-4e6f-8a9b-0c1d2e3f4a5b";
inline const QByteArray kClassicAutomation = "9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b";
inline const QByteArray kSandboxPassword = "sandbox-password";

struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

class MigrationWorld
{
public:
    explicit MigrationWorld(SandboxProcess &sandbox);
    ~MigrationWorld(); // gives the process its HOME back if enterAsProcessHome() took it
    MigrationWorld(const MigrationWorld &) = delete;
    MigrationWorld &operator=(const MigrationWorld &) = delete;

    bool isValid() const { return m_dir.isValid(); }
    QString home() const { return m_dir.filePath(QStringLiteral("home")); }
    QString project() const { return m_dir.filePath(QStringLiteral("work/app")); }
    QString userNpmrc() const { return home() + QStringLiteral("/.npmrc"); }
    QString projectNpmrc() const { return project() + QStringLiteral("/.npmrc"); }
    QString accountId() const;
    QByteArray originalUserBytes() const;
    QByteArray originalProjectBytes() const;

    // Resets the sandbox to the demo seed, writes both files, signs the CLI in.
    bool setUp(QString *why);
    QProcessEnvironment environment() const;
    // For an app in this process: HOME becomes the world's home and the token variables of the
    // test's own environment go, so the app scans the world and nothing else. Until the world
    // ends: a HOME left pointing into a removed folder gets that folder recreated.
    void enterAsProcessHome();
    CliRun cli(const QStringList &args, const QByteArray &stdinBytes = {},
               const QProcessEnvironment &extra = {});
    // migrate with the password on stdin and a fresh TOTP code.
    CliRun migrate(const QStringList &args, const QProcessEnvironment &extra = {});

    QByteArray currentTotp() const;
    // The _authToken value of the file's one credential line.
    static QByteArray tokenIn(const QString &path);
    // GET /-/whoami with that bearer: the user name, or empty.
    QByteArray whoamiWith(const QByteArray &secret) const;
    QJsonArray sandboxTokens() const;
    bool isRevokedOnSandbox(const QByteArray &classicSecret) const;
    // Live tokens TokenDesk created (name starts with "tokendesk-"), by key.
    QStringList liveReplacementKeys() const;
    QString journalPath() const; // empty when none
    // Every live token's key on the sandbox (GET /-/sandbox/state).
    QStringList liveKeys() const;
    // The real keychain (the harness's gnome-keyring) holds a secret for this token of the account.
    bool isInKeychain(const QString &tokenKey) const;
    // Live tokens not in `before` that the keychain does not hold: tokens nobody can use or find.
    QStringList unaccountedLiveTokens(const QStringList &before) const;
    // POST /-/sandbox/faults with `rules` (a JSON array); true when the sandbox took them.
    bool setFaults(const QByteArray &rules) const;
    void clearFaults() const;
    // npm whoami --userconfig <file>, run by the real npm CLI from a neutral folder.
    CliRun npmWhoami(const QString &userconfig) const;

private:
    SandboxProcess &m_sandbox;
    QTemporaryDir m_dir;
    std::optional<QByteArray> m_previousHome;
};

} // namespace td::test
