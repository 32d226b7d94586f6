// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/tray/TrayIcons.h"

#include <QMenu>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>

#include <functional>

class QSystemTrayIcon;

namespace td {

class DesktopNotifications;

// The app's presence in the system tray: icon colour, menu and desktop notifications.
// Notifications go over the freedesktop D-Bus interface whether or not a tray exists (GNOME has
// none by default). When the desktop has no tray, isAvailable() is false, the icon calls are
// no-ops and the window says so; the tray is looked for again (at login TokenDesk may start
// before the panel): when a StatusNotifierWatcher appears and on a timer, until one is found.
// availabilityChanged() then says the icon is there.
class TrayController : public QObject
{
    Q_OBJECT
public:
    enum class Severity { Information, Warning, Critical };

    // Deferred (start-up, before the first paint): the notifications stay off the session bus
    // and the tray is not asked for until startDesktopServices() (issue 18: on a desktop with a
    // StatusNotifierWatcher, creating the icon took 2 to 7 ms of the main thread).
    enum class Start { Now, Deferred };
    explicit TrayController(QObject *parent = nullptr, Start start = Start::Now);
    ~TrayController() override;

    // Connects the notifications to D-Bus and creates the icon; without a tray, starts looking
    // for one. Once. An icon created here is announced with availabilityChanged(true).
    void startDesktopServices();
    bool desktopServicesStarted() const { return m_started; }

    bool isAvailable() const { return m_icon != nullptr; }
    // The icon's state: the worst token's, or Critical while a publish-watch alarm is open.
    TrayState state() const { return m_watchAlarm ? TrayState::Critical : m_state; }
    QMenu *menu() const { return m_menu; }

    void setState(TrayState state);
    // An open publish-watch alarm (issue 22) turns the icon red whatever the tokens say.
    void setWatchAlarm(bool open);
    bool watchAlarm() const { return m_watchAlarm; }
    // The menu's token lines (soonest expiry first), as (token key, label) pairs.
    void setTokenEntries(const QList<QPair<QString, QString>> &entries);
    QList<QAction *> tokenActions() const { return m_tokenActions; }
    // A desktop notification (freedesktop Notify over D-Bus; without a notification server, the
    // tray's own balloon). Clicking it emits notificationClicked(tokenKey); a notice about a
    // token also carries a "Rotate now" button, which emits rotateRequested(tokenKey). `shown`
    // (may be empty) says whether it reached the user: true once the server returned an id, or
    // the tray drew its balloon; false when nothing could show it. Returns false when nothing
    // can show notices at all right now (no notification server and no tray).
    bool notify(const QString &title, const QString &body, Severity severity,
                const QString &tokenKey = {}, std::function<void(bool shown)> shown = {});
    // "@acme/ui 2.4.0 is staged and waits for your approval": a notice whose button (and click)
    // emits stagedReleasesRequested(stageId). `shown` as for notify().
    void notifyStaged(const QString &title, const QString &body, const QString &stageId,
                      std::function<void(bool shown)> shown = {});
    // "npm token 'ci-publish' is used in CI and stops publishing in January 2027": a notice
    // whose button (and click) emits publishMigrationRequested(tokenKey). `shown` as for notify().
    void notifyPublishCutoff(const QString &title, const QString &body, const QString &tokenKey,
                             std::function<void(bool shown)> shown = {});
    // The badge: how many staged versions wait (0 hides it), on the icon, its tooltip and a menu
    // line that opens the Staged releases tab.
    void setStagedCount(int count);
    int stagedCount() const { return m_stagedCount; }
    QAction *stagedAction() const { return m_stagedAction; } // null without a tray
    // Whether notices can carry buttons here (a notification server that supports actions).
    bool notificationsHaveButtons() const;

Q_SIGNALS:
    void openRequested();
    void newTokenRequested();
    void quitRequested();
    void notificationClicked(const QString &tokenKey); // empty when not about one token
    void rotateRequested(const QString &tokenKey);
    void tokenChosen(const QString &tokenKey);
    // A staged-release notice or the tray's "… wait for approval" line (stageId may be empty).
    void stagedReleasesRequested(const QString &stageId);
    void publishMigrationRequested(const QString &tokenKey); // the January 2027 notice's button
    // The tray appeared after start-up (isAvailable() turned true).
    void availabilityChanged(bool available);
    // Notices that found no way to the user may be sent again now.
    void deliveryPossible();

private:
    bool createIcon(); // false when the desktop has no tray (yet)
    void lookForTrayLater();
    void buildMenu();
    void updateIcon();

    QSystemTrayIcon *m_icon = nullptr;
    DesktopNotifications *m_notifications = nullptr; // null or unavailable: showMessage()
    QPointer<QMenu> m_menu;
    QAction *m_tokenSeparator = nullptr;
    QList<QAction *> m_tokenActions;
    QList<QPair<QString, QString>> m_entries; // what m_tokenActions show
    QString m_lastNoticeKey; // showMessage() reports no id: a click is about the last bubble
    TrayState m_state = TrayState::Ok;
    bool m_watchAlarm = false;
    int m_stagedCount = 0;
    QAction *m_stagedAction = nullptr;
    QTimer *m_trayRetry = nullptr;
    int m_trayChecks = 0;
    bool m_started = false;
};

} // namespace td
