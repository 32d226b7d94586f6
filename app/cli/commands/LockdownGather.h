// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lockdown/IncidentReport.h"
#include "core/lockdown/LockdownPlan.h"
#include "core/registry/RegistryClient.h"

#include <QObject>

#include <functional>

namespace td::cli {

// What `tokendesk-cli lockdown` knows before it plans: the full packument of each package (one
// request after another), the account's tokens, and the bad versions — the ones given, else the
// publish watch's open alarms for that package (its releases file, read once). No secret: tokens
// by key and name. Calls `done` once with the facts, or the first error.
class LockdownGather : public QObject
{
    Q_OBJECT
public:
    struct Gathered
    {
        LockdownFacts facts;
        QList<IncidentVersion> versions; // the bad versions with the watch's verdicts, if known
        QList<IncidentEvent> timeline;
    };
    using Done = std::function<void(Result<Gathered>)>;

    LockdownGather(RegistryClient &client, QObject *parent = nullptr);

    // `badVersions` empty: the watch's open alarms per package (releasesPath; empty: the default).
    void gather(const QStringList &packages, const QStringList &badVersions,
                const QString &releasesPath, Done done);

    // The open alarms' versions for `package` in the watch's releases file, with their reasons.
    static QList<IncidentVersion> watchAlarms(const QString &releasesPath, const QString &package);

private:
    void nextPackage();
    void readTokens();

    RegistryClient &m_client;
    QStringList m_pending;
    QStringList m_badVersions;
    QString m_releasesPath;
    Gathered m_gathered;
    Done m_done;
};

} // namespace td::cli
