// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/ReplacementPlanner.h"

#include "core/creation/TokenPolicy.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace td {

namespace {

// Tokens are grouped by what identifies them best: the registry key, else the secret's hash,
// else (CI secrets, unset variables) the variable name.
QString groupKey(const TokenUse &use)
{
    if (use.match.token)
        return QStringLiteral("token:") + use.match.token->key;
    if (use.finding.identity.isKnown())
        return QStringLiteral("secret:") + use.finding.identity.sha512Key;
    return QStringLiteral("var:") + use.finding.registry + QLatin1Char('/') + use.finding.variable;
}

bool inScope(const QString &package, const QStringList &scopes)
{
    for (const QString &scope : scopes) {
        if (package.startsWith(scope + QLatin1Char('/')))
            return true;
    }
    return false;
}

} // namespace

ReplacementPlanner::ReplacementPlanner(PlannerContext context) : m_context(std::move(context)) { }

QList<PlanRow> ReplacementPlanner::plan(const QList<TokenUse> &uses) const
{
    // A CI workflow's secret has no value here; when a variable of the same name holds a token on
    // this machine (NPM_TOKEN exported, or ${NPM_TOKEN} in an .npmrc), the CI secret is almost
    // certainly that token, so it joins its row and must be updated before the token is revoked.
    QMap<QString, QString> groupOfVariable;
    for (const TokenUse &use : uses) {
        const bool holdsValue = use.finding.form == CredentialForm::Environment
            || use.finding.form == CredentialForm::EnvReference;
        if (holdsValue && !use.finding.variable.isEmpty()
            && (use.match.token || use.finding.identity.isKnown()))
            groupOfVariable.insert(use.finding.variable, groupKey(use));
    }
    QStringList order;
    QMap<QString, QList<TokenUse>> groups;
    for (const TokenUse &use : uses) {
        QString key = groupKey(use);
        if (use.finding.form == CredentialForm::CiSecret && !use.match.token
            && groupOfVariable.contains(use.finding.variable))
            key = groupOfVariable.value(use.finding.variable);
        if (!groups.contains(key))
            order.append(key);
        groups[key].append(use);
    }
    QList<PlanRow> rows;
    for (const QString &key : order)
        rows.append(rowFor(groups.value(key)));
    return rows;
}

PlanRow ReplacementPlanner::rowFor(const QList<TokenUse> &uses) const
{
    PlanRow row;
    // The row speaks for the use that identifies the token best (a joined CI secret has no value).
    const auto best = std::find_if(uses.cbegin(), uses.cend(), [](const TokenUse &use) {
        return use.match.token || use.finding.identity.isKnown();
    });
    const TokenUse &first = best != uses.cend() ? *best : uses.first();
    row.registry = first.finding.registry;
    row.oldToken = first.match.token;
    row.identity = first.finding.identity;
    row.outcome = first.match.outcome;
    for (const TokenUse &use : uses)
        row.references.append(use.finding);

    const bool ci = row.usedByCiOnly();
    const TokenKind kind = row.oldToken ? row.oldToken->kind : TokenKind::Unknown;
    if (row.outcome == MatchOutcome::Dead) {
        row.choices = {PlanAction::RemoveLine, PlanAction::CreateReadWrite,
                       PlanAction::CreateReadOnly, PlanAction::Keep};
    } else if (row.outcome != MatchOutcome::MatchesToken) {
        row.choices = {PlanAction::Keep};
    } else if (kind == TokenKind::ClassicPublish) {
        row.choices = ci
            ? QList<PlanAction>{PlanAction::TrustedPublishing, PlanAction::CreateReadWrite,
                                PlanAction::CreateStageOnly, PlanAction::Keep}
            : QList<PlanAction>{PlanAction::CreateReadWrite, PlanAction::CreateStageOnly,
                                PlanAction::TrustedPublishing, PlanAction::Keep};
    } else if (kind == TokenKind::ClassicReadOnly) {
        row.choices = {PlanAction::CreateReadOnly, PlanAction::Keep};
    } else if (kind == TokenKind::ClassicAutomation) {
        row.choices = {PlanAction::CreateBypass2fa, PlanAction::TrustedPublishing,
                       PlanAction::CreateStageOnly, PlanAction::Keep};
    } else if (kind == TokenKind::GranularBypass2fa) {
        row.choices = ci
            ? QList<PlanAction>{PlanAction::TrustedPublishing, PlanAction::CreateStageOnly,
                                PlanAction::Rotate, PlanAction::Keep}
            : QList<PlanAction>{PlanAction::CreateStageOnly, PlanAction::TrustedPublishing,
                                PlanAction::Rotate, PlanAction::Keep};
    } else if (row.oldToken && row.oldToken->hasExpiry()
               && m_context.now.daysTo(row.oldToken->expires) <= kExpiringSoonDays) {
        row.choices = {PlanAction::Rotate, PlanAction::Keep};
    } else {
        row.choices = {PlanAction::Keep, PlanAction::Rotate};
    }
    choose(row, row.choices.first());
    return row;
}

PlanRow ReplacementPlanner::rotation(const Token &token,
                                     const QList<CredentialFinding> &references) const
{
    PlanRow row;
    row.oldToken = token;
    row.outcome = MatchOutcome::MatchesToken;
    row.references = references;
    if (!references.isEmpty()) {
        row.registry = references.first().registry;
        row.identity = references.first().identity;
    }
    row.choices = {PlanAction::Rotate};
    choose(row, PlanAction::Rotate);
    return row;
}

QList<PlanRow> ReplacementPlanner::planAfterTrustedPublishing(const QList<Token> &tokens,
                                                              const QStringList &packages,
                                                              const QList<TokenUse> &uses) const
{
    QList<PlanRow> rows;
    for (const Token &token : tokens) {
        if (!token.canWrite() || token.isRevoked())
            continue;
        // Classic write tokens reach every package the user may publish.
        const bool everything = token.allPackages || token.isClassic();
        QStringList served;
        for (const QString &package : packages) {
            if (everything || token.packages.contains(package) || inScope(package, token.scopes))
                served.append(package);
        }
        if (served.isEmpty())
            continue;
        // What the token would still be needed for; for an all-packages token that is the
        // user's other packages, when the planner knows them.
        const bool othersKnown = !everything || !m_context.maintainedPackages.isEmpty();
        QStringList others;
        for (const QString &package : everything ? m_context.maintainedPackages : token.packages) {
            if (!served.contains(package))
                others.append(package);
        }
        const bool onlyThose = othersKnown && token.scopes.isEmpty() && others.isEmpty();

        PlanRow row;
        row.oldToken = token;
        row.outcome = MatchOutcome::MatchesToken;
        row.dropPackages = served;
        for (const TokenUse &use : uses) {
            const bool matched = use.match.token && use.match.token->key == token.key;
            if (matched || use.finding.identity.sha512Key == token.key)
                row.references.append(use.finding);
        }
        if (!row.references.isEmpty()) {
            row.registry = row.references.first().registry;
            row.identity = row.references.first().identity;
        } else {
            row.identity.redacted = token.redacted;
        }
        if (onlyThose)
            row.choices = {PlanAction::Revoke, PlanAction::Keep};
        else if (othersKnown)
            row.choices = {PlanAction::ReplaceWithout, PlanAction::Revoke, PlanAction::Keep};
        else
            row.choices = {PlanAction::Keep, PlanAction::Revoke}; // cannot list "the others"
        choose(row, row.choices.first());
        rows.append(row);
    }
    return rows;
}

bool ReplacementPlanner::choose(PlanRow &row, PlanAction action) const
{
    if (!row.choices.contains(action))
        return false;
    row.action = action;
    row.spec = specFor(row, action);
    explain(row);
    return true;
}

void ReplacementPlanner::withoutPackages(ReplacementSpec &spec, const Token &old,
                                         const QStringList &drop) const
{
    // A named copy, so the list shows which token it replaced.
    spec.name = old.name.isEmpty() ? spec.name : old.name + QStringLiteral(" (no OIDC packages)");
    if (old.allPackages || old.isClassic()) {
        // "All packages but these" does not exist: list the user's other packages instead.
        spec.allPackages = false;
        spec.packages = m_context.maintainedPackages;
    }
    spec.packages.removeIf([&](const QString &package) { return drop.contains(package); });
    if (old.isClassic()) {
        spec.packagesPermission = Permission::ReadWrite;
        spec.bypass2fa = old.kind == TokenKind::ClassicAutomation;
    }
}

ReplacementSpec ReplacementPlanner::specFor(const PlanRow &row, PlanAction action) const
{
    ReplacementSpec spec;
    const QString date = m_context.now.toString(QStringLiteral("yyyy-MM-dd"));
    spec.name = QStringLiteral("tokendesk-%1-%2").arg(planActionId(action), date);
    spec.description = row.oldToken && !row.oldToken->name.isEmpty()
        ? QCoreApplication::translate("td::ReplacementPlanner",
                                      "Replaces \"%1\" (created by TokenDesk on %2)")
              .arg(row.oldToken->name, date)
        : QCoreApplication::translate("td::ReplacementPlanner", "Created by TokenDesk on %1")
              .arg(date);
    spec.packages = m_context.maintainedPackages;
    spec.allPackages = spec.packages.isEmpty();
    switch (action) {
    case PlanAction::CreateReadWrite:
        spec.packagesPermission = Permission::ReadWrite;
        spec.expiresDays = 30;
        break;
    case PlanAction::CreateStageOnly:
        spec.packagesPermission = Permission::ReadWriteStageOnly;
        spec.expiresDays = 90;
        break;
    case PlanAction::CreateBypass2fa:
        spec.packagesPermission = Permission::ReadWrite;
        spec.bypass2fa = true;
        spec.expiresDays = 90;
        break;
    case PlanAction::CreateReadOnly:
        // Installs need every package the token can see, not just the user's own.
        spec.packagesPermission = Permission::ReadOnly;
        spec.allPackages = true;
        spec.packages.clear();
        spec.expiresDays = 90;
        break;
    case PlanAction::Rotate:
    case PlanAction::ReplaceWithout:
        if (row.oldToken) {
            const Token &old = *row.oldToken;
            spec.name = old.name;
            spec.description = old.description;
            spec.grants() = old.grants();
            // Same lifetime as before, within npm's limits (write: at most 90 days).
            const qint64 lifetime = old.created.isValid() && old.expires.isValid()
                ? old.created.daysTo(old.expires)
                : 30;
            spec.expiresDays = int(qBound(qint64(1), lifetime, qint64(old.canWrite() ? 90 : 365)));
            if (action == PlanAction::ReplaceWithout)
                withoutPackages(spec, old, row.dropPackages);
        }
        break;
    default:
        break;
    }
    return spec;
}

void ReplacementPlanner::explain(PlanRow &row) const
{
    row.warnings.clear();
    row.notes.clear();
    const TokenKind kind = row.oldToken ? row.oldToken->kind : TokenKind::Unknown;
    if (row.action == PlanAction::CreateBypass2fa
        || (kind == TokenKind::GranularBypass2fa && row.action == PlanAction::Keep))
        row.warnings.append(QCoreApplication::translate(
            "td::ReplacementPlanner",
            "Publishing directly with tokens that bypass 2FA ends in January 2027. Use trusted "
            "publishing for CI, or a stage-only token and approve releases with 2FA."));
    // The replacement is checked by the rules the wizard's tokens are: what npm would refuse is
    // said in the plan, before anything runs.
    if (planActionCreatesToken(row.action)) {
        for (const TokenPolicy::GrantIssue &issue : TokenPolicy().grantIssues(row.spec))
            row.warnings.append(issue.message);
    }
    if (kind == TokenKind::ClassicAutomation || kind == TokenKind::ClassicPublish
        || kind == TokenKind::ClassicReadOnly)
        row.notes.append(QCoreApplication::translate(
            "td::ReplacementPlanner",
            "Classic tokens were revoked by npm in December 2025; a registry that still accepts "
            "this one is not npmjs."));
    if (row.action == PlanAction::TrustedPublishing)
        row.notes.append(QCoreApplication::translate(
            "td::ReplacementPlanner",
            "Set up trusted publishing in the trusted publishing wizard; then "
            "remove the CI secret."));
    for (const CredentialFinding &ref : row.references) {
        if (ref.isRewritable() || row.action == PlanAction::Keep)
            continue;
        if (ref.form == CredentialForm::CiSecret)
            row.notes.append(
                QCoreApplication::translate("td::ReplacementPlanner",
                                            "Update the CI secret %1 (%2:%3) with the new token.")
                    .arg(ref.variable, ref.file)
                    .arg(ref.line));
        else if (ref.form == CredentialForm::EnvReference
                 || ref.form == CredentialForm::Environment)
            row.notes.append(QCoreApplication::translate(
                                 "td::ReplacementPlanner",
                                 "Update the environment variable %1 with the new token.")
                                 .arg(ref.variable));
        else
            row.notes.append(
                QCoreApplication::translate("td::ReplacementPlanner", "Update %1 by hand.")
                    .arg(ref.location()));
    }
    if (row.hasManualReferences()
        && (planActionCreatesToken(row.action) || row.action == PlanAction::Revoke))
        row.notes.append(QCoreApplication::translate(
            "td::ReplacementPlanner",
            "The old token stays valid until you confirm the places above are updated."));
}

} // namespace td
