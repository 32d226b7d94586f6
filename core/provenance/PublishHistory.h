// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/provenance/PublisherIdentity.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace td::provenance {

// How strongly a version's publication is vouched for, in pnpm's trust-downgrade order
// (publish-watch.md §4): a version ranked below an earlier one is a "trust downgrade".
enum class PublishRank {
    None = 0,             // a token publish without provenance
    Provenance = 1,       // provenance, but not through a trusted publisher
    TrustedPublisher = 2, // _npmUser.trustedPublisher (OIDC)
    StagedApproved = 3,   // a staged publish a maintainer approved (_npmUser.approver)
};

// What the registry says about one version's publication, and what verifying it found.
struct ReleaseEvidence
{
    QString version;
    QDateTime published; // time[version]
    QString npmUser;     // _npmUser.name
    bool trustedPublisher = false;
    QString approver;             // _npmUser.approver.name, for approved staged publishes
    bool hasAttestations = false; // dist.attestations present
    std::optional<PublisherIdentity> identity; // from the verified provenance leaf only

    PublishRank rank() const;
};

// The package's earlier releases: what a new version is compared with.
struct PublishHistory
{
    QList<ReleaseEvidence> releases; // any order; only those published before a version count

    QList<ReleaseEvidence> before(const QDateTime &published) const;
};

} // namespace td::provenance
