// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tray/TrayIcons.h"

#include <QMenu>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace td {

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
    // A desktop notification (freedesktop Notify over D-Bus on Linux). Returns false when there
    // is no tray to send it from.
    bool notify(const QString &title, const QString &body, Severity severity);

Q_SIGNALS:
    void openRequested();
    void newTokenRequested();
    void quitRequested();
    void notificationClicked();

private:
    void buildMenu();

    QSystemTrayIcon *m_icon = nullptr;
    QPointer<QMenu> m_menu;
    TrayState m_state = TrayState::Ok;
};

} // namespace td
