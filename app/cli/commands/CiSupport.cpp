// SPDX-License-Identifier: GPL-3.0-or-later
#include "CiSupport.h"

#include "cli/CliContext.h"
#include "core/cisecrets/CiAttribution.h"
#include "core/migration/CiPlanTargets.h"
#include "core/migration/TokenUsage.h"

namespace td::cli {

CiServices::CiServices(CliContext &context, QObject *parent)
    : QObject(parent),
      m_context(context),
      m_keychain(QStringLiteral("tokendesk")),
      m_accounts(m_keychain, CiCredentialStore::defaultIndexPath(), &m_clock),
      m_backend(m_accounts, clientServices(), &makeCiSecretClient, &m_ledger, m_clock)
{
    (void)m_ledger.load(); // a damaged ledger only loses attributions; it is rewritten on push
}

CiClientServices CiServices::clientServices()
{
    return {&m_nam, &m_delay, &m_clock, withTimeoutSeconds({}, m_context.timeoutSeconds)};
}

QUrl CiServices::defaultApiBase(CiProvider provider, const QString &host)
{
    const QString h = host.toLower();
    switch (provider) {
    case CiProvider::GitHub:
        return h == QLatin1String("github.com") ? QUrl(QStringLiteral("https://api.github.com"))
                                                : QUrl(QStringLiteral("https://%1/api/v3").arg(h));
    case CiProvider::GitLab:
        return QUrl(QStringLiteral("https://%1/api/v4").arg(h));
    case CiProvider::CircleCi:
        return QUrl(QStringLiteral("https://circleci.com/api/v2"));
    }
    return {};
}

void CiServices::discover(const QList<CredentialFinding> &findings,
                          std::function<void(CiResolution)> done)
{
    // Only the services someone signed in to are asked; the rest stay manual references.
    QList<CiReference> references;
    for (CiReference reference : ci_discovery::referencesIn(findings)) {
        QList<CiSecretTarget> askable;
        for (const CiSecretTarget &target : std::as_const(reference.candidates)) {
            if (m_backend.canPush(target))
                askable.append(target);
        }
        reference.candidates = askable;
        if (!askable.isEmpty())
            references.append(reference);
    }
    ci_discovery::resolve(
        references,
        [this](const CiSecretTarget &target, std::function<void(Result<CiSecretState>)> answer) {
            m_backend.describe(target, std::move(answer));
        },
        std::move(done));
}

void CiServices::attachTargets(std::shared_ptr<QList<PlanRow>> rows, const QList<TokenUse> &uses,
                               std::function<void(QStringList)> done)
{
    QList<CredentialFinding> findings;
    for (const TokenUse &use : uses)
        findings.append(use.finding);
    discover(findings, [this, rows, uses, done](CiResolution resolution) {
        (void)m_ledger.load();
        attachCiTargets(*rows, resolution.targets, m_ledger, uses);
        done(resolution.problems);
    });
}

} // namespace td::cli
