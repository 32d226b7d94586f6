// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/StagedRelease.h"
#include "core/stage/StageApprovalPrompt.h"
#include "core/util/Result.h"

#include <QList>
#include <QObject>

namespace td {

class StageClient;

// Approves or rejects several staged versions one after another with one 2FA approach
// (StageApprovalPrompt: a typed code is reused while the registry accepts it, a browser approval
// per version otherwise). Give it the order from ApprovalOrder. It stops at the first failure, so
// a package is never published while a workspace dependency before it failed; the rest are
// reported as not attempted.
class StageBatch : public QObject
{
    Q_OBJECT
public:
    enum class Action { Approve, Reject };
    struct Outcome
    {
        StagedRelease release;
        bool attempted = false;
        Result<void> result;
    };

    // `userPrompt` is how the user answers 2FA (the GUI's or the terminal's); the batch's calls
    // are answered through it, wrapped so one approval serves the batch.
    StageBatch(StageClient &client, TwoFactorPrompt *userPrompt, const Clock &clock,
               QObject *parent = nullptr);

    void run(const QList<StagedRelease> &ordered, Action action);
    const QList<Outcome> &outcomes() const { return m_outcomes; }
    const StageApprovalPrompt &prompt() const { return m_prompt; }

Q_SIGNALS:
    void itemStarted(int index, int total);
    void itemFinished(int index, bool ok, const QString &message);
    void finished(bool allOk);

private:
    void next();
    void settle(Result<void> result);

    StageClient &m_client;
    StageApprovalPrompt m_prompt;
    Action m_action = Action::Approve;
    QList<Outcome> m_outcomes;
    int m_index = 0;
    bool m_retriedStaleCode = false;
};

} // namespace td
