// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/provenance/PublishHistory.h"
#include "core/provenance/Verdict.h"
#include "core/trust/TrustedPublisher.h"

#include <QList>

namespace td::provenance {

// Judges who published a version: its certificate identity against each trust config TokenDesk
// remembers for the package (field by field: issuer ↔ provider, repository, workflow file,
// environment, hosted runner) and against the package's own history (trust downgrade, a changed
// repository or owner id, a ref kind or trigger earlier releases never used, a self-hosted
// runner). Only identity and history: the cryptographic findings come from BundleVerifier and
// RegistrySignature; VersionVerifier joins them.
class PublishPolicy
{
public:
    static Verdict judge(const ReleaseEvidence &release, const QList<TrustedPublisher> &configs,
                         const PublishHistory &history);

    // The findings of matching one identity with the package's trust configs (empty configs:
    // none). A match gives one Verified finding; otherwise one finding per differing field of
    // the closest config.
    static QList<Finding> matchTrustConfigs(const PublisherIdentity &identity,
                                            const QList<TrustedPublisher> &configs);
    static QList<Finding> compareWithHistory(const ReleaseEvidence &release,
                                             const PublishHistory &history);
};

Level worstLevel(const QList<Finding> &findings); // Verified for none
Verdict verdictOf(QList<Finding> findings);

} // namespace td::provenance
