// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/provenance/PublishHistory.h"

namespace td::provenance {

PublishRank ReleaseEvidence::rank() const
{
    if (!approver.isEmpty())
        return PublishRank::StagedApproved;
    if (trustedPublisher)
        return PublishRank::TrustedPublisher;
    if (hasAttestations)
        return PublishRank::Provenance;
    return PublishRank::None;
}

QList<ReleaseEvidence> PublishHistory::before(const QDateTime &published) const
{
    QList<ReleaseEvidence> earlier;
    for (const ReleaseEvidence &release : releases)
        if (release.published.isValid() && published.isValid() && release.published < published)
            earlier.append(release);
    return earlier;
}

} // namespace td::provenance
