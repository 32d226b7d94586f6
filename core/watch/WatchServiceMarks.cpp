// SPDX-License-Identifier: GPL-3.0-or-later
// WatchService's releases and the user's answers: "it was me", acknowledged, expected, excluded.
#include "core/watch/WatchService.h"

#include "core/watch/WatchServiceSupport.h"

namespace td::watch {

using detail::registryKey;
using detail::Tr;

QList<WatchRelease> WatchService::releases() const
{
    return m_log.releases();
}

QList<WatchRelease> WatchService::openAlarms() const
{
    return m_log.openAlarms();
}

Result<void> WatchService::acknowledge(const QUrl &registry, const QString &package,
                                       const QString &version, bool itWasMe)
{
    const QList<WatchRelease> matched = m_log.acknowledge(registry, package, version);
    const bool found = !matched.isEmpty();
    if (itWasMe)
        for (const WatchRelease &release : matched)
            m_memory.markItWasMe(release.registry, package, version);
    if (!found)
        return Error{ErrorCode::NotFound,
                     Tr::tr("The watch has not seen %1@%2.").arg(package, version),
                     Tr::tr("Check the name and version with 'tokendesk-cli watch --once'.")};
    if (const auto saved = m_memory.save(); !saved)
        return saved.error();
    saveReleases();
    Q_EMIT releasesChanged();
    return {};
}

Result<void> WatchService::expectManualPublish(const QUrl &registry, const QString &package,
                                               const QDateTime &until)
{
    return forEachKnown(registry, package, [this, &package, &until](const QUrl &known) {
        m_memory.expectManualPublish(known, package, until);
    });
}

Result<void> WatchService::setExcluded(const QUrl &registry, const QString &package, bool excluded)
{
    return forEachKnown(registry, package, [this, &package, excluded](const QUrl &known) {
        m_memory.setExcluded(known, package, excluded);
    });
}

bool WatchService::isExcluded(const QUrl &registry, const QString &package) const
{
    return m_memory.package(registry, package).excluded;
}

Result<void> WatchService::forEachKnown(const QUrl &registry, const QString &package,
                                        const std::function<void(const QUrl &)> &change)
{
    bool found = false;
    const QList<QPair<QUrl, QString>> known = m_memory.packages();
    for (const auto &[knownRegistry, knownPackage] : known) {
        if (knownPackage != package
            || (!registry.isEmpty() && registryKey(knownRegistry) != registryKey(registry)))
            continue;
        found = true;
        change(knownRegistry);
    }
    if (!found)
        return Error{ErrorCode::NotFound, Tr::tr("The watch does not know %1 yet.").arg(package),
                     Tr::tr("Run 'tokendesk-cli watch --once' first.")};
    return m_memory.save();
}

} // namespace td::watch
