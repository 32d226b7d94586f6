// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/expiry/NotificationScheduler.h"

#include "core/expiry/WakeTimer.h"
#include "core/util/Clock.h"

#include <optional>

namespace td {

using std::chrono::seconds;

NotificationScheduler::NotificationScheduler(const Clock &clock, WakeTimer *timer,
                                             const QString &memoryPath, QObject *parent)
    : QObject(parent), m_clock(clock), m_timer(timer), m_memory(memoryPath)
{
    m_timer->setParent(this);
    connect(m_timer, &WakeTimer::timeout, this, &NotificationScheduler::evaluate);
    if (const Result<void> loaded = m_memory.load(); !loaded)
        m_memoryProblem = loaded.error().message;
}

void NotificationScheduler::setThresholds(const ExpiryThresholds &thresholds)
{
    m_thresholds = thresholds;
    evaluate();
}

void NotificationScheduler::setTokens(const QString &accountId, const QList<Token> &tokens)
{
    QHash<QString, Watched> kept;
    for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it)
        if (it->accountId != accountId)
            kept.insert(it.key(), *it);
    QSet<QString> listed;
    for (const Token &token : tokens) {
        listed.insert(token.key);
        if (token.hasExpiry() && !token.isRevoked())
            kept.insert(token.key,
                        Watched{accountId, token.name.isEmpty() ? token.redacted : token.name,
                                token.expires, token.created});
    }
    // Tokens this account had and no longer lists were revoked or rotated away.
    for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it)
        if (it->accountId == accountId && !listed.contains(it.key()))
            m_memory.forget(it.key());
    for (const Token &token : tokens)
        if (token.isRevoked())
            m_memory.forget(token.key);
    m_tokens = kept;
    evaluate();
}

void NotificationScheduler::cancel(const QString &tokenKey)
{
    m_tokens.remove(tokenKey);
    m_inFlight.remove(tokenKey);
    m_memory.forget(tokenKey);
    saveMemory();
    evaluate();
}

void NotificationScheduler::replan()
{
    evaluate();
}

// One pass: fire what is due (at most one notice per token), remember it, sleep until the next
// threshold of any token.
void NotificationScheduler::evaluate()
{
    const QDateTime now = m_clock.now();
    const QList<seconds> points = m_thresholds.noticePoints(); // largest first, 0 last
    QList<ExpiryNotice> due;
    QDateTime next;
    bool memoryChanged = false;

    for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it) {
        const QString &key = it.key();
        const Watched &token = *it;
        const seconds remaining(now.secsTo(token.expires));
        const std::optional<seconds> shown = mostSevereSent(key, token.expires);

        // The most severe threshold already reached, and how many reached ones were not shown.
        std::optional<seconds> reached;
        int unshownReached = 0;
        for (const seconds point : points) {
            if (remaining > point || token.bornInside(point))
                continue;
            reached = point; // points are largest first: the last match is the most severe
            if (!shown || point < *shown)
                ++unshownReached;
        }
        if (reached && (!shown || *reached < *shown)) {
            const bool stale = remaining < -m_staleAfter && !shown;
            if (!stale) {
                // Catch-up: thresholds passed unseen (app closed, asleep): one notice, the most
                // severe.
                const bool catchUp = unshownReached > 1 || remaining < *reached - seconds(60);
                due.append(ExpiryNotice{key, token.name, *reached, remaining, token.expires,
                                        expiryNoticeText(token.name, remaining), catchUp});
                // Remembered once delivered() says it reached the user.
                m_inFlight.insert(key, InFlight{token.expires, *reached});
            } else {
                m_memory.markShown(key, token.expires, *reached); // old news: never shown
                memoryChanged = true;
            }
        }

        // The next threshold of this token that is still ahead and more severe than any shown.
        const std::optional<seconds> nowShown = mostSevereSent(key, token.expires);
        for (const seconds point : points) {
            if (remaining <= point || (nowShown && point >= *nowShown) || token.bornInside(point))
                continue;
            const QDateTime at = token.expires.addSecs(-point.count());
            if (!next.isValid() || at < next)
                next = at;
            break; // the first ahead is the earliest for this token
        }
    }

    if (memoryChanged) {
        m_memory.pruneExpiredBefore(now.addSecs(-2 * m_staleAfter.count()));
        saveMemory();
    }

    m_nextWakeUp = next;
    if (next.isValid()) {
        const qint64 ms = std::max<qint64>(0, now.msecsTo(next));
        m_timer->start(std::min(std::chrono::milliseconds(ms), m_maxSleep));
    } else {
        m_timer->stop();
    }

    // Emit last: a receiver may call back into the scheduler.
    for (const ExpiryNotice &notice : std::as_const(due))
        emit noticeDue(notice);
}

bool NotificationScheduler::Watched::bornInside(seconds threshold) const
{
    // A minute of slack: the registry stamps creation and expiry from its own clock.
    constexpr seconds slack(60);
    return created.isValid() && seconds(created.secsTo(expires)) <= threshold + slack;
}

std::optional<seconds> NotificationScheduler::mostSevereSent(const QString &key,
                                                             const QDateTime &expires) const
{
    std::optional<seconds> shown = m_memory.mostSevereShown(key, expires);
    const auto flying = m_inFlight.constFind(key);
    if (flying != m_inFlight.cend() && flying->expires == expires
        && (!shown || flying->threshold < *shown))
        shown = flying->threshold;
    return shown;
}

void NotificationScheduler::delivered(const ExpiryNotice &notice)
{
    const auto flying = m_inFlight.constFind(notice.tokenKey);
    if (flying != m_inFlight.cend() && flying->expires == notice.expires
        && flying->threshold == notice.threshold)
        m_inFlight.erase(flying);
    if (!m_tokens.contains(notice.tokenKey))
        return; // revoked or rotated away meanwhile: nothing to remember
    m_memory.markShown(notice.tokenKey, notice.expires, notice.threshold);
    saveMemory();
}

void NotificationScheduler::undelivered(const ExpiryNotice &notice)
{
    const auto flying = m_inFlight.constFind(notice.tokenKey);
    if (flying != m_inFlight.cend() && flying->expires == notice.expires
        && flying->threshold == notice.threshold)
        m_inFlight.erase(flying);
    // No replan here: that would send it again at once. The app replans when a way to show it
    // appears (a notification server, a tray), and every sync or clock change replans anyway.
}

void NotificationScheduler::saveMemory()
{
    const Result<void> saved = m_memory.save();
    m_memoryProblem = saved ? QString() : saved.error().message;
}

} // namespace td
