// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stage/StageBatch.h"

#include "core/stage/StageClient.h"

#include <QPointer>

namespace td {

StageBatch::StageBatch(StageClient &client, TwoFactorPrompt *userPrompt, const Clock &clock,
                       QObject *parent)
    : QObject(parent), m_client(client), m_prompt(userPrompt, clock)
{ }

void StageBatch::run(const QList<StagedRelease> &ordered, Action action)
{
    m_action = action;
    m_index = 0;
    m_outcomes.clear();
    for (const StagedRelease &release : ordered)
        m_outcomes.append({release, false, Result<void>()});
    next();
}

void StageBatch::next()
{
    if (m_index >= m_outcomes.size()) {
        bool allOk = true;
        for (const Outcome &outcome : std::as_const(m_outcomes))
            allOk = allOk && outcome.attempted && outcome.result.ok();
        return Q_EMIT finished(allOk);
    }
    Q_EMIT itemStarted(m_index, int(m_outcomes.size()));
    m_outcomes[m_index].attempted = true;
    const QString id = m_outcomes.at(m_index).release.id;
    QPointer<StageBatch> self(this);
    auto done = [self](Result<void> result) {
        if (self)
            self->settle(std::move(result));
    };
    if (m_action == Action::Approve)
        m_client.approve(id, done, &m_prompt);
    else
        m_client.reject(id, done, &m_prompt);
}

void StageBatch::settle(Result<void> result)
{
    // A reused code refused at a window edge: forget it and ask once more, as the token batches do.
    if (!result && result.error().code == ErrorCode::EOTP && m_prompt.hasCode()
        && !m_retriedStaleCode) {
        m_retriedStaleCode = true;
        m_prompt.forgetCode();
        m_outcomes[m_index].attempted = false;
        return next();
    }
    m_retriedStaleCode = false;
    m_outcomes[m_index].result = result;
    Q_EMIT itemFinished(m_index, result.ok(), result.ok() ? QString() : result.error().oneLine());
    if (!result) {
        m_index = int(m_outcomes.size()); // stop: the rest stay "not attempted"
        return next();
    }
    ++m_index;
    next();
}

} // namespace td
