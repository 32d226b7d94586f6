// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lockdown/LockdownPlan.h"
#include "core/util/Result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace td {

// The lockdown runner's memory across crashes: a JSON file written atomically (0600, through
// util's AtomicFile as MigrationJournal is) before and after every registry write. It holds
// package names, token keys and names, tags and versions — never a secret.
//
// Each action's state: pending -> started -> done | failed (with the error's text). A "started"
// action is one whose answer was never seen: every lockdown write is idempotent (setting access,
// a tag or a deprecation again, removing someone already removed, revoking a revoked token), so
// resuming repeats it rather than guessing.
class LockdownJournal
{
public:
    enum class State { Pending, Started, Done, Failed };

    static LockdownJournal create(const QString &path, const QList<LockdownAction> &actions,
                                  const QString &runId, const QDateTime &at);
    static Result<LockdownJournal> load(const QString &path);

    QString path() const { return m_path; }
    QString runId() const { return m_root.value(QStringLiteral("runId")).toString(); }
    int actionCount() const { return int(actions().size()); }
    LockdownAction action(int index) const;
    State state(int index) const;
    QString error(int index) const; // the failed action's message
    QDateTime finishedAt(int index) const;
    // The first action that is not done (a failed one included), or -1 when all are done.
    int nextToRun() const;
    bool isComplete() const { return nextToRun() < 0; }

    Result<void> record(int index, State state, const QString &error, const QDateTime &at);
    Result<void> save() const;

    static QString stateId(State state); // "pending", "started", "done", "failed"

    // Where the desktop and the CLI both keep their journals (the application's data folder),
    // so a lockdown that one of them left unfinished can be resumed by the other.
    static QString defaultDir();
    static QString pathFor(const QString &dir, const QString &runId);
    // The newest journal in `dir` with an action not done, or an empty string.
    static QString findUnfinished(const QString &dir);
    QDateTime startedAt() const;

private:
    QJsonArray actions() const { return m_root.value(QStringLiteral("actions")).toArray(); }

    QString m_path;
    QJsonObject m_root;
};

} // namespace td
