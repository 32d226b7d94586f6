// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/MigrationStage.h"

#include <array>
#include <utility>

namespace td {

namespace {
// The one table between the stages and their journal ids.
constexpr std::array<std::pair<MigrationStage, const char *>, 21> kStageIds{{
    {MigrationStage::Pending, "pending"},
    {MigrationStage::CreateStarted, "create:started"},
    {MigrationStage::CreateDone, "create:done"},
    {MigrationStage::StoreStarted, "store:started"},
    {MigrationStage::StoreDone, "store:done"},
    {MigrationStage::RewriteStarted, "rewrite:started"},
    {MigrationStage::RewriteDone, "rewrite:done"},
    {MigrationStage::VerifyStarted, "verify:started"},
    {MigrationStage::VerifyDone, "verify:done"},
    {MigrationStage::CiPushStarted, "ci-push:started"},
    {MigrationStage::CiPushed, "ci-pushed"},
    {MigrationStage::CiVerified, "ci-verified"},
    {MigrationStage::Grace, "grace"},
    {MigrationStage::RevokeStarted, "revoke:started"},
    {MigrationStage::Confirmed, "confirmed"},
    {MigrationStage::Done, "done"},
    {MigrationStage::RevokeDeferred, "revoke-deferred"},
    {MigrationStage::RevokeFailed, "revoke-failed"},
    {MigrationStage::Failed, "failed"},
    {MigrationStage::RolledBack, "rolled-back"},
    {MigrationStage::Skipped, "skipped"},
}};
} // namespace

QString migrationStageId(MigrationStage stage)
{
    for (const auto &[value, id] : kStageIds) {
        if (value == stage)
            return QLatin1String(id);
    }
    return {};
}

std::optional<MigrationStage> migrationStageFromId(const QString &id)
{
    for (const auto &[value, text] : kStageIds) {
        if (id == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

bool isTerminalStage(MigrationStage stage)
{
    switch (stage) {
    case MigrationStage::Done:
    case MigrationStage::RevokeDeferred:
    case MigrationStage::RevokeFailed:
    case MigrationStage::Failed:
    case MigrationStage::RolledBack:
    case MigrationStage::Skipped:
        return true;
    default:
        return false;
    }
}

} // namespace td
