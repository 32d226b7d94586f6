// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/stage/StageActionRunner.h"

#include "core/registry/RegistryClient.h"
#include "core/stage/StageClient.h"
#include "core/tokenlist/TokenSync.h"

#include <QPointer>

namespace td {

StageActionRunner::StageActionRunner(TokenSync *sync, TwoFactorPrompt *prompt, const Clock &clock,
                                     QObject *parent)
    : QObject(parent), m_sync(sync), m_prompt(prompt), m_clock(clock)
{ }

void StageActionRunner::run(QList<StagedRelease> ordered, Action action)
{
    if (m_running)
        return;
    m_running = true;
    m_queue = std::move(ordered);
    m_action = action;
    m_done = 0;
    m_total = int(m_queue.size());
    Q_EMIT progress(0, m_total);
    runChunk();
}

void StageActionRunner::stop(const QList<StagedRelease> &failed, const QString &message)
{
    for (const StagedRelease &release : failed)
        Q_EMIT outcome(release.id, Outcome::Failed, message);
    for (const StagedRelease &release : std::as_const(m_queue))
        Q_EMIT outcome(release.id, Outcome::NotAttempted, {});
    m_queue.clear();
    m_running = false;
    Q_EMIT finished(false);
}

void StageActionRunner::runChunk()
{
    if (m_queue.isEmpty()) {
        m_running = false;
        return Q_EMIT finished(true);
    }
    // Consecutive versions of one account share one client and one 2FA approach.
    QList<StagedRelease> chunk;
    const QString accountId = m_queue.constFirst().accountId;
    while (!m_queue.isEmpty() && m_queue.constFirst().accountId == accountId)
        chunk.append(m_queue.takeFirst());
    m_sync->withClient(accountId, this, [this, chunk](Result<RegistryClient *> client) {
        if (!client)
            return stop(chunk, client.error().oneLine());
        RegistryClient *registry = client.value();
        registry->setAuthType(RegistryClient::AuthType::Web);
        auto *stage = new StageClient(*registry, this);
        auto *batch = new StageBatch(*stage, m_prompt, m_clock, this);
        connect(batch, &StageBatch::itemStarted, this, [this, chunk](int index, int) {
            Q_EMIT outcome(chunk.at(index).id, Outcome::Working, {});
        });
        connect(batch, &StageBatch::itemFinished, this,
                [this, chunk, batch](int index, bool ok, const QString &message) {
                    // Cancelled 2FA: the version simply waits again, as after a cancelled revoke.
                    const bool cancelled = !ok
                        && batch->outcomes().at(index).result.error().code == ErrorCode::Cancelled;
                    const Outcome done = cancelled    ? Outcome::None
                        : !ok                         ? Outcome::Failed
                        : m_action == Action::Approve ? Outcome::Approved
                                                      : Outcome::Rejected;
                    if (ok)
                        ++m_done;
                    Q_EMIT outcome(chunk.at(index).id, done, cancelled ? QString() : message);
                    Q_EMIT progress(m_done, m_total);
                });
        connect(batch, &StageBatch::finished, this, [this, batch, stage](bool allOk) {
            for (const StageBatch::Outcome &item : batch->outcomes())
                if (!item.attempted)
                    Q_EMIT outcome(item.release.id, Outcome::NotAttempted, {});
            batch->deleteLater();
            stage->deleteLater();
            if (!allOk)
                return stop({}, {});
            runChunk();
        });
        batch->run(chunk, m_action);
    });
}

} // namespace td
