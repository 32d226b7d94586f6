// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace td {

// Where one plan row stands, in the order PlanRunner walks it (MigrationJournal describes each).
// The journal stores each stage under its string id; the ids are a file format that journals
// written by older versions still use, so they never change.
enum class MigrationStage {
    Pending,
    CreateStarted,
    CreateDone,
    StoreStarted,
    StoreDone,
    RewriteStarted,
    RewriteDone,
    VerifyStarted,
    VerifyDone,
    CiPushStarted,
    CiPushed,
    CiVerified,
    Grace,
    RevokeStarted,
    Confirmed,
    // Terminal stages.
    Done,
    RevokeDeferred,
    RevokeFailed,
    Failed,
    RolledBack,
    Skipped,
};

// "pending", "create:started", … as written in the journal.
QString migrationStageId(MigrationStage stage);
// nullopt for an id no version of TokenDesk writes.
std::optional<MigrationStage> migrationStageFromId(const QString &id);
// The row needs nothing more from the runner (done, revoke-deferred, revoke-failed, failed,
// rolled-back, skipped).
bool isTerminalStage(MigrationStage stage);

} // namespace td
