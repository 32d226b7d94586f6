// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/Account.h"
#include "core/registry/StagedRelease.h"
#include "core/util/Result.h"

#include <QList>
#include <QObject>
#include <QSet>

#include <chrono>
#include <functional>

namespace td {

class Clock;
class DelayTimer;
class RegistryClient;

// Where the inbox gets its accounts and their read credential from.
//
// Which accounts can be polled: listing staged versions needs no 2FA but does need a credential
// that may read the account's packages — a session, or a read-capable token (granular read-only
// or read-write, or stage-only). SessionStageSource (the product's) has sessions only, so an
// account is polled while its 2-hour session lives; between sign-ins it is not polled and the
// inbox says "sign in to see staged versions". A source that keeps a read-capable token could
// poll such an account between sign-ins; `pollable()` is where a source says so.
class StageAccountSource
{
public:
    virtual ~StageAccountSource() = default;
    virtual QList<Account> accounts() = 0;
    virtual bool pollable(const Account &account, const QDateTime &now) = 0;
    virtual RegistryClient *makeClient(const Account &account, QObject *parent) = 0;
    // Gives `client` the account's credential; ENEEDAUTH when there is none any more.
    virtual void authorize(RegistryClient &client, const Account &account, QObject *context,
                           std::function<void(Result<void>)> done)
        = 0;
};

// Polls every signed-in account for staged versions (design §4, flow 7) on the injected clock
// and delay timer, keeps the merged list, and announces each new staged version once — ever:
// the ids already announced are remembered in `rememberFile` across restarts. npm's
// "0.0.0-stage" placeholders stay in the list (flagged) but are never announced.
class StageInbox : public QObject
{
    Q_OBJECT
public:
    struct AccountState
    {
        QString accountId;
        bool polled = false;
        QString problem;                       // translated, e.g. "sign in to see staged versions"
        ErrorCode code = ErrorCode::ENEEDAUTH; // what went wrong, when not polled
    };

    StageInbox(StageAccountSource &source, const Clock &clock, DelayTimer &timer,
               QString rememberFile, QObject *parent = nullptr);

    void setInterval(std::chrono::seconds interval) { m_interval = interval; }
    // Only this package's staged versions (the registry filters); empty: all.
    void setPackageFilter(const QString &package) { m_packageFilter = package; }
    void start();   // polls now and then every interval
    void pollNow(); // one pass over all accounts; asked for during one: another right after it

    // Newest first. With one account, exactly in the registry's order (what npm prints); from
    // several, merged by date staged, a version two accounts see listed once.
    const QList<StagedRelease> &releases() const { return m_releases; }
    const QList<AccountState> &accounts() const { return m_states; }
    QDateTime lastPoll() const { return m_lastPoll; }
    int waitingCount() const; // releases that are not placeholders

Q_SIGNALS:
    void arrived(const td::StagedRelease &release); // once per staged version, ever
    void updated();

private:
    void pollAccount(int index);
    void finishPass();
    void loadRemembered();
    void saveRemembered();
    void scheduleNext();

    StageAccountSource &m_source;
    const Clock &m_clock;
    DelayTimer &m_timer;
    QString m_rememberFile;
    std::chrono::seconds m_interval{300};
    QString m_packageFilter;
    int m_accountsWithItems = 0;
    bool m_running = false;
    bool m_started = false;
    bool m_timerArmed = false; // one timed poll planned at most, however often pollNow() runs
    bool m_pollAgain = false;  // pollNow() during a pass: another pass right after it
    QList<Account> m_passAccounts;
    QList<StagedRelease> m_pass;
    bool m_passComplete = true;
    QList<StagedRelease> m_releases;
    QList<AccountState> m_states;
    QSet<QString> m_announced;
    QDateTime m_lastPoll;
};

} // namespace td
