// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stage/TarballReader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace td {

struct FileChange
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QString path;
    qint64 oldSize = 0;
    qint64 newSize = 0;
    bool binary = false; // not UTF-8 text, or too big to keep: no text diff
    bool modeChanged = false;
    QString textDiff;          // unified diff (also for added and removed text files); may be empty
    bool diffTooLarge = false; // text, but too many lines for a line diff
};

// One change of a package.json field that matters for what installing the package does.
struct ManifestChange
{
    QString section; // "scripts", "dependencies", "optionalDependencies", "peerDependencies",
                     // "bundleDependencies", "bin", "exports", "main"
    QString key;     // script, dependency or command name; empty for whole-value fields
    QString before;  // empty: added
    QString after;   // empty: removed
    bool installScript = false; // preinstall / install / postinstall: runs on `npm install`
};

// A staged tarball against the last published version of the same package (design §4):
// files added, removed and changed (a unified diff for text files), the package.json fields that
// change what an install does, and the size.
struct ReleaseDiff
{
    Q_DECLARE_TR_FUNCTIONS(td::ReleaseDiff)
public:
    QString packageName;
    QString oldVersion; // empty: no earlier release (everything is added)
    QString newVersion;
    QList<FileChange> files; // by path
    QList<ManifestChange> manifest;
    qint64 oldPackedSize = 0;
    qint64 newPackedSize = 0;
    qint64 oldUnpackedSize = 0;
    qint64 newUnpackedSize = 0;
    int oldFileCount = 0;
    int newFileCount = 0;
    QStringList warnings; // translated: install scripts, native builds, skipped links

    bool changesInstallScripts() const;

    // `previous` may be null (first release). Versions are for the text only.
    static ReleaseDiff compare(const TarballContents *previous, const TarballContents &staged,
                               const QString &packageName, const QString &oldVersion,
                               const QString &newVersion);

    // The whole diff as text, for `tokendesk-cli stage diff` and the desktop's diff pane.
    QString toText() const;

    // Lines × lines above this get no line diff (the LCS table is quadratic).
    static constexpr qint64 kMaxDiffCells = 4'000'000;
};

// The package.json changes alone (exposed for tests and the watch module).
QList<ManifestChange> compareManifests(const QByteArray &before, const QByteArray &after);

} // namespace td
