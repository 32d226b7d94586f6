// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lockdown/LockdownRunner.h"

#include "core/registry/RegistryClient.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QPointer>

namespace td {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(td::LockdownRunner)
};

using Kind = LockdownAction::Kind;
using State = LockdownJournal::State;

// A delete the registry answers 404 after an earlier attempt whose answer was lost: it is gone.
bool isDelete(Kind kind)
{
    return kind == Kind::RevokeToken || kind == Kind::RevokeTrust || kind == Kind::RejectStaged;
}
} // namespace

LockdownRunner::LockdownRunner(RegistryClient &client, TwoFactorPrompt *userPrompt,
                               const Clock &clock, QString journalPath, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_writes(client),
      m_clock(clock),
      m_batch(userPrompt, clock),
      m_journalPath(std::move(journalPath))
{ }

Result<void> LockdownRunner::checkMachine()
{
    m_findings = m_scan ? m_scan->scan() : QList<PersistenceFinding>();
    if (m_findings.isEmpty())
        return {};
    return makeError(ErrorCode::InvalidInput,
                     Tr::tr("Lockdown stopped before revoking anything: this machine has traces "
                            "of a known worm.\n\n%1")
                         .arg(PersistenceScan::describe(m_findings)),
                     Tr::tr("Disarm what was found first, then start the lockdown again."));
}

Result<void> LockdownRunner::start(const LockdownPlan &plan, const QString &runId)
{
    if (m_running)
        return makeError(ErrorCode::InvalidInput, Tr::tr("A lockdown is already running."));
    if (Result<void> machine = checkMachine(); !machine)
        return machine;
    const QList<LockdownAction> actions = plan.runnableActions();
    if (actions.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The lockdown has nothing to do: no ticked step applies."),
                         Tr::tr("Tick at least one step that applies."));
    m_journal = LockdownJournal::create(m_journalPath, actions, runId, m_clock.now());
    if (Result<void> saved = m_journal.save(); !saved)
        return saved;
    m_running = true;
    QMetaObject::invokeMethod(this, &LockdownRunner::next, Qt::QueuedConnection);
    return {};
}

Result<void> LockdownRunner::resume()
{
    if (m_running)
        return makeError(ErrorCode::InvalidInput, Tr::tr("A lockdown is already running."));
    Result<LockdownJournal> loaded = LockdownJournal::load(m_journalPath);
    if (!loaded)
        return loaded.error();
    if (Result<void> machine = checkMachine(); !machine)
        return machine;
    m_journal = std::move(loaded).value();
    m_running = true;
    QMetaObject::invokeMethod(this, &LockdownRunner::next, Qt::QueuedConnection);
    return {};
}

void LockdownRunner::next()
{
    const int index = m_journal.nextToRun();
    if (index < 0) {
        m_running = false;
        return Q_EMIT finished(true);
    }
    const bool repeated = m_journal.state(index) == State::Started;
    if (!record(index, State::Started))
        return;
    const LockdownAction action = m_journal.action(index);
    Q_EMIT actionStarted(index, m_journal.actionCount(), action.label);
    QPointer<LockdownRunner> self(this);
    perform(action, [self, index, repeated](Result<void> result) {
        if (self)
            self->settle(index, repeated, std::move(result));
    });
}

void LockdownRunner::perform(const LockdownAction &a, RegistryClient::Callback<void> done)
{
    switch (a.kind) {
    case Kind::RequireTwoFactor:
        return m_writes.requireTwoFactorDisallowTokens(a.package, this, std::move(done), &m_batch);
    case Kind::RevokeTrust:
        return m_client.deleteTrust(a.package, a.target, this, std::move(done), &m_batch);
    case Kind::RevokeToken:
        return m_client.revokeToken(a.target, this, std::move(done), &m_batch);
    case Kind::RemoveMaintainer:
        return m_writes.removeMaintainer(a.package, a.target, this, std::move(done), &m_batch);
    case Kind::RejectStaged:
        return m_client.rejectStaged(a.target, this, std::move(done), &m_batch);
    case Kind::SetDistTag:
        return m_writes.setDistTag(a.package, a.target, a.value, this, std::move(done), &m_batch);
    case Kind::Deprecate:
        return m_writes.deprecate(a.package, {a.target}, a.value, this, std::move(done), &m_batch);
    case Kind::Unpublish:
        break;
    }
    done(makeError(ErrorCode::Unsupported, Tr::tr("TokenDesk does not unpublish."),
                   Tr::tr("Run npm unpublish yourself if npm's rules allow it.")));
}

void LockdownRunner::settle(int index, bool repeated, Result<void> result)
{
    // A reused code refused at a window edge: forget it and ask once more, as StageBatch does.
    if (!result && result.error().code == ErrorCode::EOTP && m_batch.hasCode()
        && !m_retriedStaleCode) {
        m_retriedStaleCode = true;
        m_batch.forgetCode();
        return next();
    }
    m_retriedStaleCode = false;
    const Kind kind = m_journal.action(index).kind;
    if (!result && repeated && isDelete(kind) && result.error().code == ErrorCode::E404)
        result = {}; // the lost answer's write did happen
    if (!result) {
        const QString message = result.error().oneLine();
        if (!record(index, State::Failed, message))
            return;
        Q_EMIT actionFinished(index, false, message);
        return stop();
    }
    if (!record(index, State::Done))
        return;
    Q_EMIT actionFinished(index, true, {});
    next();
}

bool LockdownRunner::record(int index, State state, const QString &error)
{
    if (Result<void> saved = m_journal.record(index, state, error, m_clock.now()); !saved) {
        // Without a journal a crash would leave the run unaccounted for: stop here.
        Q_EMIT actionFinished(index, false, saved.error().oneLine());
        stop();
        return false;
    }
    if (m_hook)
        m_hook(index, state);
    return true;
}

void LockdownRunner::stop()
{
    m_running = false;
    Q_EMIT finished(false);
}

} // namespace td
