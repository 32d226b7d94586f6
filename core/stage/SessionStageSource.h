// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stage/StageInbox.h"

#include <QUrl>

namespace td {

class AccountStore;
class SessionManager;

// The product's StageAccountSource: every account in the AccountStore, polled while its session
// lives (the session is the only credential TokenDesk keeps for reading an account; see
// StageAccountSource for what a read-capable token would add).
class SessionStageSource final : public StageAccountSource
{
public:
    // `registry`: only the accounts on that registry (tokendesk-cli --registry); empty: all.
    SessionStageSource(SessionManager &sessions, AccountStore &accounts, QUrl registry = {});

    QList<Account> accounts() override;
    bool pollable(const Account &account, const QDateTime &now) override;
    RegistryClient *makeClient(const Account &account, QObject *parent) override;
    void authorize(RegistryClient &client, const Account &account, QObject *context,
                   std::function<void(Result<void>)> done) override;

private:
    SessionManager &m_sessions;
    AccountStore &m_accounts;
    QUrl m_registry;
};

} // namespace td
