// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/tray/DesktopNotifications.h"

#include "core/util/Logging.h"
#include "td/Version.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>

namespace td {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
const QString kDesktopEntry = QString::fromLatin1(kAppId);
constexpr int kExpireMs = 10000;
} // namespace

DesktopNotifications::DesktopNotifications(QObject *parent, Bus bus) : QObject(parent)
{
    if (bus == Bus::ConnectNow)
        connectToBus();
}

void DesktopNotifications::connectToBus()
{
    if (m_connected)
        return;
    m_connected = true;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return;
    QDBusConnectionInterface *names = bus.interface();
    // Some servers (dunst, mako) start on demand: activatable counts as available.
    m_available = names->isServiceRegistered(kService).value()
        || names->activatableServiceNames().value().contains(kService);
    // At login the notification server may start after TokenDesk (or restart): watch the name.
    auto *watcher
        = new QDBusServiceWatcher(kService, bus, QDBusServiceWatcher::WatchForRegistration, this);
    connect(watcher, &QDBusServiceWatcher::serviceRegistered, this, [this] {
        qCInfo(lcApp) << "a desktop notification server appeared";
        m_available = true;
        askCapabilities();
        Q_EMIT serverAppeared();
    });
    // D-Bus signals connect by signature string; moc matches it only in normalized form (no
    // spaces), which clang-format would break.
    // clang-format off
    bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint,QString)));
    bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                SLOT(onClosed(uint,uint)));
    // clang-format on
    if (m_available)
        askCapabilities();
}

void DesktopNotifications::askCapabilities()
{
    // Asked without waiting, so start-up does not pay a round trip. Notices always carry their
    // buttons: a server without the "actions" capability ignores them (freedesktop spec), shows
    // the text, and the bubble click still opens the token.
    auto *caps = new QDBusPendingCallWatcher(
        QDBusConnection::sessionBus().asyncCall(QDBusMessage::createMethodCall(
            kService, kPath, kInterface, QStringLiteral("GetCapabilities"))),
        this);
    connect(caps, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *self) {
        const QDBusPendingReply<QStringList> reply = *self;
        m_supportsActions = reply.isValid() && reply.value().contains(QStringLiteral("actions"));
        self->deleteLater();
    });
}

void DesktopNotifications::send(const QString &title, const QString &body, const QString &iconName,
                                Urgency urgency, const QList<Action> &actions, const QString &tag,
                                std::function<void(bool sent)> sent)
{
    connectToBus();
    if (!m_available) {
        if (sent)
            sent(false);
        return;
    }
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
            [this, tag, sent](QDBusPendingCallWatcher *self) {
                const QDBusPendingReply<uint> reply = *self;
                self->deleteLater();
                if (reply.isError()) {
                    // Nobody owns the name any more (and none can be started): wait for one.
                    if (reply.error().type() == QDBusError::ServiceUnknown)
                        m_available = false;
                    qCWarning(lcApp).noquote()
                        << "desktop notification refused:" << reply.error().message();
                    if (sent)
                        sent(false);
                    return;
                }
                m_tags.insert(reply.value(), tag);
                if (sent)
                    sent(true);
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
