// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/trust/TrustWizardMemory.h"

#include "core/provenance/TrustConfigMemory.h"

#include <QLoggingCategory>

namespace td {

namespace {

Q_LOGGING_CATEGORY(lcTrustMemory, "tokendesk.trust.memory")

void remember(const QString &memoryPath, const QUrl &registry, const QString &package,
              const QList<TrustedPublisher> &configs, const QDateTime &now)
{
    const Result<void> stored
        = provenance::TrustConfigMemory(memoryPath).remember(registry, package, configs, now);
    if (!stored)
        qCWarning(lcTrustMemory, "%s", qPrintable(stored.error().oneLine()));
}

} // namespace

void rememberReadConfigs(const QString &memoryPath, const QUrl &registry,
                         const QHash<QString, PackageRegistryState> &states, const QDateTime &now)
{
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        if (it->readError.isEmpty() && it->exists)
            remember(memoryPath, registry, it.key(), it->configs, now);
}

void rememberVerifiedConfigs(const QString &memoryPath, const QUrl &registry,
                             const QHash<QString, PackageRegistryState> &before,
                             const QList<TrustTarget> &targets, const QList<TrustOutcome> &outcomes,
                             const QDateTime &now)
{
    for (const TrustOutcome &outcome : outcomes) {
        if (outcome.stage != TrustStage::Verified)
            continue;
        for (const TrustTarget &target : targets) {
            if (target.packageName != outcome.packageName)
                continue;
            QList<TrustedPublisher> configs;
            for (const TrustedPublisher &old : before.value(target.packageName).configs)
                if (!target.replaceIds.contains(old.id))
                    configs.append(old);
            TrustedPublisher created = target.config;
            created.id = outcome.createdId;
            configs.append(created);
            remember(memoryPath, registry, target.packageName, configs, now);
        }
    }
}

} // namespace td
