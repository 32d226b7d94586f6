// SPDX-License-Identifier: GPL-3.0-or-later
// The provenance half of WatchVerdict: core/provenance's findings read as watch reasons.
#include "core/provenance/PublishPathWords.h"
#include "core/watch/WatchVerdict.h"

#include <QCoreApplication>

#include <algorithm>

namespace td::watch {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::watch::WatchVerdict)
};

using provenance::Level;
using provenance::PublishRank;
using provenance::ReleaseEvidence;
using WLevel = WatchVerdict::Level;

// The strongest earlier release, the latest of its rank: what "releases come from" means.
const ReleaseEvidence *strongestEarlier(const QList<ReleaseEvidence> &history)
{
    const ReleaseEvidence *best = nullptr;
    for (const ReleaseEvidence &release : history)
        if (!best || release.rank() > best->rank()
            || (release.rank() == best->rank() && release.published > best->published))
            best = &release;
    return best;
}

QString howPublished(const ReleaseEvidence &release)
{
    switch (release.rank()) {
    case PublishRank::None:
        return Tr::tr("Published by %1 with a token, without provenance")
            .arg(release.npmUser.isEmpty() ? Tr::tr("an unknown user") : release.npmUser);
    case PublishRank::Provenance:
        return Tr::tr("Published by %1 with provenance, but not through a trusted publisher")
            .arg(release.npmUser);
    case PublishRank::TrustedPublisher:
        return Tr::tr("Published through a trusted publisher without a maintainer's approval");
    case PublishRank::StagedApproved:
        break;
    }
    return Tr::tr("Published as an approved staged release");
}

QString whereReleasesCameFrom(const ReleaseEvidence &earlier)
{
    if (earlier.identity) {
        const provenance::PublisherIdentity &id = *earlier.identity;
        const QString workflow = id.workflowFile().section(QLatin1Char('/'), -1);
        return earlier.rank() == PublishRank::Provenance
            ? Tr::tr("earlier releases had provenance from %1, %2 %3 (last: %4)")
                  .arg(provenance::ciNameOf(id), id.repository(), workflow, earlier.version)
            : Tr::tr("earlier releases came from %1, %2 %3 (last: %4)")
                  .arg(provenance::ciNameOf(id), id.repository(), workflow, earlier.version);
    }
    switch (earlier.rank()) {
    case PublishRank::StagedApproved:
        return Tr::tr("earlier releases were staged and approved by %1 (last: %2)")
            .arg(earlier.approver, earlier.version);
    case PublishRank::TrustedPublisher:
        return Tr::tr("earlier releases came through a trusted publisher (last: %1)")
            .arg(earlier.version);
    case PublishRank::Provenance:
    case PublishRank::None:
        break;
    }
    return Tr::tr("earlier releases had provenance (last: %1)").arg(earlier.version);
}

} // namespace

QList<WatchReason> provenanceReasons(const provenance::VersionReport &report)
{
    QList<WatchReason> out;
    const QList<provenance::Finding> &findings = report.verdict.findings;
    const bool downgrade = std::any_of(findings.cbegin(), findings.cend(),
                                       [](const auto &f) { return f.code == u"trust-downgrade"; });
    for (const provenance::Finding &finding : findings) {
        if (finding.level == Level::Verified)
            continue;
        if (finding.code == u"trust-downgrade") {
            const ReleaseEvidence *earlier = strongestEarlier(report.history);
            out.append(
                {WLevel::Alarm, finding.code,
                 earlier ? Tr::tr("%1 — %2.")
                               .arg(howPublished(report.release), whereReleasesCameFrom(*earlier))
                         : finding.text});
        } else if (finding.code == u"identity-missing" && !report.release.trustedPublisher) {
            // A token publish although the package has a trusted publisher on record: someone
            // other than the release pipeline. The downgrade already says so when there is one.
            if (!downgrade)
                out.append({WLevel::Alarm, finding.code, finding.text});
        } else if (finding.level == Level::Unverified) {
            // No provenance on a package that never had any is how it is always published.
            if (finding.code != u"provenance")
                out.append({WLevel::Notable, finding.code, finding.text});
        } else {
            out.append({WLevel::Alarm, finding.code, finding.text});
        }
    }
    return out;
}

} // namespace td::watch
