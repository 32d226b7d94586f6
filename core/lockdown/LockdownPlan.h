// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace td {

// What TokenDesk knows when the user responds to an alarm (filled by the caller from the watch,
// the token list, the trust configs and the stage inbox). No secrets: tokens by key and name.
struct LockdownToken
{
    QString key;  // the registry's token key (what DELETE /-/npm/v1/tokens/token/<key> takes)
    QString name; // for the list the user sees
    bool verifiedInOwnCi = false; // TokenDesk verified this token as the user's own CI's
    QString ciLabel;              // where, e.g. "GitHub acme/ui NPM_TOKEN"
    // The credential the lockdown's own writes use (a registry that lists sessions): revoking it
    // halfway would strand the rest of the plan, so it is kept and the user told to sign out.
    bool usedByThisLockdown = false;
};

struct LockdownTrustConfig
{
    QString id;          // the trust config id (oidc:<uuid>)
    QString label;       // e.g. "GitHub Actions acme/ui release.yml"
    bool abused = false; // a bad version came through it
};

struct LockdownStagedVersion
{
    QString stageId;
    QString version;
};

struct LockdownPackage
{
    QString name;
    QStringList maintainers;
    QString lastGoodVersion;
    QStringList badVersions;
    QStringList deprecatedBadVersions;    // bad versions the registry already marks deprecated
    QMap<QString, QString> distTags;      // tag -> version, as the registry has them now
    QMap<QString, QDateTime> publishedAt; // version -> publish time (for unpublish)
    std::optional<bool> hasDependents;    // other packages depend on it (nullopt: unknown)
    QList<LockdownTrustConfig> trustConfigs;
    // When TokenDesk last read them (GET /-/package/<p>/trust needs 2FA every time, so the
    // lockdown plans with what was remembered); invalid: never read, so unknown.
    QDateTime trustConfigsReadAt;
    QList<LockdownStagedVersion> staged; // pending staged versions
    // How each bad version came: its `_npmUser.trustedPublisher.oidcConfigId`, empty when it
    // was published with a token. A config whose id is here is the abused one.
    QMap<QString, QString> badVersionTrustIds;
    // The maintainers before the attack (the last good version's, or the watch's memory);
    // empty: unknown, then facts.expectedMaintainers applies.
    QStringList expectedMaintainers;
    std::optional<bool> publishRequiresTfa; // as last read (nullopt: unknown)
    std::optional<bool> tokensOverrideTfa;
};

struct LockdownFacts
{
    QList<LockdownPackage> packages;
    QStringList expectedMaintainers; // empty: unknown, so no maintainer is removed
    QList<LockdownToken> tokens;
    bool tokensKnown = false;         // the token list was read (an empty list is then real)
    bool keepVerifiedCiTokens = true; // revoke all but those verified in the user's own CI
    QString deprecationMessage;       // empty: a default naming the incident
    QDateTime now;                    // from the injected clock
};

// One registry write of the plan.
struct LockdownAction
{
    enum class Kind {
        RequireTwoFactor, // POST /-/package/<p>/access
        RevokeTrust,      // DELETE /-/package/<p>/trust/<id>
        RevokeToken,      // DELETE /-/npm/v1/tokens/token/<key>
        RemoveMaintainer, // owner rm
        RejectStaged,     // DELETE /-/stage/<id>
        SetDistTag,       // PUT /-/package/<p>/dist-tags/<tag>
        Deprecate,        // versions[v].deprecated
        Unpublish,        // left to the user: TokenDesk only says whether npm allows it
    };
    Kind kind = Kind::RequireTwoFactor;
    QString package;
    QString target; // trust id, token key, user, stage id, tag or version
    QString value;  // the tag's version, the deprecation message
    QString label;  // what the user reads, e.g. "latest → 1.1.0"

    QJsonObject toJson() const;
    static LockdownAction fromJson(const QJsonObject &json);
};

// The steps of publish-watch.md §5, in their order.
enum class LockdownStepKind {
    RequireTwoFactor,
    RevokeTrust,
    RevokeTokens,
    RemoveMaintainers,
    RejectStaged,
    MoveDistTags,
    Deprecate,
    Unpublish,
};

struct LockdownStep
{
    LockdownStepKind kind = LockdownStepKind::RequireTwoFactor;
    bool applies = false;
    bool ticked = true; // the user may untick (skip) a step that applies
    QString whyNot;     // set when it does not apply
    QStringList notes;  // e.g. the tokens kept because the user's CI uses them
    QList<LockdownAction> actions;
    bool runs() const { return applies && ticked; }
};

// "require-2fa", "revoke-trust", "revoke-tokens", "remove-maintainers", "reject-staged",
// "move-tags", "deprecate", "unpublish": the ids `tokendesk-cli lockdown --skip` takes.
QString lockdownStepId(LockdownStepKind kind);
std::optional<LockdownStepKind> lockdownStepFromId(const QString &id);
QString lockdownStepTitle(LockdownStepKind kind); // translated

class LockdownPlan
{
public:
    static LockdownPlan build(const LockdownFacts &facts);

    const QList<LockdownStep> &steps() const { return m_steps; }
    const LockdownStep &step(LockdownStepKind kind) const;
    // Unticks a step (the user skips it). False for an unknown id.
    bool skip(const QString &stepId);
    void setTicked(LockdownStepKind kind, bool ticked);
    // The writes TokenDesk makes, in order: every action of every step that applies and is
    // ticked (never an Unpublish, which is the user's own decision on npm's terms).
    QList<LockdownAction> runnableActions() const;
    // The plan as text, one step a line with its actions or why it does not apply.
    QString describe() const;

private:
    QList<LockdownStep> m_steps;
};

} // namespace td
