// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotificationLog.h"

#include "Harness.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QFile>
#include <QJsonDocument>

namespace td::test {

QList<QJsonObject> notificationsWith(const QString &needle)
{
    QList<QJsonObject> found;
    QFile log(notifyLogPath());
    if (!log.open(QIODevice::ReadOnly))
        return found;
    for (const QByteArray &line : log.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject record = QJsonDocument::fromJson(line).object();
        if (record.value(QLatin1String("body")).toString().contains(needle))
            found.append(record);
    }
    return found;
}

void pressNotificationButton(uint notificationId, const QString &key)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"),
        QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("io.github.tokendesk.TestNotifyd"), QStringLiteral("InvokeAction"));
    call << notificationId << key;
    QDBusConnection::sessionBus().call(call);
}

} // namespace td::test
