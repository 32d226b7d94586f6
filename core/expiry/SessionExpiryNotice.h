// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>

#include <chrono>

namespace td {

class Clock;
class WakeTimer;

// Warns once, shortly before the app's own 2-hour npm session ends (10 minutes by default), so
// a user in the middle of a wizard can sign in again before a request fails. Sleeps on a
// single-shot timer; watching an already-close session warns at once.
class SessionExpiryNotice final : public QObject
{
    Q_OBJECT
public:
    SessionExpiryNotice(const Clock &clock, WakeTimer *timer, QObject *parent = nullptr);

    void setLeadTime(std::chrono::seconds lead) { m_lead = lead; }
    void watch(const QString &accountId, const QDateTime &sessionEnds);
    void stop();
    bool isWatching() const { return m_ends.isValid(); }

    static QString noticeText(const QString &accountName, std::chrono::seconds remaining);

signals:
    void sessionEnding(const QString &accountId, qint64 remainingSeconds, const QString &text);

private:
    void check();

    const Clock &m_clock;
    WakeTimer *m_timer;
    std::chrono::seconds m_lead = std::chrono::minutes(10);
    QString m_accountId;
    QDateTime m_ends;
};

} // namespace td
