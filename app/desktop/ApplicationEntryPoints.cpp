// SPDX-License-Identifier: GPL-3.0-or-later
// Application's public entry points: what menus, the tray, notifications and tests ask for.
// The wiring that makes them work is in ApplicationWiring.cpp and ApplicationWindowWiring.cpp.
#include "Application.h"

// Before RotationController.h, whose inline accessors need the complete dialog type.
#include "desktop/migration/MigrationDialog.h"

#include "core/account/AccountStore.h"
#include "core/expiry/NotificationScheduler.h"
#include "core/tokenlist/TokenListModel.h"
#include "core/tokenlist/TokenListService.h"
#include "core/watch/WatchService.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/migration/RotationController.h"
#include "desktop/presenters/AccountFlowPresenter.h"
#include "desktop/presenters/DashboardPresenter.h"
#include "desktop/presenters/DialogLauncher.h"
#include "desktop/presenters/MigrationLauncher.h"
#include "desktop/presenters/TokenActions.h"
#include "desktop/timeline/TimelineView.h"
#include "desktop/util/SecretClipboard.h"

#include <QDesktopServices>
#include <QTabWidget>

namespace td {

// Entry points for what the user asks for (menus, tray, details pane, tests): each shows the
// window where needed and hands the work to a presenter.

QString Application::currentAccountId() const
{
    return m_dashboard->currentAccountId();
}

std::optional<Account> Application::currentAccount() const
{
    return m_dashboard->currentAccount();
}

void Application::applySettings(const AppSettings &settings)
{
    m_settings = settings;
    m_scheduler->setThresholds(settings.thresholds);
    m_tokens->setThresholds(settings.thresholds);
    m_window->setTimelineThresholds(settings.thresholds.notifyBefore);
    m_clipboard->setTimeout(settings.clipboardTimeout);
    if (m_watch) // the running watch takes the new interval at once (its turns rescaled)
        m_watch->setInterval(settings.watchInterval);
}

void Application::clockChanged()
{
    m_scheduler->replan();
    m_tokens->tick();
    m_dashboard->rebuildAccountList();
    m_dashboard->updateStatus();
    updateTray();
    checkPublishCutoff(); // the January 2027 notices start on a date
}

void Application::showWindow()
{
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void Application::showToken(const QString &tokenKey)
{
    showWindow();
    if (const Token *token = m_tokenList->find(tokenKey)) {
        m_accountFlow->select(token->accountId);
        m_window->tabs()->setCurrentIndex(0);
        m_window->selectToken(tokenKey);
    }
}

bool Application::openUrl(const QUrl &url) const
{
    return m_options.openUrl ? m_options.openUrl(url) : QDesktopServices::openUrl(url);
}

// Dialogs, token actions and migration: the presenters do the work.

void Application::openSignIn()
{
    showWindow();
    m_dialogs->openSignIn();
}

void Application::openNewTokenWizard()
{
    showWindow();
    m_dialogs->openNewTokenWizard();
}

void Application::openSettings()
{
    m_dialogs->openSettings();
}

void Application::openTrustWizard()
{
    showWindow();
    m_dialogs->openTrustWizard();
}

RevokeFlow *Application::revokeToken(const QString &tokenKey)
{
    const Token *token = m_tokenList->find(tokenKey);
    return token ? m_actions->revoke(*token) : nullptr;
}

void Application::copyToken(const QString &tokenKey)
{
    if (const Token *token = m_tokenList->find(tokenKey))
        m_actions->copy(*token, m_settings.clipboardTimeout);
}

void Application::rotateToken(const QString &tokenKey)
{
    const Token *token = m_tokenList->find(tokenKey);
    if (!token)
        return;
    if (m_rotation)
        return m_rotation(*token, m_window.get());
    m_migration->rotate(*token); // a one-row migration plan: it needs the account's session
}

void Application::openMigration()
{
    showWindow();
    const auto account = currentAccount();
    if (!account) {
        m_window->showSignInBanner(tr("Sign in to an npm account to migrate its tokens."));
        return;
    }
    m_migration->migrate(account->id);
}

void Application::openTrustCleanup(const QString &accountId, const QStringList &packages)
{
    showWindow();
    if (accountId.isEmpty() || !m_accounts->find(accountId)) {
        m_window->showSignInBanner(tr("Sign in to an npm account to migrate its tokens."));
        return;
    }
    m_migration->cleanUpAfterTrustedPublishing(accountId, packages);
}

void Application::rescanUsage()
{
    if (!currentAccountId().isEmpty())
        m_migration->rescanUsage(currentAccountId());
}

NewTokenWizard *Application::newTokenWizard() const
{
    return m_dialogs->newTokenWizard();
}

SettingsDialog *Application::settingsDialog() const
{
    return m_dialogs->settingsDialog();
}

TrustWizard *Application::trustWizard() const
{
    return m_dialogs->trustWizard();
}

SignInDialog *Application::signInDialog() const
{
    return m_dialogs->signInDialog();
}

RotationController *Application::rotationController() const
{
    return m_migration->rotationController();
}

TokenUsageTracker *Application::usageTracker() const
{
    return m_migration->usageTracker();
}

} // namespace td
