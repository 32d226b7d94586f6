// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/ci/CiSecretLines.h"
#include "desktop/ci/RetiredClient.h"

#include "core/util/Clock.h"
#include "desktop/ci/CiTexts.h"

#include <QCoreApplication>

#include <QPointer>
#include <utility>

#include <algorithm>

namespace td {

CiSecretLines::CiSecretLines(Parts parts, QObject *parent)
    : QObject(parent), m_parts(std::move(parts))
{ }

CiSecretLines::~CiSecretLines() = default;

void CiSecretLines::refresh()
{
    ++m_generation;
    m_entries.clear();
    m_answers.clear();
    // A client may be inside its callback: delete them on the next turn.
    deleteClientsLater(std::exchange(m_clients, {}));
    Q_EMIT changed();
}

QStringList CiSecretLines::linesFor(const Token &token)
{
    if (!m_parts.targetsOf)
        return {};
    if (!m_entries.contains(token.key)) {
        QList<CiSecretTarget> known;
        const QList<CiSecretTarget> candidates = m_parts.targetsOf(token, &known);
        QList<Entry> entries;
        QStringList seen;
        const auto add = [&](const CiSecretTarget &target, bool isKnown) {
            if (seen.contains(target.id()))
                return;
            seen.append(target.id());
            Entry entry;
            entry.target = target;
            entry.known = isKnown;
            entry.connected = m_parts.accountFor && m_parts.accountFor(target).has_value();
            entries.append(entry);
        };
        for (const CiSecretTarget &target : known)
            add(target, true);
        for (const CiSecretTarget &target : candidates)
            add(target, false);
        m_entries.insert(token.key, entries);
        for (const Entry &entry : entries)
            if (entry.connected && !m_answers.contains(entry.target.id()))
                ask(entry.target);
    }
    const QDateTime now = m_parts.clock ? m_parts.clock->now() : QDateTime::currentDateTimeUtc();
    QStringList lines;
    for (const Entry &entry : m_entries.value(token.key)) {
        if (!entry.connected) {
            lines.append(ciSecretLine(entry.target, nullptr, false, now));
            continue;
        }
        const Answer answer = m_answers.value(entry.target.id());
        // A candidate (a workflow reference's possible store) appears only once its store
        // answered that it exists and holds this token; what TokenDesk itself put there (the
        // ledger) appears at once and says what became of it.
        if (!entry.known) {
            if (answer.answered && answer.error.isEmpty() && answer.state.exists
                && (!m_parts.holds || m_parts.holds(entry.target, answer.state, token)))
                lines.append(ciSecretLine(entry.target, &answer.state, true, now));
            continue;
        }
        if (answer.answered && !answer.error.isEmpty()) {
            lines.append(
                tr("%1 — could not be checked: %2").arg(entry.target.label(), answer.error));
            continue;
        }
        // Another value since TokenDesk's push: no longer this token.
        if (answer.answered && answer.state.exists && m_parts.holds
            && !m_parts.holds(entry.target, answer.state, token))
            continue;
        lines.append(
            ciSecretLine(entry.target, answer.answered ? &answer.state : nullptr, true, now));
    }
    return lines;
}

bool CiSecretLines::needsConnection(const Token &token) const
{
    const QList<Entry> entries = m_entries.value(token.key);
    return std::any_of(entries.cbegin(), entries.cend(),
                       [](const Entry &entry) { return !entry.connected; });
}

void CiSecretLines::ask(const CiSecretTarget &target)
{
    m_answers.insert(target.id(), Answer{});
    const auto account = m_parts.accountFor(target);
    if (!account || !m_parts.loadCredential || !m_parts.makeClient)
        return;
    const int generation = m_generation;
    const QString id = target.id();
    QPointer<CiSecretLines> self(this);
    const auto answer = [self, generation, id](const CiSecretState &state, const QString &error) {
        if (!self || generation != self->m_generation)
            return;
        self->m_answers.insert(id, Answer{true, state, error});
        Q_EMIT self->changed();
    };
    m_parts.loadCredential(
        *account, [self, generation, account, target, answer](Result<Credential> credential) {
            if (!self || generation != self->m_generation)
                return;
            if (!credential)
                return answer({}, credential.error().oneLine());
            auto client = self->m_parts.makeClient(*account, credential.value());
            if (!client)
                return answer({}, tr("no client for %1").arg(ciProviderLabel(account->provider)));
            CiSecretClient *raw = client.get();
            self->m_clients.push_back(std::move(client));
            raw->describe(target, [answer](Result<CiSecretState> state) {
                if (!state)
                    return answer({}, state.error().oneLine());
                answer(state.value(), {});
            });
        });
}

} // namespace td
