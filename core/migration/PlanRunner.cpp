// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/PlanRunner.h"

#include "core/migration/ReferenceRewriter.h"
#include "core/npmconfig/TokenIdentity.h"
#include "core/secrets/SecretStore.h"
#include "core/util/Clock.h"
#include "core/util/Logging.h"

#include <QCoreApplication>

namespace td {

namespace {
QString str(const QJsonObject &row, const char *key)
{
    return row.value(QLatin1String(key)).toString();
}

bool removesLines(const QJsonObject &row)
{
    const QString action = str(row, "action");
    return action == planActionId(PlanAction::RemoveLine)
        || action == planActionId(PlanAction::Revoke);
}
} // namespace

PlanRunner::PlanRunner(MigrationBackend &backend, SecretStore &store, QString journalPath,
                       QString backupDir, QObject *parent)
    : QObject(parent),
      m_backend(backend),
      m_store(store),
      m_journalPath(std::move(journalPath)),
      m_backupDir(std::move(backupDir))
{ }

Result<void> PlanRunner::start(const QString &accountId, const QList<PlanRow> &rows,
                               const QString &runId)
{
    m_journal = MigrationJournal::create(m_journalPath, accountId, rows, runId);
    // A resumed run waits the grace this run was started with, whatever its own default.
    m_journal.setRunSetting(QStringLiteral("graceSeconds"), qint64(m_grace.count()));
    if (auto saved = m_journal.save(); !saved)
        return saved.error();
    m_oldSecrets.clear();
    for (int i = 0; i < rows.size(); ++i) {
        for (const CredentialFinding &ref : rows.at(i).references) {
            if (ref.hasSecret() && !rows.at(i).identity.sha512Key.isEmpty()
                && ref.identity.sha512Key == rows.at(i).identity.sha512Key) {
                m_oldSecrets[i] = ref.secret;
                break;
            }
        }
    }
    m_rollingBack = false;
    advance();
    return {};
}

Result<void> PlanRunner::resume()
{
    auto journal = MigrationJournal::load(m_journalPath);
    if (!journal)
        return journal.error();
    m_journal = std::move(journal).value();
    m_rollingBack = false;
    // An old token whose revoke failed after its replacement was verified is tried once more.
    m_revokeRetries = m_journal.rowsAwaitingRevokeRetry();
    advance();
    return {};
}

Result<void> PlanRunner::rollback()
{
    auto journal = MigrationJournal::load(m_journalPath);
    if (!journal)
        return journal.error();
    m_journal = std::move(journal).value();
    // Rows in "revoke-failed" are deliberately left as they are: their files already use the
    // verified replacement, and the failed DELETE may have reached the registry after all (a
    // reset after it applied the change). Putting the old token back and revoking the new one
    // could then leave a file with no working token at all, so the only way on for such a row
    // is forward: retry the revoke (resume(), confirm(), or the next plan's "revoke" row).
    m_rollingBack = true;
    advance();
    return {};
}

Result<void> PlanRunner::confirm(int row)
{
    auto journal = MigrationJournal::load(m_journalPath);
    if (!journal)
        return journal.error();
    m_journal = std::move(journal).value();
    m_rollingBack = false;
    if (row < 0 || row >= m_journal.rowCount())
        return makeError(ErrorCode::InvalidInput, tr("The migration has no row %1.").arg(row + 1));
    if (!m_journal.rowsAwaitingConfirmation().contains(row)
        && !m_journal.rowsAwaitingRevokeRetry().contains(row))
        return makeError(ErrorCode::InvalidInput,
                         tr("Row %1 is not waiting for a confirmation (it is \"%2\").")
                             .arg(row + 1)
                             .arg(m_journal.stage(row)));
    for (int i = 0; i < m_journal.rowCount(); ++i) {
        if (!MigrationJournal::isTerminal(m_journal.stage(i)))
            return makeError(ErrorCode::InvalidInput,
                             tr("Another token of this migration is half-way: resume or roll "
                                "it back first."));
    }
    // Journaled before anything happens: a crash from here on resumes the revoke.
    if (!record(row, MigrationStage::Confirmed, {{QStringLiteral("confirmed"), true}}))
        return makeError(ErrorCode::Io, m_lastError);
    revokeOld(row);
    return {};
}

QString PlanRunner::keychainKey(int row) const
{
    return SecretStore::tokenKey(m_journal.accountId(), str(m_journal.row(row), "newKey"));
}

bool PlanRunner::record(int row, MigrationStage stage, const QJsonObject &fields)
{
    if (auto written = m_journal.record(row, stage, fields); !written) {
        stop(written.error().message);
        return false;
    }
    const QString id = migrationStageId(stage);
    qCDebug(lcMigration) << "row" << row << id;
    if (m_hook)
        m_hook(row, id);
    Q_EMIT rowStageChanged(row, id);
    return true;
}

void PlanRunner::stop(const QString &error)
{
    m_lastError = error;
    m_stopped = true;
    qCWarning(lcMigration) << "migration stopped:" << redact(error);
    Q_EMIT finished(false);
}

void PlanRunner::advance()
{
    if (m_stopped)
        return;
    for (int i = 0; i < m_journal.rowCount(); ++i) {
        const std::optional<MigrationStage> stage = m_journal.stageOf(i);
        if (stage == MigrationStage::RevokeFailed && m_revokeRetries.removeOne(i)) {
            revokeOld(i); // once per resume(): a second failure ends in "revoke-failed" again
            return;
        }
        if (stage && isTerminalStage(*stage))
            continue; // an unknown stage is not: step() stops on it
        // Once the old token may be revoked there is nothing to go back to: finish instead.
        const bool pastPointOfNoReturn
            = stage == MigrationStage::RevokeStarted || stage == MigrationStage::Confirmed;
        if (m_rollingBack && stage == MigrationStage::CreateStarted)
            removeOrphan(i); // back to "pending" first, then rolled back like any other row
        else if (m_rollingBack && !pastPointOfNoReturn)
            rollbackRow(i, tr("Rolled back on request."));
        else
            step(i);
        return;
    }
    Q_EMIT finished(true);
}

void PlanRunner::step(int row)
{
    const QJsonObject r = m_journal.row(row);
    const std::optional<MigrationStage> stage = m_journal.stageOf(row);
    const bool removeOnly = removesLines(r);
    if (stage == MigrationStage::Pending)
        return removeOnly ? rewriteReferences(row) : createReplacement(row);
    if (stage == MigrationStage::CreateStarted)
        return removeOrphan(row);
    if (stage == MigrationStage::CreateDone)
        return m_secrets.count(row)
            ? storeSecret(row)
            : discardNewToken(row, MigrationStage::Pending, tr("secret lost in a crash"));
    if (stage == MigrationStage::StoreStarted) {
        // Did the keychain write land before the crash?
        return m_store.read(keychainKey(row), this, [this, row](Result<SecretBuffer> secret) {
            if (!secret)
                return discardNewToken(row, MigrationStage::Pending, secret.error().message);
            m_secrets[row] = std::move(secret).value();
            if (record(row, MigrationStage::StoreDone))
                advance();
        });
    }
    if (stage == MigrationStage::RewriteStarted && removeOnly)
        return rewriteReferences(row); // no new secret to put anywhere
    if (stage == MigrationStage::StoreDone || stage == MigrationStage::RewriteStarted)
        return withSecret(row, [this, row] { rewriteReferences(row); });
    if (stage == MigrationStage::RewriteDone || stage == MigrationStage::VerifyStarted)
        return withSecret(row, [this, row] { verify(row); });
    if (stage == MigrationStage::VerifyDone || stage == MigrationStage::CiVerified)
        return continueCi(row);
    if (stage == MigrationStage::CiPushStarted || stage == MigrationStage::CiPushed) {
        const int target = r.value(QStringLiteral("ciIndex")).toInt();
        const bool pushed = stage == MigrationStage::CiPushed;
        // A push cut short is simply sent again: writing the same value twice is harmless.
        return withSecret(row, [this, row, target, pushed] {
            pushed ? verifyCi(row, target) : pushCi(row, target);
        });
    }
    if (stage == MigrationStage::Grace)
        return waitGrace(row);
    if (stage == MigrationStage::RevokeStarted || stage == MigrationStage::Confirmed)
        return revokeOld(row);
    stop(tr("Unknown step \"%1\" in the migration journal.").arg(str(r, "stage")));
}

void PlanRunner::withSecret(int row, std::function<void()> next)
{
    if (m_secrets.count(row))
        return next();
    m_store.read(keychainKey(row), this, [this, row, next](Result<SecretBuffer> secret) {
        if (!secret)
            return stop(
                tr("The new token cannot be read from the keychain: %1 Unlock it and resume.")
                    .arg(secret.error().message));
        m_secrets[row] = std::move(secret).value();
        next();
    });
}

void PlanRunner::createReplacement(int row)
{
    const ReplacementSpec spec
        = specFromJson(m_journal.row(row).value(QStringLiteral("spec")).toObject());
    // Journaled before the request: if its answer is lost (a crash, a reset after the registry
    // applied it, a half or broken body, a stall), the name and the send time find the token.
    const QDateTime sentAt = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
    if (!record(row, MigrationStage::CreateStarted,
                {{QStringLiteral("createName"), spec.name},
                 {QStringLiteral("createStartedAt"), sentAt.toString(Qt::ISODateWithMs)}}))
        return;
    m_backend.createToken(spec, [this, row](Result<CreatedToken> created) {
        if (!created)
            return afterFailedCreate(row, created.error());
        CreatedToken token = std::move(created).value();
        const TokenIdentity identity = TokenIdentity::of(token.secret.view());
        m_secrets[row] = std::move(token.secret);
        if (record(row, MigrationStage::CreateDone,
                   {{QStringLiteral("newKey"), token.token.key},
                    {QStringLiteral("newRedacted"), identity.redacted},
                    {QStringLiteral("newSha512"), identity.sha512Key}}))
            advance();
    });
}

void PlanRunner::afterFailedCreate(int row, const Error &error)
{
    // An error does not prove that nothing was created: look the token up before the row is
    // called failed. Until that look-up worked the row stays "create:started" (resumable).
    const QString createError = error.oneLine();
    lookForOrphans(row, [this, row, createError](Result<int> removed) {
        if (!removed)
            return stopUnsureAboutOrphan(row, createError, removed.error());
        QString message = createError;
        if (removed.value() > 0)
            message += QLatin1Char(' ')
                + tr("The registry had created it anyway; %n such token(s) were revoked.", nullptr,
                     removed.value());
        if (record(row, MigrationStage::Failed,
                   {{QStringLiteral("error"), message},
                    {QStringLiteral("orphansRevoked"), removed.value()}}))
            advance();
    });
}

void PlanRunner::removeOrphan(int row)
{
    // Interrupted while the registry was creating: a token may exist whose key never reached the
    // journal. Nothing uses it; revoke it, then the row starts over from "pending".
    lookForOrphans(row, [this, row](Result<int> removed) {
        if (!removed)
            return stopUnsureAboutOrphan(
                row, m_journal.row(row).value(QStringLiteral("error")).toString(), removed.error());
        if (record(row, MigrationStage::Pending,
                   {{QStringLiteral("orphansRevoked"), removed.value()}}))
            advance();
    });
}

void PlanRunner::lookForOrphans(int row, std::function<void(Result<int>)> done)
{
    const QJsonObject r = m_journal.row(row);
    const QString name
        = r.value(QStringLiteral("spec")).toObject().value(QStringLiteral("name")).toString();
    const QDateTime since = QDateTime::fromString(str(r, "createStartedAt"), Qt::ISODateWithMs);
    QStringList known;
    for (int i = 0; i < m_journal.rowCount(); ++i) {
        for (const char *field : {"newKey", "oldKey"}) {
            const QString key = str(m_journal.row(i), field);
            if (!key.isEmpty())
                known.append(key);
        }
    }
    m_backend.removeOrphans(name, since, known, std::move(done));
}

void PlanRunner::stopUnsureAboutOrphan(int row, const QString &createError, const Error &lookUp)
{
    const QString name = str(m_journal.row(row).value(QStringLiteral("spec")).toObject(), "name");
    const QString message = createError.isEmpty()
        ? tr("Whether the registry created the new token \"%1\" could not be checked (%2); "
             "nothing uses it yet. Resume when the registry answers again, to find and revoke "
             "it.")
              .arg(name, lookUp.oneLine())
        : tr("Creating the new token \"%1\" failed (%2), and whether the registry created it "
             "anyway could not be checked (%3). Resume when the registry answers again, to "
             "find and revoke it.")
              .arg(name, createError, lookUp.oneLine());
    if (record(row, MigrationStage::CreateStarted,
               {{QStringLiteral("error"), message}, {QStringLiteral("orphanRisk"), name}}))
        stop(message);
}

void PlanRunner::storeSecret(int row)
{
    if (!record(row, MigrationStage::StoreStarted))
        return;
    m_store.write(keychainKey(row), m_secrets.at(row), this, [this, row](Result<void> stored) {
        if (!stored)
            return discardNewToken(
                row, MigrationStage::Failed,
                tr("The keychain did not take the new token: %1").arg(stored.error().oneLine()));
        if (record(row, MigrationStage::StoreDone))
            advance();
    });
}

void PlanRunner::rewriteReferences(int row)
{
    const QJsonObject r = m_journal.row(row);
    const bool removeOnly = removesLines(r);
    QJsonArray files = r.value(QStringLiteral("files")).toArray();
    for (int f = 0; f < files.size(); ++f) {
        QJsonObject file = files.at(f).toObject();
        const QString backup = QStringLiteral("%1/%2-row%3-file%4.npmrc")
                                   .arg(m_backupDir, m_journal.path().section(QLatin1Char('/'), -1))
                                   .arg(row)
                                   .arg(f);
        const SecretBuffer *secret = removeOnly ? nullptr : &m_secrets.at(row);
        auto prepared = prepareRewrite(str(file, "path"), str(r, "oldSha512"), secret,
                                       str(file, "before"), str(file, "after"));
        if (!prepared)
            return rollbackRow(row, prepared.error().oneLine());
        if (prepared.value().alreadyDone)
            continue;
        file.insert(QStringLiteral("before"), prepared.value().beforeSha256);
        file.insert(QStringLiteral("after"), prepared.value().afterSha256);
        file.insert(QStringLiteral("backup"), backup);
        files[f] = file;
        // Journal first: a crash after this line finds the file either still "before" (redo)
        // or already "after" (skip) — the atomic replace allows nothing in between.
        if (!record(row, MigrationStage::RewriteStarted, {{QStringLiteral("files"), files}}))
            return;
        const QString wasMode = unixModeOf(str(file, "path"));
        if (auto saved = prepared.value().document.save(backup); !saved)
            return rollbackRow(row, saved.error().oneLine());
        // A file that holds a token is the owner's alone; say so when that was not the case.
        if (prepared.value().document.holdsSecret()) {
            if (auto tightened = makeOwnerOnly(str(file, "path")); !tightened)
                return rollbackRow(row, tightened.error().oneLine());
            if (wasMode != unixModeOf(str(file, "path"))) {
                file.insert(QStringLiteral("modeWas"), wasMode);
                files[f] = file;
            }
        }
    }
    // A dead token's line is simply gone; a token to revoke goes on to the revoke step (which
    // waits for the user's confirmation while a CI secret or variable still holds it).
    const bool revokeNext = str(r, "action") == planActionId(PlanAction::Revoke);
    const MigrationStage next = !removeOnly ? MigrationStage::RewriteDone
        : revokeNext                        ? MigrationStage::VerifyDone
                                            : MigrationStage::Done;
    if (!record(row, next, {{QStringLiteral("files"), files}}))
        return;
    advance();
}

void PlanRunner::verify(int row)
{
    if (!record(row, MigrationStage::VerifyStarted))
        return;
    m_backend.whoami(m_secrets.at(row), [this, row](Result<QString> user) {
        if (!user)
            return rollbackRow(row,
                               tr("The new token did not work (%1); nothing was revoked.")
                                   .arg(user.error().oneLine()));
        // Registry user names are lower-case and compared exactly, as npm does: a token that
        // answers as anybody else is not a replacement, whatever the registry says.
        if (!m_expectedUser.isEmpty() && user.value() != m_expectedUser) {
            const QString why
                = tr("The new token answered as \"%1\", not as \"%2\": the registry is not "
                     "behaving as expected, so the migration stopped and nothing was revoked.")
                      .arg(user.value(), m_expectedUser);
            m_haltReason = why;
            return rollbackRow(row, why);
        }
        if (record(row, MigrationStage::VerifyDone,
                   {{QStringLiteral("verifiedUser"), user.value()}}))
            advance();
    });
}

void PlanRunner::revokeOld(int row)
{
    const QJsonObject r = m_journal.row(row);
    bool ciUnverified = false;
    for (const QJsonArray cis = r.value(QStringLiteral("ci")).toArray(); const QJsonValue &ci : cis)
        ciUnverified
            |= ci.toObject().value(QStringLiteral("state")).toString() != QLatin1String("verified");
    // A CI secret nobody could update (no sign-in for its service) is a manual reference too.
    const bool waitForUser = (r.value(QStringLiteral("manualReferences")).toBool() || ciUnverified)
        && !r.value(QStringLiteral("confirmed")).toBool();
    if (waitForUser || str(r, "oldKey").isEmpty()) {
        if (record(row, MigrationStage::RevokeDeferred))
            advance();
        return;
    }
    if (!record(row, MigrationStage::RevokeStarted))
        return;
    m_backend.revokeToken(str(r, "oldKey"), [this, row](Result<void> revoked) {
        const bool gone = revoked.ok() || revoked.error().code == ErrorCode::E404;
        // The references already use the verified new token, so a failed revoke leaves a
        // working state; the user can revoke the old token later.
        if (record(row, gone ? MigrationStage::Done : MigrationStage::RevokeFailed,
                   gone ? QJsonObject{}
                        : QJsonObject{{QStringLiteral("error"), revoked.error().oneLine()}}))
            advance();
    });
}

void PlanRunner::discardNewToken(int row, MigrationStage nextStage, const QString &reason)
{
    const QJsonObject r = m_journal.row(row);
    const QString key = str(r, "newKey");
    QJsonObject fields{{QStringLiteral("error"), reason}};
    if (m_journal.stageOf(row) == MigrationStage::CreateStarted) {
        // Interrupted while the registry was creating: a token may exist that nobody knows.
        fields.insert(QStringLiteral("orphanRisk"),
                      r.value(QStringLiteral("spec")).toObject().value(QStringLiteral("name")));
    }
    m_secrets.erase(row);
    auto finish = [this, row, nextStage](const QJsonObject &recorded) {
        if (!record(row, nextStage, recorded))
            return;
        if (!m_haltReason.isEmpty())
            return stop(m_haltReason);
        advance();
    };
    if (key.isEmpty())
        return finish(fields);
    m_backend.revokeToken(key, [this, row, key, fields, finish](Result<void> revoked) mutable {
        if (!revoked && revoked.error().code != ErrorCode::E404) {
            // Never lose it: its keychain entry (if any) stays, and the row names exactly what to
            // revoke and how.
            const QString name
                = str(m_journal.row(row).value(QStringLiteral("spec")).toObject(), "name");
            fields.insert(QStringLiteral("newTokenLeft"), key);
            fields.insert(
                QStringLiteral("error"),
                QString(
                    fields.value(QStringLiteral("error")).toString() + QLatin1Char(' ')
                    + tr("The new token \"%1\" (id %2) could not be revoked (%3); revoke it with "
                         "'tokendesk-cli token revoke %2'.")
                          .arg(name, key, revoked.error().oneLine())));
            if (!m_haltReason.isEmpty())
                m_haltReason = fields.value(QStringLiteral("error")).toString();
            return finish(fields);
        }
        m_store.remove(keychainKey(row), this, [finish, fields](Result<void>) { finish(fields); });
    });
}

void PlanRunner::rollbackRow(int row, const QString &reason)
{
    const QJsonArray files = m_journal.row(row).value(QStringLiteral("files")).toArray();
    QStringList problems;
    for (const QJsonValue &value : files) {
        const QJsonObject file = value.toObject();
        if (auto restored = restoreFromBackup(str(file, "path"), str(file, "backup"),
                                              str(file, "before"), str(file, "after"));
            !restored)
            problems.append(restored.error().message);
    }
    const QString message
        = problems.isEmpty() ? reason : reason + QLatin1Char(' ') + problems.join(QLatin1Char(' '));
    const MigrationStage nextStage
        = m_rollingBack ? MigrationStage::RolledBack : MigrationStage::Failed;
    // The files hold the old token again; so must every CI secret the new one was pushed to.
    restoreCi(row, [this, row, nextStage, message](QStringList stillNew) {
        if (stillNew.isEmpty())
            return discardNewToken(row, nextStage, message);
        // The old value is not known here, so those stores keep the new token: it stays valid
        // (revoking it would break them), and the row says where it is.
        const QString kept = message + QLatin1Char(' ')
            + tr("The new token was kept, because these CI secrets hold it and the old value is "
                 "not available to put back: %1. Put the old token back there, or keep the new "
                 "one and revoke the old one.")
                  .arg(stillNew.join(QStringLiteral("; ")));
        m_secrets.erase(row);
        if (!record(row, nextStage,
                    {{QStringLiteral("error"), kept},
                     {QStringLiteral("newTokenLeft"), str(m_journal.row(row), "newKey")}}))
            return;
        if (!m_haltReason.isEmpty())
            return stop(m_haltReason);
        advance();
    });
}

} // namespace td
