// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/migration/MigrationStage.h"
#include "core/migration/ReplacementPlan.h"
#include "core/util/Result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace td {

// The runner's memory across crashes: a JSON file written atomically (0600) before and after
// every step. It holds identities, hashes and paths — never a secret.
//
// Row stages, in order: pending, create:started, create:done, store:started, store:done,
// rewrite:started, rewrite:done, verify:started, verify:done, then per CI target (the row's "ci"
// array: target id, label, state pending|push-started|pushed|verified|restored, pushedAt)
// ci-push:started, ci-pushed, ci-verified, then grace (revokeAfter), revoke:started; and the
// terminal ones: done, revoke-deferred (manual references remain), revoke-failed, failed,
// rolled-back, skipped.
class MigrationJournal
{
public:
    static Result<MigrationJournal> load(const QString &path);
    static MigrationJournal create(const QString &path, const QString &accountId,
                                   const QList<PlanRow> &rows, const QString &runId);

    QString path() const { return m_path; }
    QString accountId() const { return m_root.value(QStringLiteral("accountId")).toString(); }
    // Settings of the whole run that a resumed run must keep (the grace period, in seconds).
    QJsonValue runSetting(const QString &key) const
    {
        return m_root.value(QStringLiteral("settings")).toObject().value(key);
    }
    void setRunSetting(const QString &key, const QJsonValue &value)
    {
        QJsonObject settings = m_root.value(QStringLiteral("settings")).toObject();
        settings.insert(key, value);
        m_root.insert(QStringLiteral("settings"), settings);
    }
    int rowCount() const { return int(rows().size()); }
    QJsonObject row(int index) const { return rows().at(index).toObject(); }
    // The stage id as written in the file (for display); stageOf() is what code decides on.
    QString stage(int index) const { return row(index).value(QStringLiteral("stage")).toString(); }
    std::optional<MigrationStage> stageOf(int index) const
    {
        return migrationStageFromId(stage(index));
    }
    bool isFinished() const;
    // Rows in "revoke-deferred" that still hold an old token to revoke after confirmation.
    QList<int> rowsAwaitingConfirmation() const;
    // Rows in "revoke-failed": the replacement is verified and in use, the old token still has to
    // be revoked (`migrate --resume`, the dialog's Retry button, or the next plan).
    QList<int> rowsAwaitingRevokeRetry() const;
    // Something is left to do: an unfinished row, or an old token whose revoke failed.
    bool hasPendingWork() const { return !isFinished() || !rowsAwaitingRevokeRetry().isEmpty(); }
    static bool isTerminal(const QString &stage); // an unknown id is not terminal

    // Sets the row's stage (and extra fields), appends to its log and writes the file.
    Result<void> record(int index, MigrationStage stage, const QJsonObject &fields = {});
    Result<void> save() const;

private:
    QJsonArray rows() const { return m_root.value(QStringLiteral("rows")).toArray(); }

    QString m_path;
    QJsonObject m_root;
};

// The old tokens whose revoke failed in `journal` (its replacement is verified and in use), as
// plan rows "revoke pending: retry", so the next plan still lists them and its run revokes them.
QList<PlanRow> pendingRevokeRows(const MigrationJournal &journal);

QJsonObject specToJson(const ReplacementSpec &spec);
ReplacementSpec specFromJson(const QJsonObject &json);

} // namespace td
