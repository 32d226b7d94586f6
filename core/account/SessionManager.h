// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/Account.h"
#include "core/registry/RegistryClient.h"
#include "core/util/Result.h"
#include "core/util/SecretBuffer.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace td {

class AccountStore;
class Clock;
class DelayTimer;
class SecretStore;
class TwoFactorPrompt;

// How the user wants to sign in. Auto = the browser when the registry offers it, else the
// user name and password (npm's own fallback).
enum class SignInMethod { Auto, Web, Legacy };

struct SignInRequest
{
    QUrl registry = QUrl(QString::fromLatin1(kDefaultRegistry));
    SignInMethod method = SignInMethod::Auto;
    QString username;                             // legacy only
    std::shared_ptr<const SecretBuffer> password; // legacy only
    bool legacyOtpUpFront = false;                // the user gave --otp: ask npm-auth-type legacy
};

// Sign-in, sign-out and the session's life. The session token goes to the keychain
// (SecretStore::sessionKey(account)) and nowhere else; its expiry is kept with the account so
// the GUI and the CLI can say "session ends in 1 h 52 min" and ask for a new sign-in instead of
// showing a raw 401.
class SessionManager : public QObject
{
    Q_OBJECT
public:
    template<class T>
    using Callback = std::function<void(Result<T>)>;

    SessionManager(QNetworkAccessManager *nam, SecretStore *secrets, AccountStore *accounts,
                   const Clock &clock, QObject *parent = nullptr);

    // Applied to every RegistryClient this manager makes (tests inject timers and limits).
    void setDelayTimer(DelayTimer *timer) { m_delay = timer; }
    void setTransportOptions(const TransportOptions &options) { m_options = options; }
    void setWebAuthTimeLimit(std::chrono::seconds limit) { m_webAuthLimit = limit; }

    // Probes the keychain first (a sign-in whose session cannot be kept fails before anything
    // else happens), signs in, asks whoami, stores the session and the account.
    void signIn(const SignInRequest &request, TwoFactorPrompt *prompt, QObject *context,
                Callback<Account> done);

    // Ends the session on the registry (best effort) and removes it from the keychain.
    void signOut(const QString &accountId, QObject *context, Callback<void> done);

    // Gives `client` the account's session. ENEEDAUTH when there is none or it has ended.
    void authorize(RegistryClient &client, const QString &accountId, QObject *context,
                   Callback<void> done);

    // After a call failed with ENEEDAUTH: forget the session so the UI asks for a sign-in.
    void sessionEnded(const QString &accountId);

    // Learns "reports expiry" from a token list.
    void learnFromTokenList(const QString &accountId, const TokenPage &page);
    // Keeps what an authenticated answer said about the account's own token: GitHub Packages'
    // expiry header (RegistryClient::reportedTokenExpiry).
    void learnFromAnswers(const QString &accountId, const RegistryClient &client);
    // The token list answered 404/405: the registry has no token API (an unknown registry then
    // holds one opaque token whose expiry the user enters).
    void learnNoTokenApi(const QString &accountId);

    // A client for an account's registry, configured like the ones sign-in uses.
    RegistryClient *makeClient(const QUrl &registry, QObject *parent);

private:
    struct SignInState;
    void afterToken(std::shared_ptr<SignInState> state, Result<SecretBuffer> token);
    void storeSession(std::shared_ptr<SignInState> state, QString user);

    QNetworkAccessManager *m_nam;
    SecretStore *m_secrets;
    AccountStore *m_accounts;
    const Clock &m_clock;
    DelayTimer *m_delay = nullptr;
    TransportOptions m_options;
    std::chrono::seconds m_webAuthLimit{300};
};

} // namespace td
