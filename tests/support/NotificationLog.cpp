// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotificationLog.h"

#include "Harness.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QFile>
#include <QJsonDocument>

namespace td::test {

QList<QJsonObject> notificationsWith(const QString &needle)
{
    // The harness runs one server and one log for all tests, several at once: only this
    // process's notifications count (another test may send the very same text meanwhile).
    const qint64 ownPid = QCoreApplication::applicationPid();
    QList<QJsonObject> found;
    QFile log(notifyLogPath());
    if (!log.open(QIODevice::ReadOnly))
        return found;
    for (const QByteArray &line : log.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject record = QJsonDocument::fromJson(line).object();
        if (record.value(QLatin1String("pid")).toInteger() != ownPid)
            continue;
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
