// SPDX-License-Identifier: GPL-3.0-or-later
#include "tray/TrayController.h"

#include "tray/DesktopNotifications.h"
#include "util/Logging.h"

#include <QMenu>
#include <QSystemTrayIcon>

namespace td {

TrayController::TrayController(QObject *parent) : QObject(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        qCInfo(lcApp) << "no system tray on this desktop; background warnings are off";
        return;
    }
    m_icon = new QSystemTrayIcon(trayIcon(m_state), this);
    m_icon->setToolTip(tr("TokenDesk"));
    buildMenu();
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT openRequested();
            });
    m_notifications = new DesktopNotifications(this);
    // Qt's D-Bus tray reports ANY notification's button as messageClicked(), ours included:
    // listen to it only when showMessage() is what sends the notices.
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_notifications->isAvailable())
            Q_EMIT notificationClicked(m_lastNoticeKey);
    });
    connect(m_notifications, &DesktopNotifications::actionInvoked, this,
            [this](const QString &action, const QString &tokenKey) {
                if (action == QLatin1String("rotate"))
                    Q_EMIT rotateRequested(tokenKey);
                else
                    Q_EMIT notificationClicked(tokenKey);
            });
    m_icon->show();
}

TrayController::~TrayController()
{
    delete m_menu; // a QMenu cannot have a QObject parent that is not a widget
}

void TrayController::buildMenu()
{
    m_menu = new QMenu;
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_tokenSeparator = m_menu->addSeparator();
    m_menu->addAction(tr("&Open TokenDesk"), this, &TrayController::openRequested);
    m_menu->addAction(tr("&New token…"), this, &TrayController::newTokenRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit"), this, &TrayController::quitRequested);
    m_icon->setContextMenu(m_menu);
}

void TrayController::setState(TrayState state)
{
    m_state = state;
    if (m_icon)
        m_icon->setIcon(trayIcon(state));
}

void TrayController::setTokenEntries(const QList<QPair<QString, QString>> &entries)
{
    if (!m_menu)
        return;
    qDeleteAll(m_tokenActions);
    m_tokenActions.clear();
    for (const auto &[key, label] : entries) {
        auto *action = new QAction(label, m_menu);
        action->setData(key);
        // An init-capture: clang before 16 cannot capture a structured binding.
        connect(action, &QAction::triggered, this, [this, key = key] { Q_EMIT tokenChosen(key); });
        m_menu->insertAction(m_tokenSeparator, action);
        m_tokenActions.append(action);
    }
    m_tokenSeparator->setVisible(!entries.isEmpty());
}

bool TrayController::notify(const QString &title, const QString &body, Severity severity,
                            const QString &tokenKey)
{
    if (!m_icon)
        return false;
    if (m_notifications && m_notifications->isAvailable()) {
        QString iconName = QStringLiteral("dialog-information");
        auto urgency = DesktopNotifications::Urgency::Normal;
        if (severity == Severity::Warning) {
            iconName = QStringLiteral("dialog-warning");
        } else if (severity == Severity::Critical) {
            iconName = QStringLiteral("dialog-error");
            urgency = DesktopNotifications::Urgency::Critical;
        }
        QList<DesktopNotifications::Action> actions{{QStringLiteral("default"), tr("Open")}};
        if (!tokenKey.isEmpty())
            actions.append({QStringLiteral("rotate"), tr("Rotate now")});
        m_notifications->send(title, body, iconName, urgency, actions, tokenKey);
        return true;
    }
    m_lastNoticeKey = tokenKey;
    QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information;
    if (severity == Severity::Warning)
        icon = QSystemTrayIcon::Warning;
    else if (severity == Severity::Critical)
        icon = QSystemTrayIcon::Critical;
    m_icon->showMessage(title, body, icon, 10000);
    return true;
}

bool TrayController::notificationsHaveButtons() const
{
    return m_notifications && m_notifications->isAvailable() && m_notifications->supportsActions();
}

} // namespace td
