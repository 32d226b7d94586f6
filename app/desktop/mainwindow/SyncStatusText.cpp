// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/SyncStatusText.h"

#include <QCoreApplication>

namespace td {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("td::SyncStatus", text);
}
} // namespace

QString agoText(const QDateTime &when, const QDateTime &now)
{
    const qint64 seconds = std::max<qint64>(0, when.secsTo(now));
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%1 min ago").arg(seconds / 60);
    if (seconds < 24 * 3600)
        return tr("%1 h ago").arg(seconds / 3600);
    return tr("%1 d ago").arg(seconds / (24 * 3600));
}

QString syncStatusText(const QDateTime &syncedAt, const std::optional<Account> &account,
                       const QDateTime &now)
{
    const bool session = account && account->hasSession(now);
    const QString synced
        = syncedAt.isValid() ? tr("Synced %1").arg(agoText(syncedAt, now)) : tr("Not synced yet");
    if (session)
        return synced + QStringLiteral(" · ") + describeSession(*account, now);
    if (!account)
        return synced + QStringLiteral(" · ") + tr("add an account to see its tokens");
    return synced + QStringLiteral(" · ")
        + (syncedAt.isValid() ? tr("sign in to refresh") : tr("sign in to see your tokens"));
}

} // namespace td
