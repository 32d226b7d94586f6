// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

namespace td {

// Desktop notifications straight over the freedesktop D-Bus interface, because
// QSystemTrayIcon::showMessage() cannot carry action buttons and a token notice needs
// "Rotate now" (design §5 flow 3: rotate in one click from the warning). They work with or
// without a tray (GNOME has none by default). When no notification server is on the session bus,
// isAvailable() is false and send() reports the notice as not sent; serverAppeared() says when
// one takes the name later (it may start after TokenDesk at login).
class DesktopNotifications : public QObject
{
    Q_OBJECT
public:
    enum class Urgency { Low = 0, Normal = 1, Critical = 2 };
    // An action button: `key` comes back in actionInvoked(); "default" is a click on the bubble.
    struct Action
    {
        QString key;
        QString label;
    };

    enum class Bus { ConnectNow, ConnectLater };
    // ConnectLater (start-up, before the first paint): nothing touches the session bus until
    // connectToBus() or the first send().
    explicit DesktopNotifications(QObject *parent = nullptr, Bus bus = Bus::ConnectNow);

    // Asks the bus whether a server is there, watches for one and listens to its answers; once.
    void connectToBus();
    bool isConnected() const { return m_connected; }
    bool isAvailable() const { return m_available; }
    // Known once the server has answered GetCapabilities (asked at construction).
    bool supportsActions() const { return m_supportsActions; }

    // Sends one notification; `tag` (e.g. a token key) comes back with the action. `sent` (may
    // be empty) says whether the server took it: true once Notify returned an id.
    void send(const QString &title, const QString &body, const QString &iconName, Urgency urgency,
              const QList<Action> &actions, const QString &tag,
              std::function<void(bool sent)> sent = {});

Q_SIGNALS:
    void actionInvoked(const QString &actionKey, const QString &tag);
    // A notification server took org.freedesktop.Notifications: unsent notices can go now.
    void serverAppeared();

private Q_SLOTS:
    // Connected by name: QDBusConnection::connect() has no pointer-to-member overload in Qt 6.4.
    void onActionInvoked(uint id, const QString &actionKey);
    void onClosed(uint id, uint reason);

private:
    void askCapabilities();

    bool m_connected = false;
    bool m_available = false;
    bool m_supportsActions = false;
    QHash<uint, QString> m_tags; // notification id → tag, until the server closes it
};

} // namespace td
