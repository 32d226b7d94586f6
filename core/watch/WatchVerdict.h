// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/provenance/VersionVerifier.h"
#include "core/watch/BurstDetector.h"
#include "core/watch/ReleaseSignals.h"
#include "core/watch/WatchEvent.h"
#include "core/watch/WatchMarks.h"

#include <QStringList>

#include <optional>

namespace td::watch {

// Everything known about one event when it is judged.
struct VerdictInput
{
    WatchEvent event;
    // NewVersion / StagedByNewActor: VersionVerifier's report of event.version (its verdict and
    // the history it was judged against). None: not verified; say why in provenanceError.
    std::optional<provenance::VersionReport> provenance;
    QString provenanceError;
    QList<ReleaseSignal> content;              // releaseSignals() of the version (NewVersion)
    std::optional<BurstDetector::Burst> burst; // BurstDetector::record() for this publish
    bool baseline = false; // seen on the first run over the package's history: shown, not judged
};

// The watch's verdict on one event: expected / notable / alarm, with the reasons in words, worst
// first, each naming its evidence ("Published by mallory with a token — earlier releases came
// from GitHub Actions, acme/ui release.yml (last: 1.1.0)."). The provenance half is
// core/provenance's verdict (PublishPolicy's trust downgrade, identity against the trust
// configs and history) read into watch levels; the rest is the signal catalogue of
// publish-watch.md §4. The user's marks can lower the level, never hide the reasons.
struct WatchVerdict
{
    enum class Level { Expected, Notable, Alarm }; // ordered: worse is greater

    Level level = Level::Expected;
    QStringList reasons;  // translated sentences, worst first
    QStringList codes;    // the stable word of each reason (same order): "trust-downgrade", …
    QList<Level> weights; // the level of each reason (same order)
    QString note;         // translated: why a mark or the baseline set the level; empty otherwise

    bool isAlarm() const { return level == Level::Alarm; }
    QString firstReason() const { return reasons.value(0); }

    static WatchVerdict judge(const VerdictInput &input, const WatchMarks &marks);
};

QString levelName(WatchVerdict::Level level);  // "expected", "notable", "alarm"
QString levelWords(WatchVerdict::Level level); // translated

// The provenance verdict as watch reasons (exposed for tests and the Releases view):
// failed or suspicious findings are alarms, a token publish where trust configs or earlier
// releases say otherwise is an alarm naming where releases came from, other unverified findings
// are notable, "no provenance" on a package that never had it is expected.
struct WatchReason
{
    WatchVerdict::Level level;
    QString code;
    QString text;
};
QList<WatchReason> provenanceReasons(const provenance::VersionReport &report);
// The burst reason (an alarm) every publish of the burst carries, also those judged before the
// burst was complete (WatchService adds it to them).
WatchReason burstReason(const BurstDetector::Burst &burst);

} // namespace td::watch
