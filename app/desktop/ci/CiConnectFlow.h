// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cisecrets/CiSecretClient.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace td {

// What connecting a CI account needs from the application. The app fills it with
// makeCiSecretClient, CiCredentialStore::save, CiDeviceFlow and `gh auth token`; tests with fakes
// or the sandbox.
struct CiConnectServices
{
    using Credential = std::shared_ptr<const SecretBuffer>;
    std::function<std::unique_ptr<CiSecretClient>(const CiAccount &, Credential)> makeClient;
    std::function<void(const CiAccount &, Credential, std::function<void(Result<void>)>)> save;
    // The OAuth device flow against `account`'s service: `code` once the service gave the user
    // code, then `done` exactly once. The returned function cancels (no callback after it).
    // Empty: the provider offers no device flow here.
    std::function<std::function<void()>(
        const CiAccount &account,
        std::function<void(const QString &userCode, const QUrl &verificationUri)> code,
        std::function<void(Result<Credential>)> done)>
        deviceFlow;
    // Whether the device flow works for `provider` in this build (a GitHub OAuth app's client id
    // is a build setting). Empty: whenever deviceFlow is set.
    std::function<bool(CiProvider)> offersDeviceFlow;
    // The GitHub CLI's credential for `host` (`gh auth token --hostname <host>`).
    std::function<void(const QString &host, std::function<void(Result<Credential>)> done)> ghToken;
};

// Connects one CI account (Settings → CI services → Connect …): gets a credential (pasted, the
// GitHub CLI's, or the device flow's), asks the service who it belongs to, and keeps both
// (keychain + accounts index). Nothing is kept when whoami fails. One attempt at a time; a new
// one or cancel() drops the previous one's answers.
class CiConnectFlow : public QObject
{
    Q_OBJECT
public:
    explicit CiConnectFlow(CiConnectServices services, QObject *parent = nullptr);
    ~CiConnectFlow() override;

    bool offersDeviceFlow(CiProvider provider) const
    {
        return m_services.deviceFlow
            && (!m_services.offersDeviceFlow || m_services.offersDeviceFlow(provider));
    }

    // `draft` names the provider, host and API base; login and scopes come from the service.
    void connectWithToken(const CiAccount &draft, SecretBuffer token);
    void connectWithGitHubCli(const CiAccount &draft);
    void startDeviceFlow(const CiAccount &draft);
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // The device flow's code: the user types it on `verificationUri`.
    void codeReady(const QString &userCode, const QUrl &verificationUri);
    void progress(const QString &text);
    void connected(const td::CiAccount &account);
    void failed(const QString &message); // one plain sentence: what happened, what to do

private:
    void check(const CiAccount &draft, CiConnectServices::Credential credential, int attempt);
    void fail(int attempt, const QString &message);
    bool current(int attempt) const { return m_busy && attempt == m_attempt; }
    int begin();

    CiConnectServices m_services;
    std::unique_ptr<CiSecretClient> m_client;
    std::function<void()> m_cancelDevice;
    int m_attempt = 0;
    bool m_busy = false;
};

} // namespace td
