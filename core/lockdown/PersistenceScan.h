// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace td {

// One known piece of a worm's persistence, as listed in the data file (format: README.md here).
struct PersistenceEntry
{
    QString id;            // stable, e.g. "watchdog-systemd-user"
    QString name;          // what it is, for the user
    QString kind;          // service | workflow | runner | marker
    QStringList homeGlobs; // relative to the home folder, '/'-separated, * and ? per segment
    QStringList repoGlobs; // relative to each repository folder TokenDesk knows
    QStringList tempGlobs; // relative to the temporary folder
    QStringList contains;  // a file matches only if it contains one of these (none: any file)
    QString why;           // why it matters
    QString disarm;        // how to disarm it, before anything is revoked
};

struct PersistenceFinding
{
    PersistenceEntry entry;
    QString path; // absolute
};

// Checks this machine for the known worms' persistence before a lockdown revokes anything: one
// worm's watchdog wipes the home folder when the stolen token it watches stops working
// (publish-watch.md §5). Reads only file names and, for entries with `contains`, at most the
// first 256 KiB of a matching file; follows no symbolic link out of the folder it searches.
class PersistenceScan
{
public:
    // The list shipped in td_core (":/lockdown/worm-persistence.json") or a replacement file.
    static QString builtInCatalogue();
    static Result<QList<PersistenceEntry>> loadCatalogue(const QString &path = builtInCatalogue());
    static Result<QList<PersistenceEntry>> parseCatalogue(const QByteArray &json);

    PersistenceScan(QList<PersistenceEntry> catalogue, QString homeDir, QStringList repoDirs = {},
                    QString tempDir = {});

    QList<PersistenceFinding> scan() const;

    // "Found <name> at <path>: <why> To disarm it: <disarm>", one paragraph per finding.
    static QString describe(const QList<PersistenceFinding> &findings);

private:
    void scanRoot(const QString &root, const QStringList &globs, const PersistenceEntry &entry,
                  QList<PersistenceFinding> &found) const;

    QList<PersistenceEntry> m_catalogue;
    QString m_home;
    QStringList m_repos;
    QString m_temp;
};

} // namespace td
