// SPDX-License-Identifier: GPL-3.0-or-later
#include "WatchReleaseLog.h"

#include "core/util/AtomicFile.h"
#include "core/watch/RegistryKey.h"
#include "core/watch/WatchJson.h"
#include "core/watch/WatchServiceSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace td::watch {

using detail::registryKey;
using detail::Tr;

WatchReleaseLog::WatchReleaseLog(QString path, int kept) : m_path(std::move(path)), m_kept(kept) { }

QString WatchReleaseLog::pathBeside(const QString &memoryPath)
{
    return QFileInfo(memoryPath).dir().filePath(QStringLiteral("publish-watch-releases.json"));
}

QString WatchReleaseLog::load()
{
    m_releases.clear();
    const Result<QByteArray> data = readWholeFile(m_path);
    if (!data)
        return data.error().code == ErrorCode::NotFound
            ? QString()
            : Tr::tr("The list of recent releases %1 could not be read (%2); it starts empty.")
                  .arg(m_path, data.error().message);
    const QJsonDocument document = QJsonDocument::fromJson(data.value());
    if (!document.isObject())
        return Tr::tr("The list of recent releases %1 is damaged; it starts empty.").arg(m_path);
    m_releases = releasesFromJson(document.object().value(QLatin1String("releases")).toArray());
    sortForView(m_releases);
    return {};
}

Result<void> WatchReleaseLog::save() const
{
    const QJsonObject document{{QStringLiteral("releases"), releasesToJson(m_releases)}};
    return writeFileAtomically(m_path, QJsonDocument(document).toJson());
}

QList<WatchRelease> WatchReleaseLog::merge(const QList<WatchRelease> &judged)
{
    QList<WatchRelease> raised;
    for (WatchRelease release : judged) {
        const auto same = std::find_if(
            m_releases.begin(), m_releases.end(),
            [&release](const WatchRelease &known) { return known.key() == release.key(); });
        if (same != m_releases.end()) {
            release.acknowledged = same->acknowledged;
            *same = release;
            continue;
        }
        m_releases.append(release);
        if (release.isOpenAlarm())
            raised.append(release);
    }
    sortForView(m_releases);
    while (m_releases.size() > m_kept && !m_releases.constLast().isOpenAlarm())
        m_releases.removeLast();
    return raised;
}

QList<WatchRelease> WatchReleaseLog::acknowledge(const QUrl &registry, const QString &package,
                                                 const QString &version)
{
    QList<WatchRelease> matched;
    for (WatchRelease &release : m_releases) {
        if (release.package != package || release.version != version
            || (!registry.isEmpty() && registryKey(release.registry) != registryKey(registry)))
            continue;
        release.acknowledged = true;
        matched.append(release);
    }
    sortForView(m_releases);
    return matched;
}

QList<WatchRelease> WatchReleaseLog::openAlarms() const
{
    QList<WatchRelease> out;
    std::copy_if(m_releases.cbegin(), m_releases.cend(), std::back_inserter(out),
                 [](const WatchRelease &release) { return release.isOpenAlarm(); });
    return out;
}

} // namespace td::watch
