// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/expiry/SessionExpiryNotice.h"

#include "core/expiry/WakeTimer.h"
#include "core/util/Clock.h"

#include <QCoreApplication>

#include <cmath>

namespace td {

SessionExpiryNotice::SessionExpiryNotice(const Clock &clock, WakeTimer *timer, QObject *parent)
    : QObject(parent), m_clock(clock), m_timer(timer)
{
    m_timer->setParent(this);
    connect(m_timer, &WakeTimer::timeout, this, &SessionExpiryNotice::check);
}

void SessionExpiryNotice::watch(const QString &accountId, const QDateTime &sessionEnds)
{
    m_accountId = accountId;
    m_ends = sessionEnds;
    check();
}

void SessionExpiryNotice::stop()
{
    m_ends = {};
    m_timer->stop();
}

void SessionExpiryNotice::check()
{
    if (!m_ends.isValid())
        return;
    const qint64 remaining = m_clock.now().secsTo(m_ends);
    if (remaining <= 0) { // ended: the sign-in flow reports that, not a warning
        stop();
        return;
    }
    if (remaining > m_lead.count()) {
        // Woken early (clock moved back) or just started: sleep until the warning is due.
        m_timer->start(std::chrono::seconds(remaining - m_lead.count()));
        return;
    }
    const QString accountId = m_accountId;
    stop(); // once per session
    emit sessionEnding(accountId, remaining,
                       noticeText(accountId, std::chrono::seconds(remaining)));
}

QString SessionExpiryNotice::noticeText(const QString &accountName, std::chrono::seconds remaining)
{
    const int minutes = std::max(1, int(std::lround(double(remaining.count()) / 60.0)));
    return QCoreApplication::translate(
               "td::SessionExpiryNotice",
               "Your npm session for %1 ends in %n minute(s). Sign in again to keep working.",
               nullptr, minutes)
        .arg(accountName);
}

} // namespace td
