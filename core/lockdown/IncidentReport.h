// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lockdown/LockdownJournal.h"
#include "core/lockdown/LockdownPlan.h"
#include "core/lockdown/PersistenceScan.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace td {

struct IncidentEvent
{
    QDateTime at;
    QString what; // e.g. "@acme/ui 1.1.1 published with a token"
};

struct IncidentVersion
{
    QString package;
    QString version;
    QDateTime publishedAt;
    QString verdict;      // "alarm", "notable", "expected" (the watch's words)
    QStringList evidence; // the verdict's reasons
};

struct IncidentFacts
{
    QList<IncidentEvent> timeline; // what the watch saw; the lockdown's writes are added
    QList<IncidentVersion> versions;
    QList<PersistenceFinding> findings;       // what the machine check found, if anything
    const LockdownPlan *plan = nullptr;       // for the steps skipped or not applying
    const LockdownJournal *journal = nullptr; // for the actions taken and their results
    QDateTime writtenAt;
};

// The Markdown report a maintainer keeps and shares after a lockdown: timeline, versions with
// their verdicts and evidence, the actions taken with their results (and the ones not taken, with
// why), and what is left to do by hand (report to npm, purge CI caches, rotate CI secrets,
// publish an advisory). Contains no secret: tokens appear by name only.
class IncidentReport
{
public:
    static QString markdown(const IncidentFacts &facts);
    // npm's "Report malware" page for one version (the package page's link).
    static QUrl npmReportUrl(const QString &package, const QString &version);
    // Written atomically, 0600.
    static Result<void> write(const QString &path, const IncidentFacts &facts);
};

} // namespace td
