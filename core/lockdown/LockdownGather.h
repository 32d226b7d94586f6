// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lockdown/IncidentReport.h"
#include "core/lockdown/LockdownPlan.h"
#include "core/registry/RegistryClient.h"

#include <QObject>

#include <functional>

namespace td {

// What a lockdown knows before it plans (the CLI's `lockdown` and the desktop's Lockdown dialog
// read it the same way): the full packument of each package (one request after another) and the
// account's tokens, with the bad versions the caller names per package (given on the command
// line, or the watch's open alarms). No secret: tokens by key and name. Calls `done` once.
// Per package also the trust configs TokenDesk remembers (provenance::TrustConfigMemory, the file
// `trust list`, the wizard and the watch use: reading them afresh needs a second factor, which
// the lockdown spends on its writes), its 2FA and token settings (GET /-/package/<p>/access, no
// 2FA; unknown if the registry does not say) and the pending staged versions (no 2FA). A bad
// version's `_npmUser.trustedPublisher.oidcConfigId` marks the abused config (LockdownPlan). The
// expected maintainers are the last good version's where the packument records them, else
// today's less those the publish watch saw added after the last good release; neither known:
// none removed.
class LockdownGather : public QObject
{
    Q_OBJECT
public:
    struct Gathered
    {
        LockdownFacts facts;
        QList<IncidentVersion> versions; // the bad versions, with the watch's verdicts if known
        QList<IncidentEvent> timeline;
    };
    using Done = std::function<void(Result<Gathered>)>;
    // The bad versions of one package, with the watch's verdict and reasons where known.
    using BadVersionsOf = std::function<QList<IncidentVersion>(const QString &package)>;

    explicit LockdownGather(RegistryClient &client, QObject *parent = nullptr);

    void gather(const QStringList &packages, BadVersionsOf badVersionsOf, Done done);
    // Where the remembered trust configs are (default: TrustConfigMemory::defaultPath()).
    void setTrustConfigPath(const QString &path) { m_trustConfigPath = path; }
    // The watch's release log (default: beside WatchMemory::defaultPath()): a maintainer it saw
    // added after the last good release, and the user did not acknowledge, is unexpected.
    void setWatchReleaseLogPath(const QString &path) { m_watchReleaseLogPath = path; }

private:
    void nextPackage();
    void readAccess(LockdownPackage facts);
    void readStaged(LockdownPackage facts);
    QStringList maintainersAddedSince(const QString &package, const QDateTime &since) const;
    void readTokens();

    RegistryClient &m_client;
    QString m_trustConfigPath;
    QString m_watchReleaseLogPath;
    QStringList m_pending;
    BadVersionsOf m_badVersionsOf;
    Gathered m_gathered;
    Done m_done;
};

} // namespace td
