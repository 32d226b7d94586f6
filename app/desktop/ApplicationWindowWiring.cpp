// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root's wiring of the window and the tray: what their menus, buttons and
// notifications ask for, connected to Application's entry points (ApplicationEntryPoints.cpp)
// and the account actions. Application.cpp builds both and calls these.
#include "Application.h"

#include "core/account/AccountListModel.h"
#include "core/tokenlist/TokenFilterProxy.h"
#include "core/tokenlist/TokenListService.h"
#include "core/tokenlist/TokenSync.h"
#include "core/util/Clock.h"
#include "desktop/details/ReleaseChecksPresenter.h"
#include "desktop/details/TokenDetailsPane.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/mainwindow/TokenContextMenu.h"
#include "desktop/presenters/AccountActions.h"
#include "desktop/settings/SettingsDialog.h"
#include "desktop/tray/TrayController.h"
#include "desktop/util/AboutBox.h"
#include "desktop/util/SecretClipboard.h"

#include <QApplication>
#include <QClipboard>

namespace td {

void Application::connectWindowAndTray()
{
    // The tray is asked for after the first paint (startBackgroundWork), or before start() shows
    // anything when TokenDesk starts hidden: the window says whether there is one from then on,
    // and when the panel starts after TokenDesk (login autostart), from that moment.
    connect(m_tray, &TrayController::availabilityChanged, this, &Application::trayKnown);
    m_proxy->setSourceTokenModel(m_tokens);
    m_window->setTokenModels(m_tokens, m_proxy);
    m_window->setAccountModel(m_accountModel);

    connect(m_tray, &TrayController::openRequested, this, &Application::showWindow);
    connect(m_tray, &TrayController::notificationClicked, this,
            [this](const QString &key) { key.isEmpty() ? showWindow() : showToken(key); });
    connect(m_tray, &TrayController::tokenChosen, this, &Application::showToken);
    connect(m_tray, &TrayController::rotateRequested, this, [this](const QString &key) {
        showToken(key);
        rotateToken(key);
    });
    connect(m_tray, &TrayController::newTokenRequested, this, &Application::openNewTokenWizard);
    connect(m_tray, &TrayController::quitRequested, qApp, &QApplication::quit);

    MainWindow *window = m_window.get();
    connect(window, &MainWindow::quitRequested, qApp, &QApplication::quit);
    connect(window, &MainWindow::refreshRequested, this, &Application::refreshAll);
    connect(window, &MainWindow::newTokenRequested, this, &Application::openNewTokenWizard);
    connect(window, &MainWindow::settingsRequested, this, &Application::openSettings);
    connect(window, &MainWindow::trustedPublishingRequested, this, &Application::openTrustWizard);
    connect(window, &MainWindow::migrationRequested, this, &Application::openMigration);
    connect(window, &MainWindow::rescanRequested, this, &Application::rescanUsage);
    connect(window, &MainWindow::signInRequested, this, &Application::openSignIn);
    connect(window->details(), &TokenDetailsPane::copyRequested, this, &Application::copyToken);
    connect(window->details(), &TokenDetailsPane::revokeRequested, this,
            [this](const QString &key) { revokeToken(key); });
    connect(window->details(), &TokenDetailsPane::rotateRequested, this, &Application::rotateToken);
    // Under the token's details: who published its packages' last releases, verified.
    auto *releases = new ReleaseChecksPresenter(
        window->details(),
        [this](const QString &accountId, QObject *context,
               std::function<void(RegistryClient *)> ready) {
            m_sync->withClient(accountId, context, [ready](Result<RegistryClient *> client) {
                ready(client ? client.value() : nullptr);
            });
        },
        provenance::TrustConfigMemory::defaultPath(), this);
    connect(window, &MainWindow::tokenSelected, releases, [this, releases](const QString &key) {
        if (const Token *token = m_tokenList->find(key))
            releases->tokenShown(*token);
    });
    connect(window->details(), &TokenDetailsPane::ciServicesRequested, this, [this] {
        openSettings();
        if (SettingsDialog *settings = settingsDialog())
            settings->showCiServices();
    });
    // The table's context menu runs the same actions as the details pane's buttons.
    TokenContextMenu *menu = window->tokenMenu();
    connect(menu, &TokenContextMenu::copyIdRequested, this,
            [](const QString &key) { QApplication::clipboard()->setText(key); });
    connect(menu, &TokenContextMenu::rotateRequested, this, &Application::rotateToken);
    connect(menu, &TokenContextMenu::revokeRequested, this,
            [this](const QString &key) { revokeToken(key); });
    connect(menu, &TokenContextMenu::usageRequested, window, &MainWindow::showTokenUsage);
}

void Application::wireAccountsAndHelp()
{
    m_accountActions
        = new AccountActions({m_sessions, m_accounts.get(), m_cache.get(), m_window.get()}, this);
    // The menu acts on the selected account (the column's selection may be empty after a reset).
    const auto chosen = [this](const QString &accountId) {
        return accountId.isEmpty() ? currentAccountId() : accountId;
    };
    connect(m_window.get(), &MainWindow::signOutRequested, this,
            [this, chosen](const QString &id) { m_accountActions->signOut(chosen(id)); });
    connect(m_window.get(), &MainWindow::removeAccountRequested, this,
            [this, chosen](const QString &id) { m_accountActions->confirmRemove(chosen(id)); });
    connect(m_window.get(), &MainWindow::setTokenExpiryRequested, this,
            [this, chosen](const QString &id) {
                m_accountActions->openTokenExpiryDialog(chosen(id),
                                                        m_clock->now().toLocalTime().date());
            });
    connect(m_window.get(), &MainWindow::aboutRequested, this,
            [this] { openAboutBox(m_window.get()); });
    connect(m_window.get(), &MainWindow::documentationRequested, this, [this] {
        if (!openUrl(documentationUrl()))
            m_window->showNotice(tr("No web browser could be opened. The documentation "
                                    "is at %1")
                                     .arg(documentationUrl().toString()),
                                 NoticeKind::Warning);
    });
    // The countdown until a copied secret is cleared, wherever it was copied from.
    connect(m_clipboard, &SecretClipboard::countdown, m_window.get(),
            &MainWindow::setClipboardCountdown);
    connect(m_clipboard, &SecretClipboard::cleared, m_window.get(),
            [this] { m_window->setClipboardCountdown(0); });
}

} // namespace td
