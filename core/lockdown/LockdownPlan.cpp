// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lockdown/LockdownPlan.h"

#include "core/lockdown/LockdownSteps.h"

#include <QCoreApplication>

#include <array>

namespace td {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::LockdownPlan)
};

struct StepInfo
{
    LockdownStepKind kind;
    const char *id;
};
constexpr std::array<StepInfo, 8> kSteps{{
    {LockdownStepKind::RequireTwoFactor, "require-2fa"},
    {LockdownStepKind::RevokeTrust, "revoke-trust"},
    {LockdownStepKind::RevokeTokens, "revoke-tokens"},
    {LockdownStepKind::RemoveMaintainers, "remove-maintainers"},
    {LockdownStepKind::RejectStaged, "reject-staged"},
    {LockdownStepKind::MoveDistTags, "move-tags"},
    {LockdownStepKind::Deprecate, "deprecate"},
    {LockdownStepKind::Unpublish, "unpublish"},
}};

} // namespace

QString lockdownStepId(LockdownStepKind kind)
{
    for (const StepInfo &info : kSteps) {
        if (info.kind == kind)
            return QString::fromLatin1(info.id);
    }
    return {};
}

std::optional<LockdownStepKind> lockdownStepFromId(const QString &id)
{
    for (const StepInfo &info : kSteps) {
        if (id == QLatin1String(info.id))
            return info.kind;
    }
    return std::nullopt;
}

QString lockdownStepTitle(LockdownStepKind kind)
{
    switch (kind) {
    case LockdownStepKind::RequireTwoFactor:
        return Tr::tr("Require 2FA and disallow tokens");
    case LockdownStepKind::RevokeTrust:
        return Tr::tr("Revoke the abused trusted publisher");
    case LockdownStepKind::RevokeTokens:
        return Tr::tr("Revoke tokens");
    case LockdownStepKind::RemoveMaintainers:
        return Tr::tr("Remove unexpected maintainers");
    case LockdownStepKind::RejectStaged:
        return Tr::tr("Reject pending staged versions");
    case LockdownStepKind::MoveDistTags:
        return Tr::tr("Move dist-tags back to the last good version");
    case LockdownStepKind::Deprecate:
        return Tr::tr("Deprecate the bad versions");
    case LockdownStepKind::Unpublish:
        return Tr::tr("Unpublish the bad versions");
    }
    return {};
}

QJsonObject LockdownAction::toJson() const
{
    return {{QStringLiteral("kind"), int(kind)},
            {QStringLiteral("package"), package},
            {QStringLiteral("target"), target},
            {QStringLiteral("value"), value},
            {QStringLiteral("label"), label}};
}

LockdownAction LockdownAction::fromJson(const QJsonObject &json)
{
    return {Kind(json.value(QStringLiteral("kind")).toInt()),
            json.value(QStringLiteral("package")).toString(),
            json.value(QStringLiteral("target")).toString(),
            json.value(QStringLiteral("value")).toString(),
            json.value(QStringLiteral("label")).toString()};
}

LockdownPlan LockdownPlan::build(const LockdownFacts &facts)
{
    namespace steps = lockdownsteps;
    LockdownPlan plan;
    plan.m_steps
        = {steps::requireTwoFactor(facts),  steps::revokeTrust(facts),  steps::revokeTokens(facts),
           steps::removeMaintainers(facts), steps::rejectStaged(facts), steps::moveDistTags(facts),
           steps::deprecate(facts),         steps::unpublish(facts)};
    return plan;
}

const LockdownStep &LockdownPlan::step(LockdownStepKind kind) const
{
    return m_steps.at(int(kind)); // build() keeps the enum's order
}

bool LockdownPlan::skip(const QString &stepId)
{
    const auto kind = lockdownStepFromId(stepId);
    if (!kind)
        return false;
    setTicked(*kind, false);
    return true;
}

void LockdownPlan::setTicked(LockdownStepKind kind, bool ticked)
{
    m_steps[int(kind)].ticked = ticked;
}

QList<LockdownAction> LockdownPlan::runnableActions() const
{
    QList<LockdownAction> actions;
    for (const LockdownStep &step : m_steps) {
        if (step.runs() && step.kind != LockdownStepKind::Unpublish)
            actions.append(step.actions);
    }
    return actions;
}

QString LockdownPlan::describe() const
{
    QStringList lines;
    for (const LockdownStep &step : m_steps) {
        const QString mark = !step.applies ? QStringLiteral("[-]")
            : step.ticked                  ? QStringLiteral("[x]")
                                           : QStringLiteral("[ ]");
        QString line = QStringLiteral("%1 %2 (%3)")
                           .arg(mark, lockdownStepTitle(step.kind), lockdownStepId(step.kind));
        if (!step.applies)
            line += QStringLiteral(": ") + step.whyNot;
        lines.append(line);
        for (const LockdownAction &action : step.actions)
            lines.append(QStringLiteral("    ") + action.label);
        for (const QString &note : step.notes)
            lines.append(QStringLiteral("    ") + note);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace td
