// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/migration/ReplacementPlan.h"

namespace td {

// A finding and what the matcher said about it.
struct TokenUse
{
    CredentialFinding finding;
    TokenMatch match;
};

struct PlannerContext
{
    QString accountUser;            // for names: "tokendesk-jane-…"
    QStringList maintainedPackages; // the packages the user maintains
    QDateTime now;                  // from the injected clock
};

// Pure: findings + matches in, one row per token in use out (design.md §5 flow 5).
//  classic publish     -> granular read-write limited to the user's packages, or trusted
//                         publishing when every use is a CI workflow
//  classic read-only   -> granular read-only
//  classic automation  -> granular read-write bypassing 2FA + the January 2027 warning, with
//                         trusted publishing and stage-only offered
//  dead token          -> remove the line, or replace it
//  bypass-2FA publish  -> stage-only or trusted publishing suggested
//  expiring granular   -> rotate
class ReplacementPlanner
{
public:
    explicit ReplacementPlanner(PlannerContext context);

    QList<PlanRow> plan(const QList<TokenUse> &uses) const;
    // Rotation is a one-row plan: same grants, fresh expiry.
    PlanRow rotation(const Token &token, const QList<CredentialFinding> &references) const;
    // After trusted publishing (design.md §5 flow 6, clean-up): `packages` now publish through
    // OIDC, so the write tokens that served them are cut back. A write token limited to exactly
    // those packages is revoked; one that also covers other packages (or all, or a scope) is
    // replaced by one without them; read-only, revoked and unrelated tokens get no row.
    // `uses` (a survey's) supplies every token's references, so files are rewritten as well.
    QList<PlanRow> planAfterTrustedPublishing(const QList<Token> &tokens,
                                              const QStringList &packages,
                                              const QList<TokenUse> &uses) const;
    // Changes a row's action; false when it is not one of the row's choices.
    bool choose(PlanRow &row, PlanAction action) const;

    static constexpr int kExpiringSoonDays = 14;

private:
    PlanRow rowFor(const QList<TokenUse> &uses) const;
    ReplacementSpec specFor(const PlanRow &row, PlanAction action) const;
    void withoutPackages(ReplacementSpec &spec, const Token &old, const QStringList &drop) const;
    void explain(PlanRow &row) const;

    PlannerContext m_context;
};

} // namespace td
