// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/RegistryClient.h"
#include "core/registry/RegistryTypes.h"

#include <QCoreApplication>
#include <QStringList>

namespace td {

// The safe path for packages that do not exist yet (npm trusts only existing packages, and a
// package-scoped token cannot create a new name): a 1-day write token limited to the packages'
// scopes, one publish by the user, trusted publishing configured, the token revoked. Every step
// is shown to the user; this class plans them and does the token parts.
struct BootstrapStep
{
    enum class Kind { CreateToken, PublishOnce, ConfigureTrust, RevokeToken };
    Kind kind;
    QString text; // translated, what happens and why
};

struct BootstrapPlan
{
    QStringList packages;
    QStringList scopes;         // "@acme" for scoped packages
    QStringList unscoped;       // need an all-packages token: said plainly in the steps
    TokenCreateRequest token;   // what CreateToken asks for
    QList<BootstrapStep> steps; // in order
};

class TrustBootstrap
{
    Q_DECLARE_TR_FUNCTIONS(td::TrustBootstrap)
public:
    static BootstrapPlan plan(const QStringList &packages, const QString &registryHost);

    // Step 1: the token (password + the account's second factor, through the client's prompt).
    static void createToken(RegistryClient &client, const BootstrapPlan &plan,
                            const SecretBuffer &password, QObject *context,
                            RegistryClient::Callback<CreatedToken> done,
                            TwoFactorPrompt *prompt = nullptr);
    // Step 4: revoke it by its key, as soon as trust is configured.
    static void revokeToken(RegistryClient &client, const QString &key, QObject *context,
                            RegistryClient::Callback<void> done, TwoFactorPrompt *prompt = nullptr);
};

} // namespace td
