// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/MigrationJournal.h"

#include "core/util/AtomicFile.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace td {

QJsonObject specToJson(const ReplacementSpec &spec)
{
    QJsonObject json = spec.grants().toJson();
    json.insert(QStringLiteral("name"), spec.name);
    json.insert(QStringLiteral("description"), spec.description);
    json.insert(QStringLiteral("expiresDays"), spec.expiresDays);
    return json;
}

ReplacementSpec specFromJson(const QJsonObject &json)
{
    ReplacementSpec spec;
    spec.grants() = TokenGrants::fromJson(json);
    spec.name = json.value(QStringLiteral("name")).toString();
    spec.description = json.value(QStringLiteral("description")).toString();
    spec.expiresDays = json.value(QStringLiteral("expiresDays")).toInt(30);
    return spec;
}

MigrationJournal MigrationJournal::create(const QString &path, const QString &accountId,
                                          const QList<PlanRow> &rows, const QString &runId)
{
    MigrationJournal journal;
    journal.m_path = path;
    QJsonArray array;
    for (const PlanRow &row : rows) {
        QJsonArray files;
        QJsonArray manual; // what the user updates by hand before the old token is revoked
        QStringList seen;
        for (const CredentialFinding &ref : row.references) {
            if (!ref.isRewritable() && !row.isCoveredByCi(ref))
                manual.append(ref.toJson());
            if (ref.isRewritable() && !seen.contains(ref.file)) {
                seen.append(ref.file);
                files.append(QJsonObject{{QStringLiteral("path"), ref.file}});
            }
        }
        // The CI secrets the runner updates itself: pushed, verified, then the grace period.
        QJsonArray ci;
        for (const CiSecretTarget &target : row.ciTargets)
            ci.append(QJsonObject{{QStringLiteral("target"), target.id()},
                                  {QStringLiteral("label"), target.label()},
                                  {QStringLiteral("state"), QStringLiteral("pending")}});
        const bool runnable
            = planActionCreatesToken(row.action) || planActionRemovesLines(row.action);
        array.append(QJsonObject{
            {QStringLiteral("action"), planActionId(row.action)},
            {QStringLiteral("stage"),
             migrationStageId(runnable ? MigrationStage::Pending : MigrationStage::Skipped)},
            {QStringLiteral("oldKey"), row.oldToken ? row.oldToken->key : QString()},
            {QStringLiteral("oldSha512"), row.identity.sha512Key},
            {QStringLiteral("oldRedacted"), row.identity.redacted},
            // For the summary's "ci-publish: replaced, …" (a name is not a secret).
            {QStringLiteral("oldName"), row.oldToken ? row.oldToken->name : QString()},
            {QStringLiteral("manualReferences"), row.hasManualReferences()},
            {QStringLiteral("spec"), specToJson(row.spec)},
            {QStringLiteral("files"), files},
            {QStringLiteral("manual"), manual},
            {QStringLiteral("ci"), ci},
            {QStringLiteral("log"), QJsonArray()},
        });
    }
    journal.m_root = {{QStringLiteral("version"), 1},
                      {QStringLiteral("runId"), runId},
                      {QStringLiteral("accountId"), accountId},
                      {QStringLiteral("rows"), array}};
    return journal;
}

Result<MigrationJournal> MigrationJournal::load(const QString &path)
{
    auto bytes = readWholeFile(path);
    if (!bytes.ok())
        return bytes.error();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.value(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()
        || doc.object().value(QStringLiteral("version")).toInt() != 1)
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("td::MigrationJournal",
                                                     "The migration journal %1 is damaged.")
                             .arg(path));
    MigrationJournal journal;
    journal.m_path = path;
    journal.m_root = doc.object();
    return journal;
}

bool MigrationJournal::isTerminal(const QString &stage)
{
    const std::optional<MigrationStage> known = migrationStageFromId(stage);
    return known && isTerminalStage(*known);
}

bool MigrationJournal::isFinished() const
{
    for (int i = 0; i < rowCount(); ++i) {
        if (!isTerminal(stage(i)))
            return false;
    }
    return true;
}

QList<int> MigrationJournal::rowsAwaitingConfirmation() const
{
    QList<int> waiting;
    for (int i = 0; i < rowCount(); ++i) {
        if (stageOf(i) == MigrationStage::RevokeDeferred
            && !row(i).value(QStringLiteral("oldKey")).toString().isEmpty())
            waiting.append(i);
    }
    return waiting;
}

QList<int> MigrationJournal::rowsAwaitingRevokeRetry() const
{
    QList<int> failed;
    for (int i = 0; i < rowCount(); ++i) {
        if (stageOf(i) == MigrationStage::RevokeFailed
            && !row(i).value(QStringLiteral("oldKey")).toString().isEmpty())
            failed.append(i);
    }
    return failed;
}

QList<PlanRow> pendingRevokeRows(const MigrationJournal &journal)
{
    QList<PlanRow> rows;
    for (int i : journal.rowsAwaitingRevokeRetry()) {
        const QJsonObject r = journal.row(i);
        PlanRow row;
        row.pendingRevoke = true;
        row.action = PlanAction::Revoke;
        row.choices = {PlanAction::Revoke, PlanAction::Keep};
        Token old;
        old.accountId = journal.accountId();
        old.key = r.value(QStringLiteral("oldKey")).toString();
        old.redacted = r.value(QStringLiteral("oldRedacted")).toString();
        row.oldToken = old;
        row.identity.sha512Key = r.value(QStringLiteral("oldSha512")).toString();
        row.identity.redacted = old.redacted;
        row.notes.append(QCoreApplication::translate(
                             "td::MigrationJournal",
                             "revoke pending: retry — its replacement is in use, but revoking it "
                             "failed (%1)")
                             .arg(r.value(QStringLiteral("error")).toString()));
        rows.append(row);
    }
    return rows;
}

Result<void> MigrationJournal::record(int index, MigrationStage stage, const QJsonObject &fields)
{
    const QString id = migrationStageId(stage);
    QJsonArray array = rows();
    QJsonObject row = array.at(index).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        row.insert(it.key(), it.value());
    row.insert(QStringLiteral("stage"), id);
    QJsonArray log = row.value(QStringLiteral("log")).toArray();
    log.append(id);
    row.insert(QStringLiteral("log"), log);
    array[index] = row;
    m_root.insert(QStringLiteral("rows"), array);
    return save();
}

Result<void> MigrationJournal::save() const
{
    return writeFileAtomically(m_path, QJsonDocument(m_root).toJson(QJsonDocument::Indented));
}

} // namespace td
