// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/StagedRelease.h"
#include "core/stage/StageBatch.h"
#include "desktop/stage/StagedReleaseModel.h"

#include <QObject>

namespace td {

class Clock;
class TokenSync;

// Approves or rejects staged versions in the order given (ApprovalOrder's for a batch), each
// through its account's signed-in client (TokenSync). Consecutive versions of one account go
// through one StageBatch, so they share one 2FA approach: a typed code reused while the
// registry takes it, a browser page per version otherwise. The first failure stops the run; the
// rest are reported as not attempted. A cancelled 2FA leaves its version waiting (Outcome::None).
class StageActionRunner : public QObject
{
    Q_OBJECT
public:
    using Action = StageBatch::Action;
    using Outcome = StagedReleaseModel::Outcome;

    // `prompt` is the app's 2FA prompt (not owned; outlives the runner's runs).
    StageActionRunner(TokenSync *sync, TwoFactorPrompt *prompt, const Clock &clock,
                      QObject *parent = nullptr);

    bool isRunning() const { return m_running; }
    void run(QList<StagedRelease> ordered, Action action);

Q_SIGNALS:
    void outcome(const QString &stageId, td::StagedReleaseModel::Outcome outcome,
                 const QString &message);
    void progress(int succeeded, int total);
    void finished(bool allOk);

private:
    void runChunk();
    void stop(const QList<StagedRelease> &failed, const QString &message);

    TokenSync *m_sync;
    TwoFactorPrompt *m_prompt;
    const Clock &m_clock;
    QList<StagedRelease> m_queue;
    Action m_action = Action::Approve;
    int m_done = 0;
    int m_total = 0;
    bool m_running = false;
};

} // namespace td
