// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expiry/ExpiryNotice.h"
#include "core/expiry/ExpiryThresholds.h"
#include "core/expiry/NoticeMemory.h"
#include "core/tokens/Token.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <optional>

namespace td {

class Clock;
class WakeTimer;

// Decides when to warn that a token expires: at each threshold before expiry and at expiry,
// once per token per threshold, remembered across restarts (NoticeMemory). When thresholds
// passed while TokenDesk was closed (or asleep), a token gets ONE catch-up notice for the most
// severe of them, never a burst. Between notices it sleeps on a single-shot timer until the next
// due time; a wake-up that finds nothing due (clock moved back, suspend) simply plans again.
// It only emits noticeDue(); the app decides how to show it and reports back: a notice is
// remembered only once delivered() says it reached the user (a notification server returned an
// id). undelivered() forgets it was sent, so the next replan() (the server appeared, a sync, a
// clock change) sends it again; until then it is not repeated.
class NotificationScheduler final : public QObject
{
    Q_OBJECT
public:
    // The timer is reparented to the scheduler. The memory file is loaded at once.
    NotificationScheduler(const Clock &clock, WakeTimer *timer, const QString &memoryPath,
                          QObject *parent = nullptr);

    void setThresholds(const ExpiryThresholds &thresholds);
    // Replaces one account's tokens. Tokens of that account no longer listed (revoked, rotated
    // away) lose their pending notices. May emit catch-up notices at once.
    void setTokens(const QString &accountId, const QList<Token> &tokens);
    // A token revoked or replaced by rotation: no notice for it, ever again.
    void cancel(const QString &tokenKey);
    // Re-check now, e.g. after resume from suspend or a wall-clock change.
    void replan();
    // The answer to noticeDue(): shown (remember it across restarts) or not (send it again on
    // the next replan).
    void delivered(const td::ExpiryNotice &notice);
    void undelivered(const td::ExpiryNotice &notice);

    QDateTime nextWakeUp() const { return m_nextWakeUp; } // invalid = nothing planned
    // Expired longer than this before TokenDesk first sees it: no notice (old news).
    void setStaleAfter(std::chrono::seconds staleAfter) { m_staleAfter = staleAfter; }
    // Cap on one sleep (QTimer holds at most ~24 days; shorter caps bound suspend drift).
    void setMaxSleep(std::chrono::milliseconds maxSleep) { m_maxSleep = maxSleep; }
    // The last problem loading or saving the memory file; empty when fine.
    QString memoryProblem() const { return m_memoryProblem; }

signals:
    void noticeDue(const td::ExpiryNotice &notice);

private:
    struct Watched
    {
        QString accountId;
        QString name;
        QDateTime expires;
        QDateTime created; // invalid when the registry does not say
        // A threshold the token was born inside (a 7-day token and the 7-day notice) was never
        // crossed: its notice would only repeat what the user chose a moment ago.
        bool bornInside(std::chrono::seconds threshold) const;
    };
    void evaluate();
    void saveMemory();

    const Clock &m_clock;
    WakeTimer *m_timer;
    NoticeMemory m_memory;
    ExpiryThresholds m_thresholds = ExpiryThresholds::defaults();
    QHash<QString, Watched> m_tokens; // by token key
    // Notices emitted and not yet answered, by token key: planned as if shown, never saved.
    struct InFlight
    {
        QDateTime expires;
        std::chrono::seconds threshold{};
    };
    QHash<QString, InFlight> m_inFlight;
    std::optional<std::chrono::seconds> mostSevereSent(const QString &key,
                                                       const QDateTime &expires) const;
    QDateTime m_nextWakeUp;
    std::chrono::seconds m_staleAfter = std::chrono::hours(24 * 7);
    std::chrono::milliseconds m_maxSleep = std::chrono::hours(24);
    QString m_memoryProblem;
};

} // namespace td
