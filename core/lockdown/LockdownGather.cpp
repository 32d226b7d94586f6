// SPDX-License-Identifier: GPL-3.0-or-later
#include "LockdownGather.h"

#include "core/lockdown/PackumentFacts.h"
#include "core/provenance/TrustConfigMemory.h"
#include "core/watch/WatchMemory.h"
#include "core/watch/WatchReleaseLog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace td {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::LockdownGather)
};
// What the user reads for a remembered config, e.g. "GitHub Actions acme/ui release.yml".
QString trustConfigLabel(const TrustedPublisher &config)
{
    switch (config.type) {
    case TrustProvider::GitHub:
        return Tr::tr("GitHub Actions %1 %2").arg(config.repository, config.workflowFile);
    case TrustProvider::GitLab:
        return Tr::tr("GitLab CI %1 %2").arg(config.projectPath, config.ciConfigFile);
    case TrustProvider::CircleCi:
        return Tr::tr("CircleCI %1").arg(config.vcsOrigin);
    }
    return config.id;
}

} // namespace

LockdownGather::LockdownGather(RegistryClient &client, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_trustConfigPath(provenance::TrustConfigMemory::defaultPath()),
      m_watchReleaseLogPath(watch::WatchReleaseLog::pathBeside(watch::WatchMemory::defaultPath()))
{ }

void LockdownGather::gather(const QStringList &packages, BadVersionsOf badVersionsOf, Done done)
{
    m_pending = packages;
    m_badVersionsOf = std::move(badVersionsOf);
    m_gathered = {};
    m_done = std::move(done);
    nextPackage();
}

void LockdownGather::nextPackage()
{
    if (m_pending.isEmpty())
        return readTokens();
    const QString package = m_pending.takeFirst();
    m_client.packumentJson(package, this, [this, package](Result<QByteArray> json) {
        if (!json)
            return m_done(json.error());
        const QList<IncidentVersion> bad = m_badVersionsOf(package);
        QStringList versions;
        for (const IncidentVersion &v : bad)
            versions.append(v.version);
        if (versions.isEmpty())
            return m_done(makeError(
                ErrorCode::InvalidInput,
                Tr::tr("No bad version of %1 is known: the publish watch has no open alarm for "
                       "it. Name the versions (tokendesk-cli: --bad VERSION).")
                    .arg(package)));
        const QJsonObject packument = QJsonDocument::fromJson(json.value()).object();
        LockdownPackage facts = lockdownPackageFromPackument(packument, versions);
        for (IncidentVersion v : bad) {
            v.package = package;
            if (!v.publishedAt.isValid())
                v.publishedAt = facts.publishedAt.value(v.version);
            m_gathered.versions.append(v);
            m_gathered.timeline.append(
                {v.publishedAt, Tr::tr("%1 %2 published").arg(package, v.version)});
        }
        if (const auto remembered = provenance::TrustConfigMemory(m_trustConfigPath)
                                        .recall(m_client.baseUrl(), package)) {
            facts.trustConfigsReadAt = remembered->readAt;
            for (const TrustedPublisher &config : remembered->configs)
                facts.trustConfigs.append({config.id, trustConfigLabel(config), false});
        }
        if (facts.expectedMaintainers.isEmpty()) {
            const QStringList added
                = maintainersAddedSince(package, facts.publishedAt.value(facts.lastGoodVersion));
            for (const QString &m : std::as_const(facts.maintainers)) {
                if (!added.isEmpty() && !added.contains(m))
                    facts.expectedMaintainers.append(m);
            }
        }
        readAccess(std::move(facts));
    });
}

// 2FA and token settings as they are now, so a step already in force is not planned again. Best
// effort: a registry that does not say leaves them unknown, and the step is then planned.
void LockdownGather::readAccess(LockdownPackage facts)
{
    const QString package = facts.name;
    m_client.packageAccess(
        package, this, [this, facts = std::move(facts)](Result<PackageAccess> access) mutable {
            if (access) {
                facts.publishRequiresTfa = access.value().publishRequiresTfa;
                facts.tokensOverrideTfa = access.value().automationTokenOverridesTfa;
            }
            readStaged(std::move(facts));
        });
}

QStringList LockdownGather::maintainersAddedSince(const QString &package,
                                                  const QDateTime &since) const
{
    watch::WatchReleaseLog log(m_watchReleaseLogPath, 0);
    log.load(); // a missing or damaged log knows of no one added
    const QUrl registry = m_client.baseUrl().adjusted(QUrl::StripTrailingSlash);
    QStringList added;
    for (const watch::WatchRelease &release : log.releases()) {
        const QDateTime at = release.at.isValid() ? release.at : release.seenAt;
        if (release.kind == watch::WatchEvent::Kind::MaintainerAdded && release.package == package
            && !release.acknowledged && !release.baseline
            && release.registry.adjusted(QUrl::StripTrailingSlash) == registry
            && (!since.isValid() || at > since))
            added.append(release.actor);
    }
    return added;
}

void LockdownGather::readStaged(LockdownPackage facts)
{
    const QString package = facts.name;
    m_client.listStaged(
        package, this,
        [this, package, facts = std::move(facts)](Result<QList<StagedRelease>> staged) mutable {
            // A registry without staged publishing has none pending: the step then says so.
            if (staged) {
                for (const StagedRelease &release : staged.value()) {
                    if (release.packageName == package)
                        facts.staged.append({release.id, release.version});
                }
            }
            m_gathered.facts.packages.append(facts);
            nextPackage();
        });
}

void LockdownGather::readTokens()
{
    m_client.listTokens(this, [this](Result<TokenPage> page) {
        if (!page)
            return m_done(page.error());
        for (const Token &token : page.value().tokens)
            m_gathered.facts.tokens.append({token.key, token.name, false, QString(), false});
        m_gathered.facts.tokensKnown = true;
        m_done(std::move(m_gathered));
    });
}

} // namespace td
