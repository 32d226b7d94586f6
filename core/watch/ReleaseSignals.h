// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stage/ReleaseDiff.h"
#include "core/watch/WatchEvent.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace td::watch {

// One thing about a release worth a look (publish-watch.md §4). Each alone can be innocent; the
// verdict weighs them with the publish path and the user's marks.
struct ReleaseSignal
{
    enum class Weight { Notable, Alarm };
    Weight weight = Weight::Notable;
    QString code; // stable word: "install-script", "native-build", "git-dependency",
                  // "optional-dependency", "bin", "size-jump", "file-count-jump", "dormancy",
                  // "tag-backwards", "tag-older-major", "tag-other-major", "tag-removed"
    QString text; // translated sentence naming the evidence
};

struct SignalThresholds
{
    double sizeFactor = 3.0;            // unpackedSize grew more than this many times …
    qint64 sizeMinGrowth = 1024 * 1024; // … and by at least this many bytes
    double fileCountFactor = 2.0;       // fileCount grew more than this many times …
    int fileCountMinGrowth = 20;        // … and by at least this many files
    int dormantDays = 365;              // a release this long after the one before it
};

// The version `version` is compared with: the last one published before it in the same major
// (comparing across majors flags every planned change), else the last one before it at all.
// Empty for the first release.
QString previousVersionOf(const QJsonObject &packument, const QString &version);

// The content signals of `version` in a full packument, against previousVersionOf(version), and
// dormancy since the release published just before it.
QList<ReleaseSignal> releaseSignals(const QJsonObject &packument, const QString &version,
                                    const SignalThresholds &thresholds = {});

// The same for two manifests (versions[v] documents); an empty `previous` = first release.
QList<ReleaseSignal> compareManifestSignals(const QJsonObject &manifest,
                                            const QJsonObject &previous,
                                            const SignalThresholds &thresholds = {});

// The same for a staged tarball against the last published version (core/stage's ReleaseDiff,
// which the Staged releases tab already computes): its package.json changes, a binding.gyp
// added, size and file-count jumps. A diff without an earlier version gives nothing.
QList<ReleaseSignal> releaseDiffSignals(const ReleaseDiff &diff,
                                        const SignalThresholds &thresholds = {});

// A dist-tag move (WatchEvent::Kind::TagMoved): backwards (to an older version), to an older
// major, forward to another major, or removed. A tag that is new, or moves forward within its
// major, gives nothing.
QList<ReleaseSignal> tagMoveSignals(const WatchEvent &event);

// Semantic-version order (major.minor.patch, then a release above its prereleases); -1, 0, 1.
// Versions that do not parse compare as equal.
int compareVersions(const QString &a, const QString &b);
int majorOf(const QString &version); // -1 when it does not parse

} // namespace td::watch
