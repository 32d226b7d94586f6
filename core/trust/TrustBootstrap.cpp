// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trust/TrustBootstrap.h"

namespace td {

BootstrapPlan TrustBootstrap::plan(const QStringList &packages, const QString &registryHost)
{
    BootstrapPlan p;
    p.packages = packages;
    for (const QString &name : packages) {
        if (name.startsWith(QLatin1Char('@')) && name.contains(QLatin1Char('/'))) {
            const QString scope = name.section(QLatin1Char('/'), 0, 0);
            if (!p.scopes.contains(scope))
                p.scopes << scope;
        } else {
            p.unscoped << name;
        }
    }
    p.token.name = QStringLiteral("tokendesk-bootstrap");
    p.token.description = tr("First publish of %1; revoke after trusted publishing is set up.")
                              .arg(packages.join(QStringLiteral(", ")));
    p.token.expiresDays = 1; // the shortest life npm allows
    p.token.packagesPermission = Permission::ReadWrite;
    p.token.bypass2fa = false; // the publish still asks for the second factor
    if (p.unscoped.isEmpty())
        p.token.scopes = p.scopes;
    else
        p.token.allPackages = true; // a new unscoped name cannot be named in a token in advance

    const QString limit = p.unscoped.isEmpty()
        ? tr("limited to %1").arg(p.scopes.join(QStringLiteral(", ")))
        : tr("for all your packages, because %1 has no scope; it lives one day only")
              .arg(p.unscoped.join(QStringLiteral(", ")));
    p.steps = {
        {BootstrapStep::Kind::CreateToken,
         tr("Create a write token for one day, %1, without bypassing two-factor authentication.")
             .arg(limit)},
        {BootstrapStep::Kind::PublishOnce,
         tr("Publish each package once from this computer with that token (npm publish asks for "
            "your one-time password), so the names exist on %1.")
             .arg(registryHost)},
        {BootstrapStep::Kind::ConfigureTrust,
         tr("Configure trusted publishing for the new packages and verify it.")},
        {BootstrapStep::Kind::RevokeToken, tr("Revoke the one-day token at once.")},
    };
    return p;
}

void TrustBootstrap::createToken(RegistryClient &client, const BootstrapPlan &plan,
                                 const SecretBuffer &password, QObject *context,
                                 RegistryClient::Callback<CreatedToken> done,
                                 TwoFactorPrompt *prompt)
{
    client.createToken(plan.token, password, context, std::move(done), prompt);
}

void TrustBootstrap::revokeToken(RegistryClient &client, const QString &key, QObject *context,
                                 RegistryClient::Callback<void> done, TwoFactorPrompt *prompt)
{
    client.revokeToken(key, context, std::move(done), prompt);
}

} // namespace td
