// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/presenters/DialogLauncher.h"

#include "core/account/AccountStore.h"
#include "core/cisecrets/CiCredentialStore.h"
#include "core/creation/TokenCreationService.h"
#include "core/expiry/SessionExpiryNotice.h"
#include "core/npmconfig/NpmConfigLocator.h"
#include "core/tokenlist/TokenSync.h"
#include "desktop/ci/CiDesktop.h"
#include "desktop/ci/CiServicesPresenter.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/presenters/WatchSettingsPresenter.h"
#include "desktop/settings/Autostart.h"
#include "desktop/settings/CiServicesPage.h"
#include "desktop/settings/SettingsDialog.h"
#include "desktop/signin/GuiTwoFactorPrompt.h"
#include "desktop/signin/SignInDialog.h"
#include "desktop/signin/TwoFactorDialog.h"
#include "desktop/trust/TrustWizard.h"
#include "desktop/wizards/createtoken/NewTokenWizard.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcessEnvironment>
#include <QSettings>

namespace td {

DialogLauncher::DialogLauncher(Services services, QObject *parent)
    : QObject(parent), m_services(std::move(services))
{ }

SignInDialog *DialogLauncher::signInDialog() const
{
    return m_signIn;
}

NewTokenWizard *DialogLauncher::newTokenWizard() const
{
    return m_wizard;
}

SettingsDialog *DialogLauncher::settingsDialog() const
{
    return m_settingsDialog;
}

TrustWizard *DialogLauncher::trustWizard() const
{
    return m_trustWizard;
}

void DialogLauncher::raise(QWidget *dialog) const
{
    dialog->raise();
    dialog->activateWindow();
}

void DialogLauncher::openSignIn()
{
    if (m_signIn)
        return raise(m_signIn);
    const auto account = m_services.currentAccount();
    auto *dialog = new SignInDialog(m_services.sessions,
                                    account ? account->registry : m_services.defaultRegistry,
                                    m_services.window);
    if (account) {
        dialog->setUserName(account->user);
        if (account->capabilities.webLogin == false)
            dialog->setMode(SignInDialog::Mode::Password);
    }
    dialog->setUrlOpener(m_services.openUrl);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignInDialog::signedIn, this, &DialogLauncher::signedIn);
    m_signIn = dialog;
    dialog->open();
}

void DialogLauncher::openNewTokenWizard()
{
    if (m_wizard)
        return raise(m_wizard);
    const auto account = m_services.currentAccount();
    if (!account) {
        m_services.window->showSignInBanner(tr("Sign in to an npm account to create tokens."));
        return;
    }
    const QString accountId = account->id;
    m_services.sync->withClient(
        accountId, this, [this, accountId](Result<RegistryClient *> client) {
            if (!client)
                return; // TokenSync has asked for a sign-in, or the banner says why
            const auto accountNow = m_services.accounts->find(accountId);
            auto *creation
                = new TokenCreationService(client.value(), m_services.secrets, accountId);
            NewTokenWizardServices services;
            services.clock = m_services.clock;
            services.creation = creation;
            services.clipboard = m_services.clipboard;
            services.userName = accountNow ? accountNow->user : QString();
            services.userNpmrcPath
                = NpmConfigLocator(QProcessEnvironment::systemEnvironment(), QDir::homePath())
                      .userConfig()
                      .path;
            services.openUrl = m_services.openUrl;
            auto *wizard = new NewTokenWizard(services, m_services.window);
            creation->setParent(wizard);
            wizard->setAttribute(Qt::WA_DeleteOnClose);
            m_wizard = wizard;
            connect(
                wizard, &NewTokenWizard::tokenCreated, this,
                [this, accountId](const Token &token) { Q_EMIT tokenCreated(accountId, token); });
            connect(wizard, &NewTokenWizard::referenceWritten, this,
                    [this, accountId] { Q_EMIT referenceWritten(accountId); });
            connect(wizard, &QDialog::finished, m_services.sessionNotice,
                    &SessionExpiryNotice::stop);
            connect(wizard, &NewTokenWizard::trustedPublishingRequested, this,
                    &DialogLauncher::openTrustWizard);
            if (accountNow && accountNow->sessionExpires.isValid())
                m_services.sessionNotice->watch(accountId, accountNow->sessionExpires);
            wizard->open();
        });
}

void DialogLauncher::openSettings()
{
    if (m_settingsDialog)
        return raise(m_settingsDialog);
    Autostart autostart;
    auto *dialog
        = new SettingsDialog(m_services.settings(), autostart.isEnabled(), m_services.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog = dialog;
    if (m_services.ci) {
        auto *page = new CiServicesPage;
        dialog->setCiAccountsPage(page);
        auto *presenter = new CiServicesPresenter(m_services.ci->servicesParts(), page, page);
        // `tokendesk-cli ci login` or a connect from this page: the list follows.
        connect(m_services.ci->accounts(), &CiCredentialStore::accountsChanged, presenter,
                &CiServicesPresenter::refresh);
    }
    new WatchSettingsPresenter(m_watch, *dialog->watchPage(), dialog);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const AppSettings chosen = dialog->settings();
        QSettings qsettings;
        chosen.save(qsettings);
        Q_EMIT settingsChosen(chosen);
        Autostart autostartNow;
        if (autostartNow.isEnabled() != dialog->startAtLogin()) {
            const auto changed = autostartNow.setEnabled(dialog->startAtLogin(),
                                                         QCoreApplication::applicationFilePath());
            if (!changed)
                m_services.window->showNotice(changed.error().oneLine());
        }
    });
    dialog->open();
}

void DialogLauncher::openTrustWizard()
{
    if (m_trustWizard)
        return raise(m_trustWizard);
    const auto open = [this](RegistryClient *client, const QString &accountId) {
        auto *prompt = new GuiTwoFactorPrompt(m_services.window);
        prompt->setUrlOpener(m_services.openUrl);
        TrustWizardServices services;
        services.client = client; // null: the local steps work, registry steps say "sign in"
        services.prompt = prompt;
        services.initialFolder = QDir::homePath();
        auto *wizard = new TrustWizard(services, m_services.window);
        prompt->setParent(wizard);
        // The wizard is window modal over the main window: a prompt over the main window would
        // open behind it and take no input. The prompt belongs to the wizard.
        prompt->setWindow(wizard);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        m_trustWizard = wizard;
        connect(wizard, &QDialog::finished, m_services.sessionNotice, &SessionExpiryNotice::stop);
        // Write tokens that trusted publishing made unnecessary: the migration plan revokes or
        // narrows them.
        connect(wizard, &TrustWizard::tokenCleanupRequested, this,
                [this, accountId](const QStringList &packages) {
                    Q_EMIT trustCleanupRequested(accountId, packages);
                });
        if (const auto account = m_services.accounts->find(accountId);
            account && account->sessionExpires.isValid())
            m_services.sessionNotice->watch(accountId, account->sessionExpires);
        wizard->open();
    };
    const auto account = m_services.currentAccount();
    if (!account)
        return open(nullptr, {});
    const QString accountId = account->id;
    m_services.sync->withClient(accountId, this,
                                [open, accountId](Result<RegistryClient *> client) {
                                    open(client ? client.value() : nullptr, accountId);
                                });
}

} // namespace td
