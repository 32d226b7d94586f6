// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/Account.h"

#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QTimer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace td {

class AccountStore;
class PracticeCodePrompt;
class SecretStore;
class SessionManager;
class TokenCache;

// "Try it with the practice registry" (first run, no account yet): starts tokendesk-sandbox
// with its demo data on a free loopback port, waits until it answers, signs its demo user in
// and marks that account as the practice account (Account::practice). The registry lives as
// long as TokenDesk: stop() (on quit) ends it and forgets the account, its cached tokens and
// its session, since nothing of it would work again.
class PracticeRegistry : public QObject
{
    Q_OBJECT
public:
    struct Services
    {
        SessionManager *sessions = nullptr;
        AccountStore *accounts = nullptr;
        TokenCache *cache = nullptr; // may be null
        SecretStore *secrets = nullptr;
        QNetworkAccessManager *network = nullptr;
        QString program; // tokendesk-sandbox; empty = findProgram()
    };
    enum class State { Stopped, Starting, Running };
    Q_ENUM(State)

    explicit PracticeRegistry(Services services, QObject *parent = nullptr);
    ~PracticeRegistry() override; // stop()

    // tokendesk-sandbox next to this program (installed, or the build tree's app/sandbox),
    // else on PATH; empty when there is none.
    static QString findProgram();

    // Starts the registry and signs in; ready() or failed() follows. Ignored unless stopped.
    void start();
    // Forgets the practice account and ends the registry. Safe to call more than once.
    void stop();
    // Practice accounts left behind by a TokenDesk that did not quit cleanly: their registry is
    // gone, so they are forgotten before the accounts are shown.
    void forgetLeftovers();

    State state() const { return m_state; }
    QUrl url() const { return m_url; }
    // How long start() may take before it gives up (the registry, then the sign-in).
    void setStartTimeLimit(std::chrono::milliseconds limit) { m_deadline.setInterval(limit); }

Q_SIGNALS:
    void ready(const td::Account &account);
    void failed(const QString &message);

private:
    void readFirstLine();
    void ping(int attempt);
    void signIn();
    void markPractice(const Account &account);
    void fail(const QString &message);
    void endProcess();
    void forgetAccount(const QString &accountId, bool waitForKeychain);
    QString processProblem() const;

    Services m_services;
    State m_state = State::Stopped;
    QPointer<QProcess> m_process;
    QByteArray m_stdout;
    QByteArray m_stderrTail;
    QUrl m_url;
    QString m_accountId;
    QTimer m_deadline;
    std::unique_ptr<PracticeCodePrompt> m_prompt;
};

} // namespace td
