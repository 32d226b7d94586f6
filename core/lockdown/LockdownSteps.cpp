// SPDX-License-Identifier: GPL-3.0-or-later
// Each step of publish-watch.md §5 from what is known: its writes, or why it does not apply.
#include "core/lockdown/LockdownSteps.h"

#include <QCoreApplication>

#include <algorithm>

namespace td::lockdownsteps {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::LockdownPlan)
};

using Kind = LockdownAction::Kind;

// npm's unpublish policy: a version may be unpublished within 72 hours of its publish when no
// other package in the registry depends on it (later only under stricter conditions that an
// attacked, popular package never meets).
constexpr qint64 kUnpublishWindowSeconds = 72 * 3600;

LockdownStep emptyStep(LockdownStepKind kind)
{
    LockdownStep step;
    step.kind = kind;
    return step;
}

void settle(LockdownStep &step, const QString &whyNotIfEmpty)
{
    step.applies = !step.actions.isEmpty();
    if (!step.applies && step.whyNot.isEmpty())
        step.whyNot = whyNotIfEmpty;
}

} // namespace

LockdownStep requireTwoFactor(const LockdownFacts &facts)
{
    LockdownStep step = emptyStep(LockdownStepKind::RequireTwoFactor);
    for (const LockdownPackage &p : facts.packages) {
        if (p.publishRequiresTfa == true && p.tokensOverrideTfa == false)
            continue;
        step.actions.append({Kind::RequireTwoFactor,
                             p.name,
                             {},
                             {},
                             Tr::tr("%1: require 2FA, disallow tokens").arg(p.name)});
    }
    settle(step, Tr::tr("Every package already requires 2FA and disallows tokens."));
    return step;
}

LockdownStep revokeTrust(const LockdownFacts &facts)
{
    LockdownStep step = emptyStep(LockdownStepKind::RevokeTrust);
    bool anyConfig = false;
    QStringList byToken;
    QStringList neverRead;
    for (const LockdownPackage &p : facts.packages) {
        if (!p.trustConfigsReadAt.isValid())
            neverRead.append(p.name);
        else if (!p.trustConfigs.isEmpty())
            step.notes.append(Tr::tr("%1: trusted publishers as TokenDesk last read them, %2 "
                                     "(reading them again needs 2FA)")
                                  .arg(p.name, p.trustConfigsReadAt.toString(Qt::ISODate)));
        QStringList abusedIds;
        for (auto it = p.badVersionTrustIds.cbegin(); it != p.badVersionTrustIds.cend(); ++it) {
            if (it.value().isEmpty())
                byToken.append(QStringLiteral("%1@%2").arg(p.name, it.key()));
            else if (!abusedIds.contains(it.value()))
                abusedIds.append(it.value());
        }
        for (const LockdownTrustConfig &config : p.trustConfigs) {
            anyConfig = true;
            if (config.abused || abusedIds.removeAll(config.id) > 0)
                step.actions.append({Kind::RevokeTrust,
                                     p.name,
                                     config.id,
                                     {},
                                     Tr::tr("%1: revoke %2").arg(p.name, config.label)});
            else
                step.notes.append(
                    Tr::tr("%1: %2 kept (not used in the attack)").arg(p.name, config.label));
        }
        // A bad version names a config TokenDesk had not read: the packument's id is enough.
        for (const QString &id : std::as_const(abusedIds))
            step.actions.append(
                {Kind::RevokeTrust,
                 p.name,
                 id,
                 {},
                 Tr::tr("%1: revoke the trusted publisher %2 (it published a bad version)")
                     .arg(p.name, id)});
    }
    if (step.actions.isEmpty() && !byToken.isEmpty())
        step.whyNot = Tr::tr("%1 was published with a token, not through the trusted publisher: "
                             "keep it.")
                          .arg(byToken.join(QStringLiteral(", ")));
    if (step.actions.isEmpty() && step.whyNot.isEmpty() && !anyConfig && !neverRead.isEmpty())
        step.whyNot = Tr::tr("No bad version came through a trusted publisher, and TokenDesk has "
                             "not read the trusted publishers of %1 (tokendesk-cli trust list "
                             "reads them, with 2FA).")
                          .arg(neverRead.join(QStringLiteral(", ")));
    settle(step,
           anyConfig ? Tr::tr("No trusted publisher published a bad version.")
                     : Tr::tr("No package has a trusted publisher."));
    return step;
}

LockdownStep revokeTokens(const LockdownFacts &facts)
{
    LockdownStep step = emptyStep(LockdownStepKind::RevokeTokens);
    if (!facts.tokensKnown) {
        step.whyNot = Tr::tr("The account's tokens are not known: sign in to list them.");
        return step;
    }
    for (const LockdownToken &token : facts.tokens) {
        if (token.usedByThisLockdown) {
            step.notes.append(
                Tr::tr("kept: %1 (this lockdown signs in with it; sign out when it is done)")
                    .arg(token.name));
            continue;
        }
        if (facts.keepVerifiedCiTokens && token.verifiedInOwnCi) {
            step.notes.append(
                Tr::tr("kept: %1 (verified in use by %2)").arg(token.name, token.ciLabel));
            continue;
        }
        step.actions.append(
            {Kind::RevokeToken, {}, token.key, {}, Tr::tr("revoke %1").arg(token.name)});
    }
    settle(step,
           facts.tokens.isEmpty()
               ? Tr::tr("The account has no tokens.")
               : Tr::tr("Every token is verified in use by your own CI and is kept."));
    return step;
}

LockdownStep removeMaintainers(const LockdownFacts &facts)
{
    LockdownStep step = emptyStep(LockdownStepKind::RemoveMaintainers);
    bool anyExpected = false;
    for (const LockdownPackage &p : facts.packages) {
        const QStringList &expected
            = p.expectedMaintainers.isEmpty() ? facts.expectedMaintainers : p.expectedMaintainers;
        if (expected.isEmpty())
            continue;
        anyExpected = true;
        QStringList unexpected;
        for (const QString &m : p.maintainers) {
            if (!expected.contains(m))
                unexpected.append(m);
        }
        if (unexpected.size() == p.maintainers.size() && !unexpected.isEmpty()) {
            step.notes.append(
                Tr::tr("%1: no expected maintainer left to keep; none removed").arg(p.name));
            continue;
        }
        for (const QString &m : std::as_const(unexpected))
            step.actions.append({Kind::RemoveMaintainer,
                                 p.name,
                                 m,
                                 {},
                                 Tr::tr("%1: remove maintainer %2").arg(p.name, m)});
    }
    if (!anyExpected) {
        step.whyNot = Tr::tr("No list of expected maintainers: TokenDesk removes no one.");
        return step;
    }
    settle(step,
           step.notes.isEmpty()
               ? Tr::tr("Every maintainer is expected.")
               : Tr::tr("No expected maintainer would be left: add one first, then "
                        "remove the others."));
    return step;
}

LockdownStep rejectStaged(const LockdownFacts &facts)
{
    LockdownStep step = emptyStep(LockdownStepKind::RejectStaged);
    for (const LockdownPackage &p : facts.packages) {
        for (const LockdownStagedVersion &s : p.staged)
            step.actions.append({Kind::RejectStaged, p.name, s.stageId, s.version,
                                 Tr::tr("%1: reject staged %2").arg(p.name, s.version)});
    }
    settle(step, Tr::tr("No staged version is pending."));
    return step;
}

LockdownStep moveDistTags(const LockdownFacts &facts)
{
    LockdownStep step = emptyStep(LockdownStepKind::MoveDistTags);
    for (const LockdownPackage &p : facts.packages) {
        for (auto it = p.distTags.cbegin(); it != p.distTags.cend(); ++it) {
            if (!p.badVersions.contains(it.value()))
                continue;
            if (p.lastGoodVersion.isEmpty()) {
                step.notes.append(Tr::tr("%1: %2 points at %3 but no good version is known")
                                      .arg(p.name, it.key(), it.value()));
                continue;
            }
            step.actions.append({Kind::SetDistTag, p.name, it.key(), p.lastGoodVersion,
                                 Tr::tr("%1: %2 → %3").arg(p.name, it.key(), p.lastGoodVersion)});
        }
    }
    settle(step,
           step.notes.isEmpty() ? Tr::tr("No dist-tag points at a bad version.")
                                : Tr::tr("No good version to move the tags to."));
    return step;
}

LockdownStep deprecate(const LockdownFacts &facts)
{
    LockdownStep step = emptyStep(LockdownStepKind::Deprecate);
    for (const LockdownPackage &p : facts.packages) {
        const QString message = !facts.deprecationMessage.isEmpty()
            ? facts.deprecationMessage
            : (p.lastGoodVersion.isEmpty()
                   ? Tr::tr("Compromised release, published without the maintainers' consent. "
                            "Do not use.")
                   : Tr::tr("Compromised release, published without the maintainers' consent. "
                            "Use %1.")
                         .arg(p.lastGoodVersion));
        for (const QString &v : p.badVersions)
            if (!p.deprecatedBadVersions.contains(v))
                step.actions.append({Kind::Deprecate, p.name, v, message,
                                     Tr::tr("%1@%2: deprecate").arg(p.name, v)});
    }
    const bool anyBad
        = std::any_of(facts.packages.cbegin(), facts.packages.cend(),
                      [](const LockdownPackage &p) { return !p.badVersions.isEmpty(); });
    settle(step,
           anyBad ? Tr::tr("Every bad version is already deprecated.")
                  : Tr::tr("No bad version is known."));
    return step;
}

LockdownStep unpublish(const LockdownFacts &facts)
{
    LockdownStep step = emptyStep(LockdownStepKind::Unpublish);
    step.ticked = false; // never by default: it destroys the evidence and breaks installs
    QStringList reasons;
    for (const LockdownPackage &p : facts.packages) {
        for (const QString &v : p.badVersions) {
            const QDateTime at = p.publishedAt.value(v);
            QString why;
            if (!at.isValid())
                why = Tr::tr("%1@%2: its publish time is unknown").arg(p.name, v);
            else if (at.secsTo(facts.now) >= kUnpublishWindowSeconds)
                why = Tr::tr("%1@%2: published more than 72 hours ago").arg(p.name, v);
            else if (!p.hasDependents)
                why = Tr::tr("%1@%2: TokenDesk cannot tell whether other packages depend on it")
                          .arg(p.name, v);
            else if (*p.hasDependents)
                why = Tr::tr("%1@%2: other packages depend on it").arg(p.name, v);
            if (!why.isEmpty()) {
                reasons.append(why);
                continue;
            }
            step.actions.append(
                {Kind::Unpublish, p.name, v, {}, Tr::tr("npm unpublish %1@%2").arg(p.name, v)});
        }
    }
    if (step.actions.isEmpty() && !reasons.isEmpty())
        step.whyNot = Tr::tr("npm's rules do not allow it (%1). Deprecate and report instead.")
                          .arg(reasons.join(QStringLiteral("; ")));
    else
        step.notes = reasons;
    settle(step, Tr::tr("No bad version is known."));
    return step;
}
} // namespace td::lockdownsteps
