// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tray/TrayIcons.h"

#include <QMenu>
#include <QObject>
#include <QPair>
#include <QPointer>

class QSystemTrayIcon;

namespace td {

class DesktopNotifications;

// The app's presence in the system tray: icon colour, menu and desktop notifications.
// When the desktop has no tray, isAvailable() is false, every call is a no-op, and the window
// tells the user that background warnings are off.
class TrayController : public QObject
{
    Q_OBJECT
public:
    enum class Severity { Information, Warning, Critical };

    explicit TrayController(QObject *parent = nullptr);
    ~TrayController() override;

    bool isAvailable() const { return m_icon != nullptr; }
    TrayState state() const { return m_state; }
    QMenu *menu() const { return m_menu; }

    void setState(TrayState state);
    // The menu's token lines (soonest expiry first), as (token key, label) pairs.
    void setTokenEntries(const QList<QPair<QString, QString>> &entries);
    QList<QAction *> tokenActions() const { return m_tokenActions; }
    // A desktop notification (freedesktop Notify over D-Bus). Returns false when there is no
    // tray to send it from. Clicking it emits notificationClicked(tokenKey); a notice about a
    // token also carries a "Rotate now" button, which emits rotateRequested(tokenKey).
    bool notify(const QString &title, const QString &body, Severity severity,
                const QString &tokenKey = {});
    // Whether notices can carry buttons here (a notification server that supports actions).
    bool notificationsHaveButtons() const;

Q_SIGNALS:
    void openRequested();
    void newTokenRequested();
    void quitRequested();
    void notificationClicked(const QString &tokenKey); // empty when not about one token
    void rotateRequested(const QString &tokenKey);
    void tokenChosen(const QString &tokenKey);

private:
    void buildMenu();

    QSystemTrayIcon *m_icon = nullptr;
    DesktopNotifications *m_notifications = nullptr; // null or unavailable: showMessage()
    QPointer<QMenu> m_menu;
    QAction *m_tokenSeparator = nullptr;
    QList<QAction *> m_tokenActions;
    QString m_lastNoticeKey; // showMessage() reports no id: a click is about the last bubble
    TrayState m_state = TrayState::Ok;
};

} // namespace td
