// SPDX-License-Identifier: GPL-3.0-or-later
#include "LockdownGather.h"

#include "core/lockdown/PackumentFacts.h"
#include "core/watch/WatchMemory.h"
#include "core/watch/WatchReleaseLog.h"
#include "core/watch/WatchVerdict.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace td::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::cli::LockdownGather)
};
constexpr int kReleasesRead = 10000; // the whole file: nothing is written back
} // namespace

LockdownGather::LockdownGather(RegistryClient &client, QObject *parent)
    : QObject(parent), m_client(client)
{ }

QList<IncidentVersion> LockdownGather::watchAlarms(const QString &releasesPath,
                                                   const QString &package)
{
    watch::WatchReleaseLog log(releasesPath.isEmpty() ? watch::WatchReleaseLog::pathBeside(
                                   watch::WatchMemory::defaultPath())
                                                      : releasesPath,
                               kReleasesRead);
    log.load(); // a missing or damaged file: no alarms known, the user names the versions
    QList<IncidentVersion> out;
    const QList<watch::WatchRelease> open = log.openAlarms();
    for (const watch::WatchRelease &release : open)
        if (release.package == package && !release.version.isEmpty()
            && release.kind == watch::WatchEvent::Kind::NewVersion)
            out.append({release.package, release.version, release.at,
                        watch::levelName(release.level), release.reasons});
    return out;
}

void LockdownGather::gather(const QStringList &packages, const QStringList &badVersions,
                            const QString &releasesPath, Done done)
{
    m_pending = packages;
    m_badVersions = badVersions;
    m_releasesPath = releasesPath;
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
        QStringList bad = m_badVersions;
        if (bad.isEmpty()) {
            const QList<IncidentVersion> alarms = watchAlarms(m_releasesPath, package);
            for (const IncidentVersion &v : alarms) {
                bad.append(v.version);
                m_gathered.versions.append(v);
            }
        }
        const QJsonObject packument = QJsonDocument::fromJson(json.value()).object();
        LockdownPackage facts = lockdownPackageFromPackument(packument, bad);
        if (facts.badVersions.isEmpty())
            return m_done(makeError(
                ErrorCode::InvalidInput,
                Tr::tr("No bad version of %1 is known: the publish watch has no open alarm for "
                       "it. Name the versions with --bad VERSION.")
                    .arg(package)));
        for (const QString &version : std::as_const(facts.badVersions)) {
            const QDateTime at = facts.publishedAt.value(version);
            bool known = false;
            for (const IncidentVersion &v : std::as_const(m_gathered.versions))
                known = known || (v.package == package && v.version == version);
            if (!known)
                m_gathered.versions.append({package, version, at, QString(), {}});
            m_gathered.timeline.append({at, Tr::tr("%1 %2 published").arg(package, version)});
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

} // namespace td::cli
