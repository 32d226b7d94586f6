// SPDX-License-Identifier: GPL-3.0-or-later
#include "tray/DesktopNotifications.h"

#include "util/Logging.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace td {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
const QString kDesktopEntry = QStringLiteral("io.github.tokendesk");
constexpr int kExpireMs = 10000;
} // namespace

DesktopNotifications::DesktopNotifications(QObject *parent) : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return;
    QDBusConnectionInterface *names = bus.interface();
    // Some servers (dunst, mako) start on demand: activatable counts as available.
    if (!names->isServiceRegistered(kService).value()
        && !names->activatableServiceNames().value().contains(kService))
        return;
    m_available = true;
    // Asked without waiting, so start-up does not pay a round trip. Notices always carry their
    // buttons: a server without the "actions" capability ignores them (freedesktop spec), shows
    // the text, and the bubble click still opens the token.
    auto *caps = new QDBusPendingCallWatcher(
        bus.asyncCall(QDBusMessage::createMethodCall(kService, kPath, kInterface,
                                                     QStringLiteral("GetCapabilities"))),
        this);
    connect(caps, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *self) {
        const QDBusPendingReply<QStringList> reply = *self;
        m_supportsActions = reply.isValid() && reply.value().contains(QStringLiteral("actions"));
        self->deleteLater();
    });
    bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                SLOT(onClosed(uint, uint)));
}

void DesktopNotifications::send(const QString &title, const QString &body, const QString &iconName,
                                Urgency urgency, const QList<Action> &actions, const QString &tag)
{
    if (!m_available)
        return;
    QStringList actionList;
    for (const Action &action : actions)
        actionList << action.key << action.label;
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue<uchar>(uchar(urgency)));
    hints.insert(QStringLiteral("desktop-entry"), kDesktopEntry);
    QDBusMessage call
        = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    call << tr("TokenDesk") << uint(0) << iconName << title << body << actionList << hints
         << kExpireMs;
    auto *watcher
        = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, tag](QDBusPendingCallWatcher *self) {
                const QDBusPendingReply<uint> reply = *self;
                if (reply.isError())
                    qCWarning(lcApp).noquote()
                        << "desktop notification refused:" << reply.error().message();
                else
                    m_tags.insert(reply.value(), tag);
                self->deleteLater();
            });
}

void DesktopNotifications::onActionInvoked(uint id, const QString &actionKey)
{
    // Another application's notification (the signal is broadcast) is not ours to answer.
    const auto it = m_tags.constFind(id);
    if (it == m_tags.constEnd())
        return;
    Q_EMIT actionInvoked(actionKey, it.value());
}

void DesktopNotifications::onClosed(uint id, uint)
{
    m_tags.remove(id);
}

} // namespace td
