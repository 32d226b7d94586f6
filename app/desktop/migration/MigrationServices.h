// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/migration/CiPushBackend.h"
#include "core/migration/MigrationBackend.h"
#include "core/migration/MigrationSurvey.h"

#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>

namespace td {

class Clock;
class SecretClipboard;
class SecretStore;

// What the migration dialog and the rotation entry point need from the application. The app
// builds it from its signed-in RegistryClient, keychain and clock (see RegistryMigrationBackend
// and runSurvey); tests fill it with fakes.
struct MigrationServices
{
    // Scan this machine and the project folders, and plan (runSurvey with the account's tokens
    // and packages). `context` dies with the dialog: answer nothing after that.
    std::function<void(const QStringList &projectFolders, QObject *context,
                       std::function<void(Result<Survey>)> done)>
        survey;
    // The registry side of the run; npm asks for the account password on every token creation.
    std::function<std::unique_ptr<MigrationBackend>(SecretBuffer password)> makeBackend;
    SecretStore *secrets = nullptr;       // the keychain, not owned
    SecretClipboard *clipboard = nullptr; // "Copy the new token"; not owned, may be null
    const Clock *clock = nullptr;         // not owned
    QString accountId;
    QString journalPath;        // migrationJournalPath(): shared with `tokendesk-cli migrate`
    QString backupDir;          // migrationBackupDir()
    PlannerContext planner;     // user, maintained packages: for the per-row choices
    QStringList projectFolders; // scanned besides the user's config; the dialog can add more

    // Issue 15, CI secrets. Fills each row's ciTargets (the CI secrets holding its token that a
    // connected CI account can update) before the plan is shown; empty = no CI (today's
    // confirm-then-revoke). `context` dies with the dialog.
    std::function<void(QList<PlanRow> rows, const QList<TokenUse> &uses, QObject *context,
                       std::function<void(QList<PlanRow>)> done)>
        addCiTargets;
    std::shared_ptr<CiPushBackend> ciBackend; // pushes and verifies; null = no CI account
    std::chrono::seconds ciGracePeriod{600};  // the old token's life after CI holds the new one
};

} // namespace td
