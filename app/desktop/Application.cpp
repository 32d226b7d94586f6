// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "mainwindow/MainWindow.h"
#include "secrets/KeychainSecretStore.h"
#include "tray/TrayController.h"
#include "util/Clock.h"

#include <QApplication>
#include <QNetworkAccessManager>

namespace td {

Application::Application(Options options, QObject *parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_clock(std::make_unique<SystemClock>()),
      m_network(new QNetworkAccessManager(this)),
      m_secrets(new KeychainSecretStore(QStringLiteral("tokendesk"), this)),
      m_tray(new TrayController(this)),
      m_window(std::make_unique<MainWindow>())
{
    // With a tray, closing the window keeps TokenDesk watching expiry in the background;
    // without one, closing the window must quit, or the process would linger invisibly.
    QApplication::setQuitOnLastWindowClosed(!m_tray->isAvailable());
    m_window->setTrayAvailable(m_tray->isAvailable());

    connect(m_tray, &TrayController::openRequested, this, &Application::showWindow);
    connect(m_tray, &TrayController::notificationClicked, this, &Application::showWindow);
    connect(m_tray, &TrayController::quitRequested, qApp, &QApplication::quit);
    connect(m_window.get(), &MainWindow::quitRequested, qApp, &QApplication::quit);
}

Application::~Application() = default;

void Application::start()
{
    if (m_options.startHidden && m_tray->isAvailable())
        return;
    showWindow();
}

void Application::showWindow()
{
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace td
