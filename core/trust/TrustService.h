// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/RegistryClient.h"
#include "core/trust/TrustPlanner.h"
#include "core/trust/TrustVerifier.h"
#include "core/trust/TrustedPublisher.h"
#include "core/util/Result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace td {

class BatchTwoFactorPrompt;
class DelayTimer;
class TwoFactorPrompt;

// One package to configure: the config it needs, and the configs it replaces. npm holds up to
// 10 configs per package and cannot edit one, so "replace" is create, read back, then delete
// the old ones: a failure never leaves the package with no config at all.
struct TrustTarget
{
    QString packageName;
    TrustedPublisher config;
    QStringList replaceIds;
};

// The batch for a plan: every package planned as Create, replacing its differing configs.
QList<TrustTarget> trustTargetsFrom(const QList<PackagePlan> &plans);

enum class TrustStage {
    Queued,
    Replacing,          // deleting a replaced config, after the new one was read back
    Creating,           // POST /-/package/<name>/trust
    WaitingOnRateLimit, // 429: waiting before the next try
    ReadingBack,        // GET /-/package/<name>/trust
    Verified,           // the registry holds exactly the config (replaced ones removed)
    Mismatch,           // it holds something else (see verification)
    Failed,
    Cancelled,
};
QString trustStageText(TrustStage stage); // translated, for progress rows

struct TrustOutcome
{
    QString packageName;
    TrustStage stage = TrustStage::Queued; // final: Verified, Mismatch, Failed or Cancelled
    QString createdId;
    TrustVerification verification;
    std::optional<Error> error;
    int rateLimitWaits = 0;
};

// Creates trusted-publisher configs for a batch of packages through the RegistryClient (design
// §5 flow 6): one package at a time with a pause between writes, 429 answers waited out and
// retried, ONE second-factor approval for the whole batch (BatchTwoFactorPrompt), every config
// read back and compared field by field. Nothing blocks; progress arrives through signals.
// The batch keeps the client's auth type: code users get their first code reused inside its
// window; browser users (security keys: npmjs closed TOTP enrolment in 2025-10) see the first
// approval page as ApproveBatch, which tells them to tick "skip 2FA for the next 5 minutes".
class TrustService : public QObject
{
    Q_OBJECT
public:
    explicit TrustService(RegistryClient &client, QObject *parent = nullptr);
    ~TrustService() override;

    // The user's prompt (GUI dialog, CLI terminal). The batch wraps it while it runs.
    void setTwoFactorPrompt(TwoFactorPrompt *prompt) { m_userPrompt = prompt; }
    void setDelayTimer(DelayTimer *timer); // not owned; null = a QTimer
    void setPacing(std::chrono::milliseconds gap) { m_pacing = gap; }
    // After the transport's own 429 retries gave up: wait this long, at most this many times.
    void setRateLimitBackoff(std::chrono::milliseconds wait, int maxWaits)
    {
        m_rateLimitWait = wait;
        m_maxRateLimitWaits = maxWaits;
    }

    // Registry state for the planner: exists (packument answers) and current configs.
    using StatesDone = std::function<void(QHash<QString, PackageRegistryState>)>;
    void readRegistryState(const QStringList &packages, StatesDone done);

    void apply(const QList<TrustTarget> &targets);
    void cancel(); // stops after the request in flight
    bool isRunning() const { return m_running; }
    QList<TrustOutcome> outcomes() const { return m_outcomes; }
    // How often the user was asked for a second factor in the last batch.
    int approvalsAsked() const { return m_approvalsAsked; }

    // After set-up: did the latest release come through OIDC?
    void checkPublishPath(const QString &package, QObject *context,
                          std::function<void(Result<PublishPath>)> done);
    // "Require two-factor authentication and disallow tokens" (OIDC keeps working).
    void lockDown(const QString &package, QObject *context, std::function<void(Result<void>)> done);

signals:
    void stageChanged(int index, const QString &packageName, td::TrustStage stage,
                      const QString &detail);
    void finished(const QList<td::TrustOutcome> &outcomes);

private:
    void startTarget();
    void deleteNext();
    void create();
    void readBack();
    void settle(TrustStage stage, const QString &detail = {});
    void fail(const Error &error);
    bool retryLater(const Error &error, std::function<void()> again);
    void report(TrustStage stage, const QString &detail = {});
    void endBatch();

    RegistryClient &m_client;
    TwoFactorPrompt *m_userPrompt = nullptr;
    std::unique_ptr<DelayTimer> m_ownTimer;
    DelayTimer *m_delay;
    std::chrono::milliseconds m_pacing{500};
    std::chrono::milliseconds m_rateLimitWait{30000};
    int m_maxRateLimitWaits = 3;

    std::unique_ptr<BatchTwoFactorPrompt> m_batchPrompt;
    QList<TrustTarget> m_targets;
    QList<TrustOutcome> m_outcomes;
    int m_index = -1;
    int m_pendingDeletes = 0;
    bool m_otpRetried = false;
    bool m_running = false;
    bool m_cancelled = false;
    int m_approvalsAsked = 0;
};

} // namespace td
