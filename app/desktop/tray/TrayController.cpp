// SPDX-License-Identifier: GPL-3.0-or-later
#include "tray/TrayController.h"

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
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayController::notificationClicked);
    m_icon->show();
}

TrayController::~TrayController()
{
    delete m_menu; // a QMenu cannot have a QObject parent that is not a widget
}

void TrayController::buildMenu()
{
    m_menu = new QMenu;
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

bool TrayController::notify(const QString &title, const QString &body, Severity severity)
{
    if (!m_icon)
        return false;
    QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information;
    if (severity == Severity::Warning)
        icon = QSystemTrayIcon::Warning;
    else if (severity == Severity::Critical)
        icon = QSystemTrayIcon::Critical;
    m_icon->showMessage(title, body, icon, 10000);
    return true;
}

} // namespace td
