// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/provenance/PublishPolicy.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace td::provenance {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::provenance::PublishPolicy)
};

// Triggers that run a workflow for someone else's change (a fork's pull request, a comment):
// a release built from one is suspicious even when the package has no history yet.
const QSet<QString> &untrustedTriggers()
{
    static const QSet<QString> triggers{
        QStringLiteral("pull_request_target"), QStringLiteral("pull_request"),
        QStringLiteral("issue_comment"),       QStringLiteral("workflow_run"),
        QStringLiteral("discussion_comment"),  QStringLiteral("pull_request_review_comment")};
    return triggers;
}

QString rankName(PublishRank rank)
{
    switch (rank) {
    case PublishRank::StagedApproved:
        return Tr::tr("as a staged release a maintainer approved");
    case PublishRank::TrustedPublisher:
        return Tr::tr("through a trusted publisher");
    case PublishRank::Provenance:
        return Tr::tr("with provenance");
    case PublishRank::None:
        break;
    }
    return Tr::tr("with a token and without provenance");
}

enum class RefKind { Tag, Branch, Other };

RefKind refKind(const QString &ref)
{
    if (ref.startsWith(u"refs/tags/"))
        return RefKind::Tag;
    if (ref.startsWith(u"refs/heads/"))
        return RefKind::Branch;
    return RefKind::Other;
}

QString refKindName(RefKind kind)
{
    switch (kind) {
    case RefKind::Tag:
        return Tr::tr("tags");
    case RefKind::Branch:
        return Tr::tr("branches");
    case RefKind::Other:
        break;
    }
    return Tr::tr("other refs");
}

QString joined(const QSet<QString> &values)
{
    QStringList list(values.cbegin(), values.cend());
    list.sort();
    return list.join(QStringLiteral(", "));
}

// Values earlier releases had for one field (empty values: the certificate did not say).
template<class Read>
QSet<QString> seen(const QList<ReleaseEvidence> &earlier, Read read)
{
    QSet<QString> values;
    for (const ReleaseEvidence &release : earlier)
        if (release.identity && !read(*release.identity).isEmpty())
            values.insert(read(*release.identity));
    return values;
}

} // namespace

Level worstLevel(const QList<Finding> &findings)
{
    Level worst = Level::Verified;
    for (const Finding &finding : findings)
        worst = std::max(worst, finding.level);
    return worst;
}

Verdict verdictOf(QList<Finding> findings)
{
    Verdict verdict;
    verdict.level = findings.isEmpty() ? Level::Unverified : worstLevel(findings);
    verdict.findings = std::move(findings);
    return verdict;
}

QList<Finding> PublishPolicy::compareWithHistory(const ReleaseEvidence &release,
                                                 const PublishHistory &history)
{
    QList<Finding> found;
    const QList<ReleaseEvidence> earlier = history.before(release.published);
    const auto strongest = std::max_element(
        earlier.cbegin(), earlier.cend(),
        [](const ReleaseEvidence &a, const ReleaseEvidence &b) { return a.rank() < b.rank(); });
    if (strongest != earlier.cend() && release.rank() < strongest->rank())
        found.append(
            {Level::Suspicious, QStringLiteral("trust-downgrade"),
             Tr::tr("Published %1, but version %2 was published %3 before it: a trust "
                    "downgrade.")
                 .arg(rankName(release.rank()), strongest->version, rankName(strongest->rank()))});
    if (!release.identity)
        return found;

    const PublisherIdentity &identity = *release.identity;
    const qsizetype before = found.size();
    const auto changed = [&](const QString &code, const QString &now, const QSet<QString> &then,
                             const QString &text) {
        if (!now.isEmpty() && !then.isEmpty() && !then.contains(now))
            found.append({Level::Suspicious, code, text.arg(now, joined(then))});
    };
    changed(QStringLiteral("identity-repository-id"), identity.sourceRepositoryId,
            seen(earlier, [](const PublisherIdentity &i) { return i.sourceRepositoryId; }),
            Tr::tr("Built from the repository with id %1, but earlier releases came from id %2: "
                   "the repository was deleted and recreated, or another one took its name."));
    changed(QStringLiteral("identity-owner-id"), identity.sourceRepositoryOwnerId,
            seen(earlier, [](const PublisherIdentity &i) { return i.sourceRepositoryOwnerId; }),
            Tr::tr("The repository's owner has id %1, but earlier releases had owner id %2."));
    changed(QStringLiteral("history-repository"), identity.repository(),
            seen(earlier, [](const PublisherIdentity &i) { return i.repository(); }),
            Tr::tr("Built from %1, but earlier releases were built from %2."));
    changed(QStringLiteral("history-workflow"), identity.workflowFile(),
            seen(earlier, [](const PublisherIdentity &i) { return i.workflowFile(); }),
            Tr::tr("Built by the workflow %1, but earlier releases were built by %2."));

    QSet<QString> earlierKinds;
    for (const QSet<QString> refs
         = seen(earlier, [](const PublisherIdentity &i) { return i.sourceRepositoryRef; });
         const QString &ref : refs)
        earlierKinds.insert(refKindName(refKind(ref)));
    if (!identity.sourceRepositoryRef.isEmpty() && !earlierKinds.isEmpty()
        && !earlierKinds.contains(refKindName(refKind(identity.sourceRepositoryRef))))
        found.append({Level::Suspicious, QStringLiteral("identity-ref"),
                      Tr::tr("Built from %1, but earlier releases were built from %2.")
                          .arg(identity.sourceRepositoryRef, joined(earlierKinds))});

    const QSet<QString> triggers
        = seen(earlier, [](const PublisherIdentity &i) { return i.buildTrigger; });
    const QString &trigger = identity.buildTrigger;
    if (!trigger.isEmpty() && !triggers.contains(trigger)
        && (!triggers.isEmpty() || untrustedTriggers().contains(trigger)))
        found.append({Level::Suspicious, QStringLiteral("identity-trigger"),
                      untrustedTriggers().contains(trigger)
                          ? Tr::tr("The workflow ran on %1, an event someone without write "
                                   "access can cause; releases are not built that way.")
                                .arg(trigger)
                          : Tr::tr("The workflow ran on %1, but earlier releases ran on %2.")
                                .arg(trigger, joined(triggers))});

    const auto withIdentity = std::count_if(earlier.cbegin(), earlier.cend(),
                                            [](const ReleaseEvidence &r) { return r.identity; });
    if (found.size() == before && withIdentity > 0)
        found.append({Level::Verified, QStringLiteral("history-identity"),
                      Tr::tr("Built the same way as the %n earlier release(s) with provenance.",
                             nullptr, int(withIdentity))});
    return found;
}

Verdict PublishPolicy::judge(const ReleaseEvidence &release, const QList<TrustedPublisher> &configs,
                             const PublishHistory &history)
{
    QList<Finding> found;
    if (release.identity) {
        if (configs.isEmpty())
            found.append({Level::Verified, QStringLiteral("identity-trust-config"),
                          Tr::tr("TokenDesk has no trust configs of this package on record, so "
                                 "the publisher was compared with earlier releases only.")});
        else
            found += matchTrustConfigs(*release.identity, configs);
        const QString &runner = release.identity->runnerEnvironment;
        const bool runnerReported = std::any_of(found.cbegin(), found.cend(), [](const Finding &f) {
            return f.code == u"identity-runner";
        });
        // GitHub and GitLab name their own runners so; anything else is a machine of someone's.
        const bool hosted = runner == u"github-hosted" || runner == u"gitlab-hosted";
        if (!runner.isEmpty() && !hosted && !runnerReported)
            found.append({Level::Suspicious, QStringLiteral("identity-runner"),
                          Tr::tr("Built on a %1 runner, not on one the CI service hosts: whoever "
                                 "controls that machine could have changed the package.")
                              .arg(runner)});
    } else if (release.trustedPublisher) {
        // No identity although the version has attestations: its bundle did not verify (those
        // findings say why), which is not the same as a release without provenance.
        found.append({Level::Unverified, QStringLiteral("identity-missing"),
                      release.hasAttestations
                          ? Tr::tr("Published through a trusted publisher, but its provenance "
                                   "did not verify: the repository and workflow cannot be "
                                   "checked.")
                          : Tr::tr("Published through a trusted publisher, but without "
                                   "provenance: the repository and workflow cannot be checked.")});
    } else if (!configs.isEmpty()) {
        found.append(
            {Level::Unverified, QStringLiteral("identity-missing"),
             Tr::tr("Published by %1 with a token, not through the package's trusted "
                    "publisher.")
                 .arg(release.npmUser.isEmpty() ? Tr::tr("an unknown user") : release.npmUser)});
    }
    found += compareWithHistory(release, history);
    return verdictOf(std::move(found));
}

} // namespace td::provenance
