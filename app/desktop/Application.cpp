// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

// Before GuiTwoFactorPrompt.h and RotationController.h, whose inline accessors need the complete
// dialog types.
#include "migration/MigrationDialog.h"
#include "signin/TwoFactorDialog.h"

#include "account/AccountListModel.h"
#include "account/AccountStore.h"
#include "account/SessionManager.h"
#include "details/TokenDetailsPane.h"
#include "expiry/ExpiryNotice.h"
#include "expiry/NotificationScheduler.h"
#include "expiry/SessionExpiryNotice.h"
#include "expiry/TraySummary.h"
#include "expiry/WakeTimer.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/SyncStatusText.h"
#include "mainwindow/TokenSync.h"
#include "migration/MigrationSurvey.h"
#include "migration/RegistryMigrationBackend.h"
#include "migration/RotationController.h"
#include "npmconfig/NpmConfigLocator.h"
#include "revoke/RevokeFlow.h"
#include "secrets/KeychainSecretStore.h"
#include "settings/Autostart.h"
#include "settings/SettingsDialog.h"
#include "signin/GuiTwoFactorPrompt.h"
#include "signin/SignInDialog.h"
#include "tokens/TokenCache.h"
#include "tokens/TokenFilterProxy.h"
#include "tokens/TokenListModel.h"
#include "tokens/creation/TokenCreationService.h"
#include "tray/TrayController.h"
#include "trust/TrustWizard.h"
#include "util/Clock.h"
#include "util/Logging.h"
#include "util/SecretClipboard.h"
#include "wizards/createtoken/NewTokenWizard.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>

namespace td {

namespace {
QString defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool sameAccounts(const QList<Account> &a, const QList<Account> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const Account &x, const Account &y) {
                          return x.id == y.id && x.sessionExpires == y.sessionExpires
                              && x.capabilities.webLogin == y.capabilities.webLogin
                              && x.capabilities.reportsExpiry == y.capabilities.reportsExpiry;
                      });
}

TrayState trayStateFor(ExpiryState state)
{
    switch (state) {
    case ExpiryState::Expired:
    case ExpiryState::Critical:
        return TrayState::Critical;
    case ExpiryState::ExpiringSoon:
        return TrayState::Warning;
    default:
        return TrayState::Ok;
    }
}
} // namespace

Application::Application(Options options, QObject *parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_dataDir(m_options.dataDir.isEmpty() ? defaultDataDir() : m_options.dataDir),
      m_ownClock(m_options.clock ? nullptr : std::make_unique<SystemClock>()),
      m_clock(m_options.clock ? m_options.clock : m_ownClock.get()),
      m_network(new QNetworkAccessManager(this)),
      m_secrets(m_options.secrets ? m_options.secrets
                                  : new KeychainSecretStore(QStringLiteral("tokendesk"), this)),
      m_accounts(std::make_unique<AccountStore>(
          m_options.dataDir.isEmpty() ? AccountStore::defaultPath()
                                      : QDir(m_dataDir).filePath(QStringLiteral("accounts.json")))),
      m_cache(
          std::make_unique<TokenCache>(QDir(m_dataDir).filePath(QStringLiteral("token-cache")))),
      m_sessions(new SessionManager(m_network, m_secrets, m_accounts.get(), *m_clock, this)),
      m_sync(new TokenSync(m_accounts.get(), m_sessions, m_cache.get(), *m_clock, this)),
      m_tokens(new TokenListModel(*m_clock, this)),
      m_proxy(new TokenFilterProxy(this)),
      m_accountModel(new AccountListModel(*m_clock, this)),
      m_scheduler(new NotificationScheduler(
          *m_clock, new QtWakeTimer, QDir(m_dataDir).filePath(QStringLiteral("notices.json")),
          this)),
      m_sessionNotice(new SessionExpiryNotice(*m_clock, new QtWakeTimer, this)),
      m_clipboard(new SecretClipboard(this)),
      m_tray(new TrayController(this)),
      m_window(std::make_unique<MainWindow>())
{
    QSettings qsettings;
    applySettings(AppSettings::load(qsettings));

    // With a tray, closing the window keeps TokenDesk watching expiry in the background;
    // without one, closing the window must quit, or the process would linger invisibly.
    QApplication::setQuitOnLastWindowClosed(!m_tray->isAvailable());
    m_window->setTrayAvailable(m_tray->isAvailable());
    m_proxy->setSourceTokenModel(m_tokens);
    m_window->setTokenModels(m_tokens, m_proxy);
    m_window->setAccountModel(m_accountModel);

    connect(m_tray, &TrayController::openRequested, this, &Application::showWindow);
    connect(m_tray, &TrayController::notificationClicked, this,
            [this](const QString &key) { key.isEmpty() ? showWindow() : showToken(key); });
    connect(m_tray, &TrayController::tokenChosen, this, &Application::showToken);
    connect(m_tray, &TrayController::newTokenRequested, this, &Application::openNewTokenWizard);
    connect(m_tray, &TrayController::quitRequested, qApp, &QApplication::quit);

    MainWindow *window = m_window.get();
    connect(window, &MainWindow::quitRequested, qApp, &QApplication::quit);
    connect(window, &MainWindow::refreshRequested, this, &Application::refreshAll);
    connect(window, &MainWindow::newTokenRequested, this, &Application::openNewTokenWizard);
    connect(window, &MainWindow::settingsRequested, this, &Application::openSettings);
    connect(window, &MainWindow::trustedPublishingRequested, this, &Application::openTrustWizard);
    connect(window, &MainWindow::migrationRequested, this, &Application::openMigration);
    connect(window, &MainWindow::accountSelected, this, &Application::selectAccount);
    connect(window, &MainWindow::signInRequested, this, &Application::openSignIn);
    connect(window->details(), &TokenDetailsPane::copyRequested, this, &Application::copyToken);
    connect(window->details(), &TokenDetailsPane::revokeRequested, this,
            [this](const QString &key) { revokeToken(key); });
    connect(window->details(), &TokenDetailsPane::rotateRequested, this, &Application::rotateToken);

    connect(m_sync, &TokenSync::synced, this, &Application::onSynced);
    connect(m_sync, &TokenSync::signInNeeded, this, &Application::onSignInNeeded);
    connect(m_sync, &TokenSync::syncFailed, this, [this](const QString &, const QString &message) {
        m_window->showNotice(tr("Refresh failed: %1").arg(message));
    });
    connect(m_scheduler, &NotificationScheduler::noticeDue, this, &Application::onNotice);
    connect(m_sessionNotice, &SessionExpiryNotice::sessionEnding, this,
            [this](const QString &, qint64, const QString &text) {
                m_tray->notify(tr("TokenDesk"), text, TrayController::Severity::Warning);
                m_window->showNotice(text);
            });

    // Relative texts ("Synced 3 min ago", "session ends in …", the tray's countdowns) move once
    // a minute; the table's own countdowns tick on their own timer.
    m_minuteTimer.setInterval(60 * 1000);
    connect(&m_minuteTimer, &QTimer::timeout, this, [this] {
        rebuildAccountList();
        updateStatus();
        updateTray();
    });
}

Application::~Application() = default;

NewTokenWizard *Application::newTokenWizard() const
{
    return m_wizard;
}

SettingsDialog *Application::settingsDialog() const
{
    return m_settingsDialog;
}

TrustWizard *Application::trustWizard() const
{
    return m_trustWizard;
}

SignInDialog *Application::signInDialog() const
{
    return m_signIn;
}

void Application::openSignIn()
{
    showWindow();
    if (m_signIn) {
        m_signIn->raise();
        m_signIn->activateWindow();
        return;
    }
    const auto account = currentAccount();
    auto *dialog = new SignInDialog(m_sessions, account ? account->registry : m_options.registry,
                                    m_window.get());
    if (account) {
        dialog->setUserName(account->user);
        if (account->capabilities.webLogin == false)
            dialog->setMode(SignInDialog::Mode::Password);
    }
    dialog->setUrlOpener([this](const QUrl &url) { openUrl(url); });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignInDialog::signedIn, this, &Application::accountSignedIn);
    m_signIn = dialog;
    dialog->open();
}

void Application::applySettings(const AppSettings &settings)
{
    m_settings = settings;
    m_scheduler->setThresholds(settings.thresholds);
    m_tokens->setThresholds(settings.thresholds);
    m_clipboard->setTimeout(settings.clipboardTimeout);
}

void Application::start()
{
    loadCachedAccounts();
    m_minuteTimer.start();
    if (!(m_options.startHidden && m_tray->isAvailable()))
        showWindow();
    // The cached lists are on screen already; now ask the registries for fresh ones.
    for (const Account &account : m_accounts->accounts())
        if (account.hasSession(m_clock->now()))
            m_sync->refresh(account.id);
}

void Application::loadCachedAccounts()
{
    if (const auto loaded = m_accounts->load(); !loaded)
        m_window->showNotice(loaded.error().oneLine());
    for (const Account &account : m_accounts->accounts()) {
        const auto cached = m_cache->load(account.id);
        if (!cached) {
            if (cached.error().code != ErrorCode::NotFound)
                m_window->showNotice(cached.error().oneLine());
            continue;
        }
        QList<Token> tokens = cached.value().tokens;
        for (Token &token : tokens)
            token.accountId = account.id;
        m_tokensByAccount.insert(account.id, tokens);
        m_syncedAt.insert(account.id, cached.value().syncedAt);
        m_scheduler->setTokens(account.id, tokens);
    }
    rebuildAccountList();
    if (const auto preferred = m_accounts->preferredFor(m_options.registry))
        selectAccount(preferred->id);
    else if (!m_accounts->accounts().isEmpty())
        selectAccount(m_accounts->accounts().constFirst().id);
    else
        m_window->showSignInBanner(tr("Sign in to your npm account to see its tokens."));
    updateStatus();
    updateTray();
}

void Application::rebuildAccountList()
{
    // The model keeps rows (and the selection) when the accounts are the same; it only
    // re-reads the clock for the session texts.
    if (!sameAccounts(m_accountModel->accounts(), m_accounts->accounts()))
        m_accountModel->setAccounts(m_accounts->accounts());
    m_accountModel->refreshSessionStates();
    if (!m_currentAccount.isEmpty())
        m_window->selectAccount(m_currentAccount);
}

void Application::selectAccount(const QString &accountId)
{
    if (accountId == m_currentAccount)
        return;
    m_currentAccount = accountId;
    m_window->selectAccount(accountId);
    showCurrentTokens();
    updateStatus();
    if (m_options.probeKeychain)
        probeKeychain(accountId);
}

void Application::showCurrentTokens()
{
    m_tokens->setTokens(m_tokensByAccount.value(m_currentAccount));
    updateKeychainColumn();
}

void Application::updateKeychainColumn()
{
    QSet<QString> stored;
    for (const Token &token : m_tokensByAccount.value(m_currentAccount))
        if (m_inKeychain.contains(SecretStore::tokenKey(m_currentAccount, token.key)))
            stored.insert(token.key);
    m_tokens->setStoredInKeychain(stored);
}

std::optional<Account> Application::currentAccount() const
{
    if (m_currentAccount.isEmpty())
        return std::nullopt;
    return m_accounts->find(m_currentAccount);
}

void Application::accountSignedIn(const Account &account)
{
    if (const auto loaded = m_accounts->load(); !loaded)
        qCWarning(lcApp) << "accounts not reloaded:" << loaded.error().oneLine();
    m_window->hideSignInBanner();
    m_window->showNotice({});
    rebuildAccountList();
    m_currentAccount.clear();
    selectAccount(account.id);
    m_sync->refresh(account.id);
}

void Application::refreshAll()
{
    if (const auto loaded = m_accounts->load(); !loaded)
        m_window->showNotice(loaded.error().oneLine());
    rebuildAccountList();
    if (m_currentAccount.isEmpty() && !m_accounts->accounts().isEmpty())
        selectAccount(m_accounts->accounts().constFirst().id);
    bool any = false;
    for (const Account &account : m_accounts->accounts()) {
        if (account.hasSession(m_clock->now())) {
            any = true;
            m_sync->refresh(account.id);
        }
    }
    if (!any && !m_accounts->accounts().isEmpty())
        onSignInNeeded(m_currentAccount, tr("Your session has ended."));
}

void Application::onSynced(const QString &accountId, const QList<Token> &tokens,
                           const QDateTime &at)
{
    m_tokensByAccount.insert(accountId, tokens);
    m_syncedAt.insert(accountId, at);
    m_scheduler->setTokens(accountId, tokens);
    if (accountId == m_currentAccount) {
        const QString selected = m_window->details()->currentKey();
        showCurrentTokens();
        if (!selected.isEmpty())
            m_window->selectToken(selected);
        m_window->hideSignInBanner();
    }
    rebuildAccountList();
    updateStatus();
    updateTray();
    if (m_options.probeKeychain)
        probeKeychain(accountId);
    Q_EMIT accountSynced(accountId);
}

void Application::onSignInNeeded(const QString &accountId, const QString &message)
{
    const auto account = m_accounts->find(accountId);
    const QString who
        = account ? account->user + QLatin1Char('@') + account->registry.host() : accountId;
    m_window->showSignInBanner(tr("%1 Sign in as %2 to refresh the list and manage tokens; "
                                  "the cached list keeps counting down meanwhile.")
                                   .arg(message, who));
    rebuildAccountList();
    updateStatus();
}

void Application::onNotice(const ExpiryNotice &notice)
{
    const bool urgent = notice.remaining <= std::chrono::hours(24);
    m_tray->notify(tr("TokenDesk"), notice.text,
                   urgent ? TrayController::Severity::Critical : TrayController::Severity::Warning,
                   notice.tokenKey);
    qCInfo(lcApp) << "expiry notice:" << notice.text;
}

void Application::updateStatus()
{
    m_window->setSyncStatus(
        syncStatusText(m_syncedAt.value(m_currentAccount), currentAccount(), m_clock->now()));
}

void Application::updateTray()
{
    QList<Token> all;
    for (const QList<Token> &tokens : std::as_const(m_tokensByAccount))
        all += tokens;
    const QDateTime now = m_clock->now();
    const TraySummary summary = summarizeForTray(all, now, m_settings.thresholds);
    m_tray->setState(trayStateFor(summary.worst));
    QList<QPair<QString, QString>> entries;
    for (const TrayEntry &entry : summary.soonest)
        entries.append(
            {entry.tokenKey, tr("%1 — %2").arg(entry.name, countdownText(entry.expires, now))});
    m_tray->setTokenEntries(entries);
}

void Application::clockChanged()
{
    m_scheduler->replan();
    m_tokens->tick();
    rebuildAccountList();
    updateStatus();
    updateTray();
}

const Token *Application::findToken(const QString &tokenKey) const
{
    for (const QList<Token> &tokens : m_tokensByAccount)
        for (const Token &token : tokens)
            if (token.key == tokenKey)
                return &token;
    return nullptr;
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
    if (const Token *token = findToken(tokenKey)) {
        selectAccount(token->accountId);
        m_window->tabs()->setCurrentIndex(0);
        m_window->selectToken(tokenKey);
    }
}

void Application::openUrl(const QUrl &url) const
{
    if (m_options.openUrl)
        m_options.openUrl(url);
    else
        QDesktopServices::openUrl(url);
}

void Application::openNewTokenWizard()
{
    showWindow();
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    const auto account = currentAccount();
    if (!account) {
        m_window->showSignInBanner(tr("Sign in to an npm account to create tokens."));
        return;
    }
    const QString accountId = account->id;
    m_sync->withClient(accountId, this, [this, accountId](Result<RegistryClient *> client) {
        if (!client)
            return; // TokenSync has asked for a sign-in, or the banner says why
        const auto account = m_accounts->find(accountId);
        auto *creation = new TokenCreationService(client.value(), m_secrets, accountId);
        NewTokenWizardServices services;
        services.clock = m_clock;
        services.creation = creation;
        services.clipboard = m_clipboard;
        services.userName = account ? account->user : QString();
        services.userNpmrcPath
            = NpmConfigLocator(QProcessEnvironment::systemEnvironment(), QDir::homePath())
                  .userConfig()
                  .path;
        services.openUrl = [this](const QUrl &url) { openUrl(url); };
        auto *wizard = new NewTokenWizard(services, m_window.get());
        creation->setParent(wizard);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        m_wizard = wizard;
        connect(wizard, &NewTokenWizard::tokenCreated, this, [this, accountId](const Token &t) {
            m_inKeychain.insert(SecretStore::tokenKey(accountId, t.key));
            m_probed.insert(SecretStore::tokenKey(accountId, t.key));
            m_sync->refresh(accountId);
        });
        connect(wizard, &QDialog::finished, this, [this] { m_sessionNotice->stop(); });
        connect(wizard, &NewTokenWizard::trustedPublishingRequested, this,
                &Application::openTrustWizard);
        if (account && account->sessionExpires.isValid())
            m_sessionNotice->watch(accountId, account->sessionExpires);
        wizard->open();
    });
}

RevokeFlow *Application::revokeToken(const QString &tokenKey)
{
    const Token *token = findToken(tokenKey);
    if (!token)
        return nullptr;
    auto *flow
        = new RevokeFlow(*token, m_sync, m_window.get(), [this](const QUrl &url) { openUrl(url); });
    connect(flow, &RevokeFlow::finished, this,
            [this](const Token &revoked, bool ok, const QString &message) {
                if (!ok) {
                    if (!message.isEmpty())
                        m_window->showNotice(
                            tr("'%1' was not revoked: %2").arg(revoked.name, message));
                    return;
                }
                // The registry confirmed: only now does the row go.
                QList<Token> &tokens = m_tokensByAccount[revoked.accountId];
                tokens.removeIf([&](const Token &t) { return t.key == revoked.key; });
                if (revoked.accountId == m_currentAccount)
                    m_tokens->removeToken(revoked.key);
                m_scheduler->cancel(revoked.key);
                m_secrets->remove(SecretStore::tokenKey(revoked.accountId, revoked.key), this,
                                  [](Result<void>) {});
                m_window->showNotice(tr("'%1' was revoked.").arg(revoked.name));
                updateTray();
                Q_EMIT tokenRevoked(revoked.key);
                m_sync->refresh(revoked.accountId);
            });
    flow->start();
    return flow;
}

void Application::copyToken(const QString &tokenKey)
{
    const Token *token = findToken(tokenKey);
    if (!token)
        return;
    const QString name = token->name;
    m_secrets->read(SecretStore::tokenKey(token->accountId, tokenKey), this,
                    [this, name](Result<SecretBuffer> secret) {
                        if (!secret) {
                            m_window->showNotice(
                                tr("The secret of '%1' could not be read from the keychain: %2")
                                    .arg(name, secret.error().oneLine()));
                            return;
                        }
                        m_clipboard->copy(secret.value());
                        m_window->showNotice(tr("'%1' copied; the clipboard is cleared in %2 s.")
                                                 .arg(name)
                                                 .arg(m_settings.clipboardTimeout.count()));
                    });
}

void Application::rotateToken(const QString &tokenKey)
{
    const Token *token = findToken(tokenKey);
    if (!token)
        return;
    if (m_rotation) {
        m_rotation(*token, m_window.get());
        return;
    }
    // Rotation is a one-row migration plan: it needs the account's session.
    const Token rotated = *token;
    withRotationController(rotated.accountId,
                           [rotated](RotationController *rotation) { rotation->rotate(rotated); });
}

void Application::openMigration()
{
    showWindow();
    const auto account = currentAccount();
    if (!account) {
        m_window->showSignInBanner(tr("Sign in to an npm account to migrate its tokens."));
        return;
    }
    withRotationController(account->id, [](RotationController *rotation) { rotation->migrate(); });
}

void Application::withRotationController(const QString &accountId,
                                         std::function<void(RotationController *)> use)
{
    m_sync->withClient(accountId, this, [this, accountId, use](Result<RegistryClient *> client) {
        if (!client)
            return; // TokenSync asked for a sign-in
        const MigrationServices services = makeMigrationServices(client.value(), accountId);
        m_migrationServices = [services] { return services; };
        if (!m_rotationController) {
            m_rotationController = new RotationController([this] { return m_migrationServices(); },
                                                          m_window.get(), this);
            connect(m_rotationController, &RotationController::finished, this,
                    [this](bool) { refreshAll(); });
        }
        use(m_rotationController);
    });
}

MigrationServices Application::makeMigrationServices(RegistryClient *client,
                                                     const QString &accountId)
{
    if (!m_migrationPrompt) {
        m_migrationPrompt = new GuiTwoFactorPrompt(m_window.get(), this);
        m_migrationPrompt->setUrlOpener([this](const QUrl &url) { openUrl(url); });
    }
    const auto account = m_accounts->find(accountId);
    SurveyInput input;
    input.accountRegistry = account ? account->registry.toString() : QString();
    input.accountUser = account ? account->user : QString();
    input.tokens = m_tokensByAccount.value(accountId);
    QNetworkAccessManager *nam = m_network;
    const Clock *clock = m_clock;
    GuiTwoFactorPrompt *prompt = m_migrationPrompt;
    QPointer<RegistryClient> registry(client);

    MigrationServices services;
    services.survey = [registry, nam, clock, prompt,
                       input](QObject *context, std::function<void(Result<Survey>)> done) {
        if (!registry)
            return done(makeError(ErrorCode::ENEEDAUTH, tr("Sign in again to continue.")));
        auto backend = std::make_shared<RegistryMigrationBackend>(*registry, nam, *clock, *prompt,
                                                                  SecretBuffer());
        auto locator = std::make_shared<NpmConfigLocator>(QProcessEnvironment::systemEnvironment(),
                                                          QDir::homePath());
        QPointer<QObject> guard(context);
        runSurvey(*locator, {}, input, *clock, livenessThrough(*backend),
                  [backend, locator, guard, done](Survey survey) {
                      if (guard)
                          done(std::move(survey));
                  });
    };
    services.makeBackend = [registry, nam, clock,
                            prompt](SecretBuffer password) -> std::unique_ptr<MigrationBackend> {
        if (!registry)
            return nullptr;
        return std::make_unique<RegistryMigrationBackend>(*registry, nam, *clock, *prompt,
                                                          std::move(password));
    };
    services.secrets = m_secrets;
    services.clock = m_clock;
    services.accountId = accountId;
    // Shared with `tokendesk-cli migrate`, next to the accounts file.
    const QString migrationDir
        = QFileInfo(m_accounts->path()).absolutePath() + QStringLiteral("/migration");
    services.journalPath = migrationDir + QStringLiteral("/journal.json");
    services.backupDir = migrationDir + QStringLiteral("/backups");
    services.planner.accountUser = input.accountUser;
    return services;
}

void Application::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        return;
    }
    Autostart autostart;
    auto *dialog = new SettingsDialog(m_settings, autostart.isEnabled(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const AppSettings chosen = dialog->settings();
        QSettings qsettings;
        chosen.save(qsettings);
        applySettings(chosen);
        updateTray();
        Autostart autostart;
        if (autostart.isEnabled() != dialog->startAtLogin()) {
            const auto changed = autostart.setEnabled(dialog->startAtLogin(),
                                                      QCoreApplication::applicationFilePath());
            if (!changed)
                m_window->showNotice(changed.error().oneLine());
        }
    });
    dialog->open();
}

void Application::openTrustWizard()
{
    showWindow();
    if (m_trustWizard) {
        m_trustWizard->raise();
        m_trustWizard->activateWindow();
        return;
    }
    const auto open = [this](RegistryClient *client, const QString &accountId) {
        auto *prompt = new GuiTwoFactorPrompt(m_window.get());
        prompt->setUrlOpener([this](const QUrl &url) { openUrl(url); });
        TrustWizardServices services;
        services.client = client; // null: the local steps work, registry steps say "sign in"
        services.prompt = prompt;
        services.initialFolder = QDir::homePath();
        auto *wizard = new TrustWizard(services, m_window.get());
        prompt->setParent(wizard);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        m_trustWizard = wizard;
        connect(wizard, &QDialog::finished, this, [this] { m_sessionNotice->stop(); });
        const auto notYet = [this] {
            m_window->showNotice(tr("Publishing a package for the first time is not available "
                                    "from this window yet."));
        };
        // Tokens that trusted publishing made unnecessary: the migration plan replaces or
        // revokes them.
        connect(wizard, &TrustWizard::tokenCleanupRequested, this, &Application::openMigration);
        connect(wizard, &TrustWizard::bootstrapRequested, this, notYet);
        if (const auto account = m_accounts->find(accountId);
            account && account->sessionExpires.isValid())
            m_sessionNotice->watch(accountId, account->sessionExpires);
        wizard->open();
    };
    const auto account = currentAccount();
    if (!account)
        return open(nullptr, {});
    const QString accountId = account->id;
    m_sync->withClient(accountId, this, [open, accountId](Result<RegistryClient *> client) {
        open(client ? client.value() : nullptr, accountId);
    });
}

void Application::probeKeychain(const QString &accountId)
{
    // Which listed tokens TokenDesk holds a secret for (Copy needs it). One read at a time, and
    // each token once per run: a keychain is slow and may be shared with other programs.
    for (const Token &token : m_tokensByAccount.value(accountId)) {
        const QString key = SecretStore::tokenKey(accountId, token.key);
        if (token.isRevoked() || m_probed.contains(key))
            continue;
        m_probed.insert(key);
        m_probeQueue.append(key);
    }
    probeNext();
}

void Application::probeNext()
{
    if (m_probing || m_probeQueue.isEmpty())
        return;
    m_probing = true;
    const QString key = m_probeQueue.takeFirst();
    m_secrets->read(key, this, [this, key](Result<SecretBuffer> secret) {
        m_probing = false;
        if (secret) {
            m_inKeychain.insert(key);
            if (key.startsWith(SecretStore::tokenKey(m_currentAccount, {})))
                updateKeychainColumn();
        }
        probeNext();
    });
}

} // namespace td
