// SPDX-License-Identifier: GPL-3.0-or-later
// PlanRunner's CI steps (issue 15): after the replacement is verified against the registry, it is
// pushed into every CI secret of the row and verified there, one target at a time; then the old
// token stays valid for the grace period (runs already queued read the old value), and only then
// is it revoked. Undo before the revoke puts the old value back into every store it reached.
#include "core/migration/PlanRunner.h"

#include "core/npmconfig/CredentialScanner.h"
#include "core/npmconfig/NpmrcDocument.h"
#include "core/secrets/SecretStore.h"
#include "core/util/Clock.h"
#include "core/util/Logging.h"

#include <QProcessEnvironment>

namespace td {

namespace {

QJsonArray ciOf(const QJsonObject &row)
{
    return row.value(QStringLiteral("ci")).toArray();
}

QJsonArray withState(QJsonArray ci, int index, const QString &state, const QJsonObject &extra = {})
{
    QJsonObject entry = ci.at(index).toObject();
    entry.insert(QStringLiteral("state"), state);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        entry.insert(it.key(), it.value());
    ci[index] = entry;
    return ci;
}

QString labelOf(const QJsonObject &entry)
{
    if (auto target = CiSecretTarget::fromId(entry.value(QStringLiteral("target")).toString()))
        return target->label();
    return entry.value(QStringLiteral("label")).toString();
}

// The service answered and refused: the write did not happen, so the store still holds what it
// held (a lost answer, a reset or a 5xx may have written it after all).
bool refused(const Error &error)
{
    switch (error.code) {
    case ErrorCode::E401:
    case ErrorCode::E403:
    case ErrorCode::E404:
    case ErrorCode::E409:
    case ErrorCode::E422:
    case ErrorCode::E429:
    case ErrorCode::InvalidInput:
    case ErrorCode::NotFound:
    case ErrorCode::Unsupported:
    case ErrorCode::KeychainUnavailable:
    case ErrorCode::KeychainLocked:
    case ErrorCode::KeychainTimeout:
        return true;
    default:
        return false;
    }
}

std::optional<CiSecretTarget> targetOf(const QJsonObject &row, int index)
{
    return CiSecretTarget::fromId(
        ciOf(row).at(index).toObject().value(QStringLiteral("target")).toString());
}

} // namespace

QDateTime PlanRunner::now() const
{
    return m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
}

CiPushValue PlanRunner::newValue(int row) const
{
    const QJsonObject r = m_journal.row(row);
    return {std::make_shared<const SecretBuffer>(m_secrets.at(row).view()),
            r.value(QStringLiteral("newKey")).toString(),
            r.value(QStringLiteral("newRedacted")).toString()};
}

void PlanRunner::continueCi(int row)
{
    const QJsonObject r = m_journal.row(row);
    const QJsonArray ci = ciOf(r);
    const bool removeOnly
        = r.value(QStringLiteral("action")).toString() == planActionId(PlanAction::Revoke);
    if (ci.isEmpty() || removeOnly)
        return revokeOld(row);
    for (int i = 0; i < ci.size(); ++i) {
        const QJsonObject entry = ci.at(i).toObject();
        if (entry.value(QStringLiteral("state")).toString() == QLatin1String("verified"))
            continue;
        const auto target = targetOf(r, i);
        // No sign-in for this CI: the user updates it and confirms (today's way).
        if (!m_ci || !target || !m_ci->canPush(*target))
            continue;
        return withSecret(row, [this, row, i] { pushCi(row, i); });
    }
    for (const QJsonValue &entry : ci) {
        if (entry.toObject().value(QStringLiteral("state")).toString() != QLatin1String("verified"))
            return revokeOld(row); // waits for the user's confirmation ("revoke-deferred")
    }
    startGrace(row);
}

void PlanRunner::pushCi(int row, int index)
{
    const QJsonObject r = m_journal.row(row);
    const auto target = targetOf(r, index);
    if (!m_ci || !target)
        return rollbackRow(row,
                           tr("The CI secret of step %1 cannot be updated; nothing was "
                              "revoked.")
                               .arg(index + 1));
    // Journaled first: after a crash the push is sent again, and an undo knows this store may
    // hold the new token.
    if (!record(
            row, MigrationStage::CiPushStarted,
            {{QStringLiteral("ciIndex"), index},
             {QStringLiteral("ci"), withState(ciOf(r), index, QStringLiteral("push-started"))}}))
        return;
    m_ci->push(*target, newValue(row), [this, row, index, target](Result<QDateTime> pushed) {
        if (!pushed) {
            const QString why = tr("Updating %1 failed (%2); nothing was revoked.")
                                    .arg(target->label(), pushed.error().oneLine());
            // A refused write left the store as it was: nothing to put back there.
            if (refused(pushed.error())
                && !record(
                    row, MigrationStage::CiPushStarted,
                    {{QStringLiteral("ci"),
                      withState(ciOf(m_journal.row(row)), index, QStringLiteral("pending"))}}))
                return;
            return rollbackRow(row, why);
        }
        const QJsonArray ci
            = withState(ciOf(m_journal.row(row)), index, QStringLiteral("pushed"),
                        {{QStringLiteral("pushedAt"), pushed.value().toString(Qt::ISODateWithMs)}});
        if (record(row, MigrationStage::CiPushed,
                   {{QStringLiteral("ciIndex"), index}, {QStringLiteral("ci"), ci}}))
            advance();
    });
}

void PlanRunner::verifyCi(int row, int index)
{
    const QJsonObject r = m_journal.row(row);
    const auto target = targetOf(r, index);
    if (!m_ci || !target)
        return rollbackRow(row,
                           tr("The CI secret of step %1 cannot be checked; nothing was "
                              "revoked.")
                               .arg(index + 1));
    const QDateTime pushedAt = QDateTime::fromString(
        ciOf(r).at(index).toObject().value(QStringLiteral("pushedAt")).toString(),
        Qt::ISODateWithMs);
    m_ci->verify(*target, newValue(row), pushedAt, [this, row, index, target](Result<bool> ok) {
        if (!ok)
            return rollbackRow(row,
                               tr("Checking %1 failed (%2); nothing was revoked.")
                                   .arg(target->label(), ok.error().oneLine()));
        if (!ok.value())
            return rollbackRow(row,
                               tr("%1 does not hold the new token after the update; "
                                  "nothing was revoked.")
                                   .arg(target->label()));
        const QJsonArray ci
            = withState(ciOf(m_journal.row(row)), index, QStringLiteral("verified"),
                        {{QStringLiteral("verifiedAt"), now().toString(Qt::ISODateWithMs)}});
        if (record(row, MigrationStage::CiVerified,
                   {{QStringLiteral("ciIndex"), index}, {QStringLiteral("ci"), ci}}))
            advance();
    });
}

void PlanRunner::startGrace(int row)
{
    const QJsonValue chosen = m_journal.runSetting(QStringLiteral("graceSeconds"));
    const qint64 grace = chosen.isDouble() ? qint64(chosen.toDouble()) : m_grace.count();
    const QDateTime revokeAfter = now().addSecs(grace);
    if (record(row, MigrationStage::Grace,
               {{QStringLiteral("revokeAfter"), revokeAfter.toString(Qt::ISODateWithMs)}}))
        advance();
}

void PlanRunner::waitGrace(int row)
{
    const QDateTime revokeAfter = QDateTime::fromString(
        m_journal.row(row).value(QStringLiteral("revokeAfter")).toString(), Qt::ISODateWithMs);
    const qint64 left = revokeAfter.isValid() ? now().msecsTo(revokeAfter) : 0;
    if (left <= 0)
        return revokeOld(row);
    Q_EMIT graceWaiting(row, revokeAfter);
    // Checked against the clock again when the timer fires: a suspended machine or a changed
    // clock never revokes early.
    m_delay->start(std::chrono::milliseconds(left), this, [this, row] {
        if (m_stopped || m_journal.stageOf(row) != MigrationStage::Grace)
            return;
        waitGrace(row);
    });
}

void PlanRunner::withOldSecret(int row,
                               std::function<void(std::shared_ptr<const SecretBuffer>)> next)
{
    if (auto it = m_oldSecrets.find(row); it != m_oldSecrets.end() && it->second)
        return next(it->second);
    const QJsonObject r = m_journal.row(row);
    const QString oldSha = r.value(QStringLiteral("oldSha512")).toString();
    // The files were put back first, so a rewritten .npmrc holds the old token again; the
    // environment of this process may too.
    if (!oldSha.isEmpty()) {
        const CredentialScanner scanner(QProcessEnvironment::systemEnvironment());
        QList<CredentialFinding> found = scanner.scanEnvironment(QString());
        for (const QJsonArray files = r.value(QStringLiteral("files")).toArray();
             const QJsonValue &file : files) {
            auto doc
                = NpmrcDocument::load(file.toObject().value(QStringLiteral("path")).toString());
            if (doc)
                found += scanner.scanNpmrc(doc.value(), CredentialSource::ProjectConfig, QString());
        }
        for (const CredentialFinding &finding : std::as_const(found)) {
            if (finding.hasSecret() && finding.identity.sha512Key == oldSha)
                return next(finding.secret);
        }
    }
    const QString oldKey = r.value(QStringLiteral("oldKey")).toString();
    if (oldKey.isEmpty())
        return next(nullptr);
    // A token TokenDesk made keeps its secret in the keychain.
    m_store.read(SecretStore::tokenKey(m_journal.accountId(), oldKey), this,
                 [next](Result<SecretBuffer> secret) {
                     if (!secret)
                         return next(nullptr);
                     next(std::make_shared<const SecretBuffer>(std::move(secret).value()));
                 });
}

void PlanRunner::restoreCi(int row, std::function<void(QStringList)> done)
{
    bool touched = false;
    for (const QJsonArray cis = ciOf(m_journal.row(row)); const QJsonValue &entry : cis) {
        const QString state = entry.toObject().value(QStringLiteral("state")).toString();
        touched |= state != QLatin1String("pending") && state != QLatin1String("restored");
    }
    if (!touched)
        return done({});
    withOldSecret(row, [this, row, done](std::shared_ptr<const SecretBuffer> old) {
        restoreCiTarget(row, 0, std::move(old), done, {});
    });
}

void PlanRunner::restoreCiTarget(int row, int index, std::shared_ptr<const SecretBuffer> old,
                                 std::function<void(QStringList)> done, QStringList stillNew)
{
    const QJsonObject r = m_journal.row(row);
    const QJsonArray ci = ciOf(r);
    if (index >= ci.size())
        return done(stillNew);
    const QJsonObject entry = ci.at(index).toObject();
    const QString state = entry.value(QStringLiteral("state")).toString();
    const auto target = targetOf(r, index);
    auto next = [this, row, index, old, done](QStringList left) {
        restoreCiTarget(row, index + 1, old, done, std::move(left));
    };
    if (state == QLatin1String("pending") || state == QLatin1String("restored"))
        return next(stillNew);
    if (!old || !m_ci || !target) {
        stillNew.append(labelOf(entry));
        return next(stillNew);
    }
    const CiPushValue value{old, r.value(QStringLiteral("oldKey")).toString(),
                            r.value(QStringLiteral("oldRedacted")).toString()};
    m_ci->push(
        *target, value,
        [this, row, index, target, value, next, stillNew](Result<QDateTime> pushed) mutable {
            if (!pushed) {
                qCWarning(lcMigration) << "putting the old value back failed:" << target->id()
                                       << pushed.error().oneLine();
                stillNew.append(target->label());
                return next(stillNew);
            }
            // Checked like any push, so the ledger says again which token it holds.
            m_ci->verify(*target, value, pushed.value(), [](Result<bool>) {});
            // Same stage, one more log line: a crash here restores only the rest.
            const QJsonArray restored
                = withState(ciOf(m_journal.row(row)), index, QStringLiteral("restored"));
            const std::optional<MigrationStage> current = m_journal.stageOf(row);
            if (!current)
                return stop(
                    tr("Unknown step \"%1\" in the migration journal.").arg(m_journal.stage(row)));
            if (!record(row, *current, {{QStringLiteral("ci"), restored}}))
                return;
            next(stillNew);
        });
}

} // namespace td
