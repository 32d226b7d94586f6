// SPDX-License-Identifier: GPL-3.0-or-later
// WatchService's judgements: each packument change and staged list judged, then recorded.
#include "core/watch/WatchService.h"

#include "core/provenance/LastReleaseCheck.h"
#include "core/registry/RegistryClient.h"
#include "core/util/Clock.h"
#include "core/watch/LateBursts.h"
#include "core/watch/StagedActors.h"
#include "core/watch/StagedReader.h"
#include "core/watch/WatchJudge.h"
#include "core/watch/WatchServiceSupport.h"

#include <QJsonObject>

namespace td::watch {

using detail::registryKey;

void WatchService::readStaged()
{
    if (!m_readTokens || m_accounts.isEmpty())
        return;
    ++m_judging;
    m_staged->read(m_accounts, [this](const QList<StagedListing> &listings) {
        for (const StagedListing &listing : listings)
            judgeStaged(listing);
        --m_judging;
    });
}

void WatchService::judgeStaged(const StagedListing &listing)
{
    if (!listing.problem.isEmpty())
        addProblem(listing.problem);
    if (!listing.read)
        return;
    const QUrl registry = listing.account.registry;
    const QList<WatchEvent> events
        = stagedByNewActors(listing.staged, m_memory.knownStagers(registry));
    // The first list read is the baseline of every package the account writes: from then on a
    // stager not seen before is new, also on a package nobody staged yet.
    for (const WatchTarget &target : std::as_const(m_targets))
        if (target.writers.contains(listing.account.id)
            && registryKey(target.registry) == registryKey(registry))
            m_memory.rememberStagers(registry, target.package, {});
    for (const StagedRelease &item : listing.staged)
        if (!item.isPlaceholder())
            m_memory.rememberStagers(registry, item.packageName, {item.actor});
    recordJudged(
        WatchJudge::judgeStaged(registry, events, m_memory.marks(registry), m_clock.now()));
}

void WatchService::withTrustRoot(const QUrl &registry, std::function<void(const QByteArray &)> then)
{
    if (!m_settings.trustRootJson.isEmpty())
        return then(m_settings.trustRootJson);
    const QString key = registryKey(registry);
    if (provenance::trustDataSourceFor(registry) == provenance::TrustDataSource::Shipped)
        return then({});
    if (const auto known = m_trustRoots.constFind(key); known != m_trustRoots.cend())
        return then(*known);
    clientFor(registry)->sandboxTrustedRoot(this, [this, key, then](Result<QByteArray> root) {
        // A loopback registry that is not the sandbox has none: the shipped data then.
        const QByteArray data = root ? root.value() : QByteArray();
        if (root)
            m_trustRoots.insert(key, data);
        then(data);
    });
}

void WatchService::onChanged(const QUrl &registry, const QString &package,
                             const QJsonObject &before, const QJsonObject &after,
                             const QByteArray &etag)
{
    ++m_judging;
    withTrustRoot(
        registry, [this, registry, package, before, after, etag](const QByteArray &trustRoot) {
            JudgeRequest request;
            request.registry = registry;
            request.package = package;
            request.before = before;
            request.after = after;
            request.marks = m_memory.marks(registry);
            request.trustRootJson = trustRoot;
            request.seenAt = m_clock.now();
            for (const WatchTarget &target : std::as_const(m_targets))
                if (target.package == package
                    && registryKey(target.registry) == registryKey(registry))
                    request.account = target.writers.value(0);
            if (const auto remembered = provenance::TrustConfigMemory(m_settings.trustConfigPath)
                                            .recall(registry, package))
                request.trustConfigs = remembered->configs;
            WatchJudge *&judge = m_judges[registryKey(registry)];
            if (!judge)
                judge = new WatchJudge(clientFor(registry), m_bursts, m_settings.checks, this);
            judge->judge(request,
                         [this, registry, package, etag, after](QList<WatchRelease> judged) {
                             record(registry, package, etag, after, judged);
                             --m_judging;
                         });
        });
}

void WatchService::record(const QUrl &registry, const QString &package, const QByteArray &etag,
                          const QJsonObject &after, const QList<WatchRelease> &judged)
{
    m_memory.rememberSeen(registry, package, etag, packumentSummary(after));
    for (const WatchRelease &release : judged)
        if (!release.version.isEmpty() && release.kind == WatchEvent::Kind::NewVersion)
            m_memory.rememberVerdict(registry, package, release.version,
                                     RememberedLevel(int(release.level)));
    recordJudged(judged);
}

void WatchService::recordJudged(const QList<WatchRelease> &judged)
{
    QList<WatchRelease> raised = m_log.merge(judged);
    const LateBurstUpdate late = lateBurstReasons(m_log.releases(), m_bursts, m_memory);
    m_log.merge(late.updated);
    raised += late.raised;
    if (const auto saved = m_memory.save(); !saved)
        addProblem(saved.error().oneLine());
    saveReleases();
    Q_EMIT releasesChanged();
    for (const WatchRelease &release : std::as_const(raised))
        Q_EMIT alarmRaised(release);
}

void WatchService::saveReleases()
{
    if (const auto saved = m_log.save(); !saved)
        addProblem(saved.error().oneLine());
}

} // namespace td::watch
