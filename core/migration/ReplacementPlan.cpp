// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/ReplacementPlan.h"

#include <QCoreApplication>

namespace td {

QString planActionId(PlanAction action)
{
    switch (action) {
    case PlanAction::CreateReadWrite:
        return QStringLiteral("create-read-write");
    case PlanAction::CreateReadOnly:
        return QStringLiteral("create-read-only");
    case PlanAction::CreateBypass2fa:
        return QStringLiteral("create-bypass-2fa");
    case PlanAction::CreateStageOnly:
        return QStringLiteral("create-stage-only");
    case PlanAction::Rotate:
        return QStringLiteral("rotate");
    case PlanAction::TrustedPublishing:
        return QStringLiteral("trusted-publishing");
    case PlanAction::RemoveLine:
        return QStringLiteral("remove-line");
    case PlanAction::Keep:
        return QStringLiteral("keep");
    case PlanAction::Revoke:
        return QStringLiteral("revoke");
    case PlanAction::ReplaceWithout:
        return QStringLiteral("replace-without");
    }
    return {};
}

QString planActionLabel(PlanAction action)
{
    const char *text = "";
    switch (action) {
    case PlanAction::CreateReadWrite:
        text = QT_TRANSLATE_NOOP("td::PlanAction",
                                 "Replace with a read-write token for your packages");
        break;
    case PlanAction::CreateReadOnly:
        text = QT_TRANSLATE_NOOP("td::PlanAction", "Replace with a read-only token");
        break;
    case PlanAction::CreateBypass2fa:
        text = QT_TRANSLATE_NOOP("td::PlanAction",
                                 "Replace with a read-write token that bypasses 2FA");
        break;
    case PlanAction::CreateStageOnly:
        text = QT_TRANSLATE_NOOP("td::PlanAction", "Replace with a stage-only token");
        break;
    case PlanAction::Rotate:
        text = QT_TRANSLATE_NOOP("td::PlanAction", "Rotate: same access, fresh expiry");
        break;
    case PlanAction::TrustedPublishing:
        text = QT_TRANSLATE_NOOP("td::PlanAction", "Switch CI to trusted publishing (no token)");
        break;
    case PlanAction::RemoveLine:
        text = QT_TRANSLATE_NOOP("td::PlanAction", "Remove the line");
        break;
    case PlanAction::Keep:
        text = QT_TRANSLATE_NOOP("td::PlanAction", "Keep as is");
        break;
    case PlanAction::Revoke:
        text = QT_TRANSLATE_NOOP("td::PlanAction", "Revoke: nothing needs it any more");
        break;
    case PlanAction::ReplaceWithout:
        text = QT_TRANSLATE_NOOP("td::PlanAction",
                                 "Replace with one without the trusted-publishing packages");
        break;
    }
    return QCoreApplication::translate("td::PlanAction", text);
}

bool planActionCreatesToken(PlanAction action)
{
    return action == PlanAction::CreateReadWrite || action == PlanAction::CreateReadOnly
        || action == PlanAction::CreateBypass2fa || action == PlanAction::CreateStageOnly
        || action == PlanAction::Rotate || action == PlanAction::ReplaceWithout;
}

bool planActionRemovesLines(PlanAction action)
{
    return action == PlanAction::RemoveLine || action == PlanAction::Revoke;
}

bool PlanRow::usedByCiOnly() const
{
    return !references.isEmpty()
        && std::all_of(references.cbegin(), references.cend(), [](const CredentialFinding &f) {
               return f.form == CredentialForm::CiSecret;
           });
}

bool PlanRow::hasManualReferences() const
{
    return std::any_of(references.cbegin(), references.cend(), [this](const CredentialFinding &f) {
        return !f.isRewritable() && !isCoveredByCi(f);
    });
}

bool PlanRow::isCoveredByCi(const CredentialFinding &reference) const
{
    if (reference.form != CredentialForm::CiSecret)
        return false;
    std::optional<CiProvider> provider;
    if (reference.source == CredentialSource::GitHubWorkflow)
        provider = CiProvider::GitHub;
    else if (reference.source == CredentialSource::GitLabCi)
        provider = CiProvider::GitLab;
    else if (reference.source == CredentialSource::CircleCi)
        provider = CiProvider::CircleCi;
    return provider
        && std::any_of(ciTargets.cbegin(), ciTargets.cend(), [&](const CiSecretTarget &target) {
               return target.provider() == *provider && target.name == reference.variable;
           });
}

} // namespace td
