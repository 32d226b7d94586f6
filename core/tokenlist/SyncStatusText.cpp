// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tokenlist/SyncStatusText.h"

#include <QCoreApplication>

namespace td {

QString agoText(const QDateTime &when, const QDateTime &now)
{
    const qint64 seconds = std::max<qint64>(0, when.secsTo(now));
    if (seconds < 60)
        return QCoreApplication::translate("td::SyncStatus", "just now");
    if (seconds < 3600)
        return QCoreApplication::translate("td::SyncStatus", "%1 min ago").arg(seconds / 60);
    if (seconds < 24 * 3600)
        return QCoreApplication::translate("td::SyncStatus", "%1 h ago").arg(seconds / 3600);
    return QCoreApplication::translate("td::SyncStatus", "%1 d ago").arg(seconds / (24 * 3600));
}

QString syncStatusText(const QDateTime &syncedAt, const std::optional<Account> &account,
                       const QDateTime &now)
{
    const bool session = account && account->hasSession(now);
    const QString synced = syncedAt.isValid()
        ? QCoreApplication::translate("td::SyncStatus", "Synced %1").arg(agoText(syncedAt, now))
        : QCoreApplication::translate("td::SyncStatus", "Not synced yet");
    if (session)
        return synced + QStringLiteral(" · ") + describeSession(*account, now);
    if (!account)
        return synced + QStringLiteral(" · ")
            + QCoreApplication::translate("td::SyncStatus", "add an account to see its tokens");
    return synced + QStringLiteral(" · ")
        + (syncedAt.isValid()
               ? QCoreApplication::translate("td::SyncStatus", "sign in to refresh")
               : QCoreApplication::translate("td::SyncStatus", "sign in to see your tokens"));
}

} // namespace td
