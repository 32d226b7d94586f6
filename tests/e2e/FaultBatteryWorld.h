// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the fault battery runs in: the real tokendesk-sandbox (--era 2025-10, so classic tokens
// exist to migrate), tokendesk-cli signed in once in a HOME of its own with the harness's
// keychain, a second loopback server standing for "another origin" that records what reaches it,
// and the test's own registry session to prepare each cell (tokens to revoke, classic tokens to
// migrate) without going through the program under test.
#include "FakeRegistryServer.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSet>
#include <QTemporaryDir>

namespace td::test {

struct BatteryRun
{
    int exitCode = -1;
    bool crashed = false;
    bool hung = false;
    qint64 ms = 0;
    QByteArray out;
    QByteArray err;
};

class FaultBatteryWorld
{
public:
    bool start(QString *why);

    QUrl url(const QString &path) const { return m_sandbox.url().resolved(QUrl(path)); }
    QUrl otherOrigin() const { return m_other.baseUrl(); }
    QString accountId() const;
    QString project() const { return m_dir.filePath(QStringLiteral("work/app")); }

    // tokendesk-cli --registry <sandbox> --timeout <s> args…, serving the other origin meanwhile;
    // killed (hung) after hangMs.
    BatteryRun cli(const QStringList &args, const QByteArray &input = {}, int hangMs = 30000);
    bool signIn();
    QString otp() const;

    bool setFault(const QJsonObject &rule) const;
    void clearFaults() const;
    QJsonObject state() const;
    QSet<QString> liveTokenKeys() const;
    bool inKeychain(const QString &tokenKey) const;
    // Requests that reached the other origin carrying a body or a credential.
    int leaksToOtherOrigin() const;
    void clearOtherOrigin() { m_other.clearRequests(); }

    // Preparation through the test's own session: a fresh read-only granular token (its key), a
    // fresh classic token (its secret), a package without a trusted publisher.
    QString createGranularToken(const QString &name) const;
    QByteArray createClassicToken() const;
    QString packageWithoutTrust(const QSet<QString> &used) const;
    // ~/.npmrc and a project .npmrc, each with a fresh classic token; no journal left over.
    bool prepareMigration();

private:
    QProcessEnvironment environment() const;
    QByteArray createToken(const QJsonObject &body) const;

    SandboxProcess m_sandbox;
    FakeRegistryServer m_other;
    QTemporaryDir m_dir;
    QByteArray m_session;
};

} // namespace td::test
