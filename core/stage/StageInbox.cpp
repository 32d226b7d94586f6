// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stage/StageInbox.h"

#include "core/registry/DelayTimer.h"
#include "core/registry/RegistryClient.h"
#include "core/util/AtomicFile.h"
#include "core/util/Clock.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include <algorithm>
#include <utility>

namespace td {

StageInbox::StageInbox(StageAccountSource &source, const Clock &clock, DelayTimer &timer,
                       QString rememberFile, QObject *parent)
    : QObject(parent),
      m_source(source),
      m_clock(clock),
      m_timer(timer),
      m_rememberFile(std::move(rememberFile))
{
    loadRemembered();
}

int StageInbox::waitingCount() const
{
    return int(std::count_if(m_releases.cbegin(), m_releases.cend(),
                             [](const StagedRelease &r) { return !r.isPlaceholder(); }));
}

void StageInbox::start()
{
    m_started = true;
    pollNow();
}

void StageInbox::scheduleNext()
{
    if (m_timerArmed)
        return;
    m_timerArmed = true;
    m_timer.start(m_interval, this, [this] {
        m_timerArmed = false;
        pollNow();
    });
}

void StageInbox::pollNow()
{
    if (m_running) {
        m_pollAgain = true; // e.g. right after an approval: its result must not wait a period
        return;
    }
    m_running = true;
    m_passAccounts = m_source.accounts();
    m_pass.clear();
    m_states.clear();
    m_passComplete = true;
    m_accountsWithItems = 0;
    pollAccount(0);
}

void StageInbox::pollAccount(int index)
{
    if (index >= m_passAccounts.size())
        return finishPass();
    const Account account = m_passAccounts.at(index);
    if (!m_source.pollable(account, m_clock.now())) {
        m_passComplete = false;
        m_states.append({account.id, false,
                         QCoreApplication::translate("td::StageInbox",
                                                     "Sign in to %1 as %2 to see its staged "
                                                     "versions.")
                             .arg(account.registry.host(), account.user)});
        return pollAccount(index + 1);
    }
    RegistryClient *client = m_source.makeClient(account, this);
    QPointer<StageInbox> self(this);
    const auto failed = [self, index, client, id = account.id](const Error &error) {
        client->deleteLater();
        if (!self)
            return;
        self->m_passComplete = false;
        self->m_states.append({id, false, error.oneLine(), error.code});
        self->pollAccount(index + 1);
    };
    m_source.authorize(
        *client, account, this, [self, index, client, account, failed](Result<void> ok) {
            if (!ok)
                return failed(ok.error());
            client->listStaged(self->m_packageFilter, self,
                               [self, index, client, account, failed](auto list) {
                                   if (!list)
                                       return failed(list.error());
                                   client->deleteLater();
                                   self->m_accountsWithItems += list.value().isEmpty() ? 0 : 1;
                                   for (StagedRelease release : list.value()) {
                                       release.accountId = account.id;
                                       self->m_pass.append(release);
                                   }
                                   self->m_states.append({account.id, true, {}, {}});
                                   self->pollAccount(index + 1);
                               });
        });
}

void StageInbox::finishPass()
{
    if (m_accountsWithItems > 1) {
        std::stable_sort(
            m_pass.begin(), m_pass.end(),
            [](const StagedRelease &a, const StagedRelease &b) { return a.created > b.created; });
        QSet<QString> seen;
        m_pass.removeIf([&seen](const StagedRelease &r) {
            const bool again = seen.contains(r.id);
            seen.insert(r.id);
            return again;
        });
    }
    m_releases = m_pass;
    m_lastPoll = m_clock.now();
    QList<StagedRelease> fresh;
    for (auto it = m_releases.crbegin(); it != m_releases.crend(); ++it) // oldest first
        if (!it->isPlaceholder() && !m_announced.contains(it->id)) {
            m_announced.insert(it->id);
            fresh.append(*it);
        }
    // Forget ids that no longer wait, but only after a pass that saw every account.
    if (m_passComplete) {
        QSet<QString> present;
        for (const StagedRelease &r : std::as_const(m_releases))
            present.insert(r.id);
        m_announced.intersect(present);
    }
    saveRemembered();
    m_running = false;
    for (const StagedRelease &release : std::as_const(fresh))
        Q_EMIT arrived(release);
    Q_EMIT updated();
    if (std::exchange(m_pollAgain, false))
        return pollNow();
    if (m_started)
        scheduleNext();
}

void StageInbox::loadRemembered()
{
    if (m_rememberFile.isEmpty())
        return;
    const Result<QByteArray> text = readWholeFile(m_rememberFile);
    if (!text)
        return; // first run, or unreadable: announcing again is the safe side
    for (const QJsonArray entries = QJsonDocument::fromJson(text.value())
                                        .object()
                                        .value(QLatin1String("announced"))
                                        .toArray();
         const QJsonValue &id : entries)
        m_announced.insert(id.toString());
}

void StageInbox::saveRemembered()
{
    if (m_rememberFile.isEmpty())
        return;
    QStringList ids(m_announced.cbegin(), m_announced.cend());
    ids.sort();
    const QJsonObject object{{QStringLiteral("announced"), QJsonArray::fromStringList(ids)}};
    if (const Result<void> saved
        = writeFileAtomically(m_rememberFile, QJsonDocument(object).toJson(QJsonDocument::Compact));
        !saved)
        qCWarning(lcApp).noquote()
            << "cannot remember announced staged versions:" << saved.error().oneLine();
}

} // namespace td
