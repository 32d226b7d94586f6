// SPDX-License-Identifier: GPL-3.0-or-later
// Shared steps of the lockdown tests against the real tokendesk-sandbox (--seed watch) and the
// real keychain: the maintainer's session and a worm's watchdog planted in a throw-away home.
// They return what happened; the tests keep their QVERIFY/QCOMPARE at the call site.
#pragma once

#include "core/account/Account.h"
#include "core/account/AccountStore.h"
#include "core/account/SessionManager.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace td {
class Clock;
class RegistryClient;
} // namespace td

namespace td::test {

// The sessions as the app keeps them: the real keychain (service "tokendesk-e2e"), the accounts
// in `accountsFile` and a SessionManager over both. close() before the network manager goes.
struct KeychainSessions
{
    std::unique_ptr<KeychainSecretStore> keychain;
    std::unique_ptr<AccountStore> accounts;
    std::unique_ptr<SessionManager> sessions;

    void open(QNetworkAccessManager *nam, const QString &accountsFile, const Clock &clock);
    void close() { sessions.reset(); }
};

// Signs the seed's "maintainer" in with its password and the typed one-time `code` (a legacy
// login: the session goes to the keychain behind `sessions`).
Result<Account> signInMaintainer(SessionManager &sessions, const QUrl &sandbox,
                                 const QByteArray &code);

// Gives `client` the account's session, with the second factor asked as a typed code as at
// sign-in.
Result<void> authorizeWithTypedCode(SessionManager &sessions, RegistryClient &client,
                                    const QString &accountId);

// Writes a worm's watchdog (a systemd user unit that wipes the home once the token stops
// working) under `home`: its path, or empty when it could not be written.
QString plantWatchdog(const QString &home);

} // namespace td::test
