// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/trust/TrustService.h"

#include "core/registry/BatchTwoFactorPrompt.h"
#include "core/registry/DelayTimer.h"
#include "core/trust/RegistryTrustBridge.h"
#include "core/util/Logging.h"

#include <QCoreApplication>

namespace td {

QList<TrustTarget> trustTargetsFrom(const QList<PackagePlan> &plans)
{
    QList<TrustTarget> targets;
    for (const PackagePlan &plan : plans) {
        if (plan.action != PackagePlan::Action::Create || plan.toCreate.isEmpty())
            continue;
        TrustTarget target{plan.packageName, plan.toCreate.constFirst(), {}};
        for (const TrustedPublisher &old : plan.differing)
            target.replaceIds << old.id;
        targets << target;
    }
    return targets;
}

QString trustStageText(TrustStage stage)
{
    switch (stage) {
    case TrustStage::Queued:
        return QCoreApplication::translate("td::TrustService", "Waiting");
    case TrustStage::Replacing:
        return QCoreApplication::translate("td::TrustService", "Removing the old configuration");
    case TrustStage::Creating:
        return QCoreApplication::translate("td::TrustService", "Creating the trust configuration");
    case TrustStage::WaitingOnRateLimit:
        return QCoreApplication::translate("td::TrustService",
                                           "Rate limited by the registry, waiting");
    case TrustStage::ReadingBack:
        return QCoreApplication::translate("td::TrustService", "Reading it back");
    case TrustStage::Verified:
        return QCoreApplication::translate("td::TrustService", "Configured and verified");
    case TrustStage::Mismatch:
        return QCoreApplication::translate("td::TrustService",
                                           "The registry holds a different configuration");
    case TrustStage::Failed:
        return QCoreApplication::translate("td::TrustService", "Failed");
    case TrustStage::Cancelled:
        break;
    }
    return QCoreApplication::translate("td::TrustService", "Cancelled");
}

TrustService::TrustService(RegistryClient &client, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_ownTimer(std::make_unique<QtDelayTimer>()),
      m_delay(m_ownTimer.get())
{ }

TrustService::~TrustService()
{
    if (m_running)
        endBatch();
}

void TrustService::setDelayTimer(DelayTimer *timer)
{
    m_delay = timer ? timer : m_ownTimer.get();
}

void TrustService::readRegistryState(const QStringList &packages, StatesDone done)
{
    struct Gather
    {
        QHash<QString, PackageRegistryState> states;
        int pending = 0;
        StatesDone done;
    };
    auto gather = std::make_shared<Gather>();
    gather->done = std::move(done);
    gather->pending = int(packages.size()) * 2;
    if (packages.isEmpty())
        return gather->done({});
    const auto oneDone = [gather] {
        if (--gather->pending == 0)
            gather->done(gather->states);
    };
    for (const QString &name : packages) {
        gather->states.insert(name, {});
        // Only a 404 means "not published yet"; any other failure is reported as such, never
        // mistaken for a missing package or an empty trust list.
        m_client.packument(name, this, [gather, name, oneDone](Result<Packument> p) {
            PackageRegistryState &state = gather->states[name];
            state.exists = p.ok();
            if (!p && p.error().code != ErrorCode::E404)
                state.readError = p.error().oneLine();
            oneDone();
        });
        m_client.listTrust(name, this, [gather, name, oneDone](Result<QList<TrustConfig>> c) {
            PackageRegistryState &state = gather->states[name];
            if (c)
                state.configs = fromRegistryConfigs(c.value());
            else if (c.error().code != ErrorCode::E404 && state.readError.isEmpty())
                state.readError = c.error().oneLine();
            oneDone();
        });
    }
}

void TrustService::apply(const QList<TrustTarget> &targets)
{
    if (m_running)
        return;
    m_targets = targets;
    m_outcomes.clear();
    for (const TrustTarget &t : targets)
        m_outcomes << TrustOutcome{t.packageName, TrustStage::Queued, {}, {}, std::nullopt, 0};
    m_running = true;
    m_cancelled = false;
    m_approvalsAsked = 0;
    // One approval for the batch, in whatever form the client's auth type gets: a code kept for
    // its window, or a first browser page asking for the 5-minute skip. Forcing codes here would
    // lock out security-key users, who can only approve in the browser.
    m_batchPrompt = std::make_unique<BatchTwoFactorPrompt>(m_userPrompt, m_client.clock());
    m_index = -1;
    settle(TrustStage::Queued); // starts the first target
}

void TrustService::cancel()
{
    m_cancelled = true;
}

void TrustService::report(TrustStage stage, const QString &detail)
{
    m_outcomes[m_index].stage = stage;
    emit stageChanged(m_index, m_targets[m_index].packageName, stage, detail);
}

// Ends the current target (if any) in `stage` and moves on after the pacing gap.
void TrustService::settle(TrustStage stage, const QString &detail)
{
    if (m_index >= 0)
        report(stage, detail);
    const bool last = m_index + 1 >= m_targets.size();
    if (last || m_cancelled) {
        for (int i = m_index + 1; i < m_targets.size(); ++i) {
            m_outcomes[i].stage = TrustStage::Cancelled;
            emit stageChanged(i, m_targets[i].packageName, TrustStage::Cancelled, {});
        }
        endBatch();
        emit finished(m_outcomes);
        return;
    }
    ++m_index;
    if (m_index == 0)
        return startTarget();
    m_delay->start(m_pacing, this, [this] { startTarget(); });
}

void TrustService::endBatch()
{
    if (m_batchPrompt)
        m_approvalsAsked = m_batchPrompt->timesAsked();
    m_batchPrompt.reset();
    m_running = false;
}

void TrustService::startTarget()
{
    m_otpRetried = false;
    // "Edit" is create + revoke, in that order: a failure part-way leaves the old config and
    // perhaps the new one, never none (npm cannot edit a config in place).
    m_pendingDeletes = int(m_targets[m_index].replaceIds.size());
    create();
}

void TrustService::fail(const Error &error)
{
    m_outcomes[m_index].error = error;
    qCInfo(lcRegistry).noquote() << "trust config for" << m_targets[m_index].packageName
                                 << "failed:" << error.codeName();
    settle(TrustStage::Failed, error.oneLine());
}

// 429 after the transport's own retries: wait and try again, a few times. A rejected code: ask
// once more (the TOTP window may have passed during a long batch).
bool TrustService::retryLater(const Error &error, std::function<void()> again)
{
    TrustOutcome &outcome = m_outcomes[m_index];
    if (error.code == ErrorCode::E429 && outcome.rateLimitWaits < m_maxRateLimitWaits) {
        // The registry's own retry-after wins over the default pause; a wait longer than the
        // pause (e.g. an hour) is reported at once with the registry's figure instead of
        // pausing for nothing and failing later.
        const auto asked = std::chrono::milliseconds(std::chrono::seconds(error.retryAfterSeconds));
        if (error.retryAfterSeconds >= 0 && asked > m_rateLimitWait)
            return false;
        const auto wait = error.retryAfterSeconds >= 0 ? asked : m_rateLimitWait;
        ++outcome.rateLimitWaits;
        const int seconds = int((wait.count() + 999) / 1000);
        report(TrustStage::WaitingOnRateLimit,
               QCoreApplication::translate("td::TrustService", "Trying again in %n second(s).",
                                           nullptr, seconds));
        m_delay->start(wait, this, std::move(again));
        return true;
    }
    if (error.code == ErrorCode::EOTP && !m_otpRetried && m_batchPrompt
        && m_batchPrompt->hasCode()) {
        m_otpRetried = true;
        m_batchPrompt->forgetCode();
        again();
        return true;
    }
    return false;
}

namespace {
// The new config exists and was verified; only the removal of the old one failed. Say so, so
// the user neither recreates the new one nor thinks the package lost its publisher.
Error oldConfigKept(Error error, const QString &package, const QString &oldId)
{
    error.message = QCoreApplication::translate("td::TrustService",
                                                "The new trusted publisher of %1 is in place, but "
                                                "the old one (%2) could not be removed: %3")
                        .arg(package, oldId, error.message);
    error.hint = QCoreApplication::translate("td::TrustService",
                                             "Remove it with 'tokendesk-cli trust revoke %1 "
                                             "--id %2'.")
                     .arg(package, oldId);
    return error;
}
} // namespace

void TrustService::deleteNext()
{
    report(TrustStage::Replacing);
    const TrustTarget &target = m_targets[m_index];
    const QString id = target.replaceIds.value(target.replaceIds.size() - m_pendingDeletes);
    m_client.deleteTrust(
        target.packageName, id, this,
        [this, id](Result<void> r) {
            if (!r && r.error().code != ErrorCode::E404) { // already gone is fine
                if (!retryLater(r.error(), [this] { deleteNext(); }))
                    fail(oldConfigKept(r.error(), m_targets[m_index].packageName, id));
                return;
            }
            if (--m_pendingDeletes > 0)
                return deleteNext();
            settle(TrustStage::Verified, m_outcomes[m_index].verification.summary());
        },
        m_batchPrompt.get());
}

namespace {
Error emptyCreateAnswer(const QString &package)
{
    return makeError(
        ErrorCode::MalformedResponse,
        QCoreApplication::translate("td::TrustService",
                                    "The registry answered the trusted-publisher request for %1 "
                                    "without the configuration it should send back, so it is not "
                                    "known whether one was created.")
            .arg(package),
        QCoreApplication::translate("td::TrustService",
                                    "List the package's trusted publishers, then try again."));
}
} // namespace

void TrustService::create()
{
    report(TrustStage::Creating);
    const TrustTarget &target = m_targets[m_index];
    m_client.createTrust(
        target.packageName, toRegistryConfig(target.config), this,
        [this](Result<QList<TrustConfig>> r) {
            if (!r) {
                // 409: a config exists already; the read-back tells whether
                // it is the one needed.
                if (r.error().code == ErrorCode::E409)
                    return readBack();
                if (!retryLater(r.error(), [this] { create(); }))
                    fail(r.error());
                return;
            }
            // A 200 that names no configuration (empty, null, []) is not
            // a success: the read-back would then call whatever is there
            // "a different trusted publisher".
            if (r.value().isEmpty())
                return fail(emptyCreateAnswer(m_targets[m_index].packageName));
            m_outcomes[m_index].createdId = r.value().constFirst().id;
            readBack();
        },
        m_batchPrompt.get());
}

void TrustService::readBack()
{
    report(TrustStage::ReadingBack);
    m_client.listTrust(m_targets[m_index].packageName, this, [this](Result<QList<TrustConfig>> r) {
        if (!r) {
            if (!retryLater(r.error(), [this] { readBack(); }))
                fail(r.error());
            return;
        }
        const TrustTarget &target = m_targets[m_index];
        TrustOutcome &outcome = m_outcomes[m_index];
        outcome.verification = TrustVerifier::verify(target.packageName, target.config,
                                                     fromRegistryConfigs(r.value()));
        if (!outcome.verification.matches()) // the old configs stay: nothing replaced them
            return settle(TrustStage::Mismatch, outcome.verification.summary());
        if (m_pendingDeletes > 0)
            return deleteNext();
        settle(TrustStage::Verified, outcome.verification.summary());
    });
}

void TrustService::checkPublishPath(const QString &package, QObject *context,
                                    std::function<void(Result<PublishPath>)> done)
{
    m_client.packument(package, context, [done = std::move(done)](Result<Packument> p) {
        if (!p)
            return done(p.error());
        done(publishPathOf(p.value()));
    });
}

void TrustService::lockDown(const QString &package, QObject *context,
                            std::function<void(Result<void>)> done)
{
    PackageAccess change;
    change.publishRequiresTfa = true;
    change.automationTokenOverridesTfa = false;
    // The user's own prompt (null: the client's), as after a batch.
    m_client.setPackageAccess(package, change, context, std::move(done), m_userPrompt);
}

} // namespace td
