// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

// Before RotationController.h, whose inline accessors need the complete dialog type.
#include "desktop/migration/MigrationDialog.h"

#include "core/account/AccountListModel.h"
#include "core/account/AccountStore.h"
#include "core/account/CredentialNotices.h"
#include "core/account/SessionManager.h"
#include "core/expiry/NotificationScheduler.h"
#include "core/expiry/SessionExpiryNotice.h"
#include "core/expiry/WakeTimer.h"
#include "core/migration/TokenUsage.h"
#include "core/registry/DelayTimer.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/stage/SessionStageSource.h"
#include "core/stage/StageInbox.h"
#include "core/tokenlist/ReadTokenChoice.h"
#include "core/tokenlist/TokenCache.h"
#include "core/tokenlist/TokenFilterProxy.h"
#include "core/tokenlist/TokenListModel.h"
#include "core/tokenlist/TokenListService.h"
#include "core/tokenlist/TokenSync.h"
#include "core/util/Clock.h"
#include "core/util/Logging.h"
#include "core/watch/WatchService.h"
#include "desktop/ci/CiDesktop.h"
#include "desktop/ci/CiSecretLines.h"
#include "desktop/details/ReleaseChecksPresenter.h"
#include "desktop/details/TokenDetailsPane.h"
#include "desktop/firstrun/PracticeOffer.h"
#include "desktop/firstrun/PracticeRegistry.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/mainwindow/TokenContextMenu.h"
#include "desktop/mainwindow/TokenUsageTracker.h"
#include "desktop/migration/ProjectFolders.h"
#include "desktop/migration/RotationController.h"
#include "desktop/presenters/AccountActions.h"
#include "desktop/presenters/AccountFlowPresenter.h"
#include "desktop/presenters/CutoffNoticePresenter.h"
#include "desktop/presenters/DashboardPresenter.h"
#include "desktop/presenters/DialogLauncher.h"
#include "desktop/presenters/LockdownLauncher.h"
#include "desktop/presenters/MigrationLauncher.h"
#include "desktop/presenters/PublishingPresenter.h"
#include "desktop/presenters/ReleasesPresenter.h"
#include "desktop/presenters/StagedNotices.h"
#include "desktop/presenters/TokenActions.h"
#include "desktop/presenters/TokenListPresenter.h"
#include "desktop/presenters/TrayPresenter.h"
#include "desktop/publishing/PublishingTab.h"
#include "desktop/settings/SettingsDialog.h"
#include "desktop/stage/StagePresenter.h"
#include "desktop/startup/AfterFirstPaint.h"
#include "desktop/startup/FontConfigWarmUp.h"
#include "desktop/startup/StartupMarks.h"
#include "desktop/tray/TrayController.h"
#include "desktop/util/AboutBox.h"
#include "desktop/util/MinuteTickDelay.h"
#include "desktop/util/SecretClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QPixmapCache>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

namespace td {

namespace {

// The token cache, already parsing the known accounts' lists on a worker thread while the
// window is built (issue 18: the parse of 1,000 cached tokens is a third of start-up).
std::unique_ptr<TokenCache> cacheReadingAhead(const QString &directory, const QString &accountsPath)
{
    auto cache = std::make_unique<TokenCache>(directory);
    AccountStore accounts(accountsPath);
    if (accounts.load()) {
        QStringList ids;
        for (const Account &account : accounts.accounts())
            ids << account.id;
        cache->readAhead(ids);
    }
    return cache;
}

// The window lays out text as it is built: fontconfig's configuration must be in by then.
std::unique_ptr<MainWindow> buildWindow()
{
    finishFontConfigWarmUp();
    return std::make_unique<MainWindow>();
}

} // namespace

Application::Application(Options options, QObject *parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_dataDir(m_options.dataDir.isEmpty()
                    ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                    : m_options.dataDir),
      m_ownClock(m_options.clock ? nullptr : std::make_unique<SystemClock>()),
      m_clock(m_options.clock ? m_options.clock : m_ownClock.get()),
      m_network(new QNetworkAccessManager(this)),
      m_secrets(m_options.secrets ? m_options.secrets
                                  : new KeychainSecretStore(QStringLiteral("tokendesk"), this)),
      m_accounts(std::make_unique<AccountStore>(
          m_options.dataDir.isEmpty() ? AccountStore::defaultPath()
                                      : QDir(m_dataDir).filePath(QStringLiteral("accounts.json")))),
      m_cache(cacheReadingAhead(QDir(m_dataDir).filePath(QStringLiteral("token-cache")),
                                m_accounts->path())),
      m_sessions(new SessionManager(m_network, m_secrets, m_accounts.get(), *m_clock, this)),
      m_tokens(new TokenListModel(*m_clock, this)),
      m_tokenList(new TokenListService(
          {m_accounts.get(), m_sessions, m_cache.get(), m_secrets, m_clock, m_tokens}, this)),
      m_sync(m_tokenList->sync()),
      m_proxy(new TokenFilterProxy(this)),
      m_accountModel(new AccountListModel(*m_clock, this)),
      m_scheduler(new NotificationScheduler(
          *m_clock, new QtWakeTimer, QDir(m_dataDir).filePath(QStringLiteral("notices.json")),
          this)),
      m_sessionNotice(new SessionExpiryNotice(*m_clock, new QtWakeTimer, this)),
      m_clipboard(new SecretClipboard(this)),
      m_tray(new TrayController(this, TrayController::Start::Deferred)),
      m_window(buildWindow())
{
    startupMark("services and window built");
    QSettings qsettings;
    applySettings(AppSettings::load(qsettings));
    // Each registry request's deadline (issue 12): TOKENDESK_TIMEOUT, else the setting, else 60 s.
    const int timeout = qEnvironmentVariableIntValue("TOKENDESK_TIMEOUT");
    m_sessions->setTransportOptions(withTimeoutSeconds(
        {},
        timeout > 0 ? timeout : qsettings.value(QStringLiteral("network/timeoutSeconds")).toInt()));
    wirePieces();
    wireAccountsAndHelp();
    wireStaging();
    wireTokenListsAndAccounts();
    wirePublishing();
    // The publish watch (issue 22): read from disk now, polling after the first paint.
    watch::WatchServiceSettings watchSettings = ReleasesPresenter::settingsFor(m_options.dataDir);
    watchSettings.interval = m_settings.watchInterval;
    m_watch = new watch::WatchService(m_network, *m_clock, m_secrets, watchSettings, this);
    // Its turns, the hourly target re-read and the staged reads ride the minute tick: in the tray
    // the watch adds no wake-up of its own (issue 22's benchmark, issue 18's rule).
    m_watch->setDelayTimer(&m_minuteWaits);
    m_dialogs->setWatchService(m_watch);
    m_releases
        = new ReleasesPresenter(*m_watch, *m_window->releasesView(), *m_tray, *m_clock, this);
    // "Respond" on a release opens the lockdown for its package.
    connect(m_releases, &ReleasesPresenter::respondRequested, m_lockdown,
            &LockdownLauncher::respond);
    connect(this, &Application::accountSynced, m_watch,
            [this] { m_watch->setAccounts(m_accounts->accounts()); });
    connect(m_tokenList, &TokenListService::listChanged, this, &Application::chooseWatchReadToken);
    connect(m_tokenList, &TokenListService::keychainChanged, this,
            &Application::chooseWatchReadToken);
    connectWindowAndTray();
    m_practice = std::make_unique<PracticeRegistry>(
        PracticeRegistry::Services{m_sessions, m_accounts.get(), m_cache.get(), m_secrets,
                                   m_network, m_options.practiceProgram});
    new PracticeOffer(
        m_practice.get(), m_window.get(),
        [this](const Account &account) { accountSignedIn(account); }, this);

    connect(m_scheduler, &NotificationScheduler::noticeDue, this, &Application::presentNotice);
    connect(m_tray, &TrayController::deliveryPossible, m_scheduler, &NotificationScheduler::replan);
    connect(m_sessionNotice, &SessionExpiryNotice::sessionEnding, this,
            [this](const QString &, qint64, const QString &text) {
                m_tray->notify(tr("TokenDesk"), text, TrayController::Severity::Warning);
                m_window->showNotice(text, NoticeKind::Warning);
            });

    // Relative texts ("Synced 3 min ago", "session ends in …", the tray's countdowns) move once
    // a minute; the table's own countdowns tick on their own timer.
    m_minuteTimer = new QTimer(this);
    m_minuteTimer->setObjectName(QStringLiteral("minuteTimer"));
    m_minuteTimer->setInterval(60 * 1000);
    connect(m_minuteTimer, &QTimer::timeout, this, [this] {
        m_minuteWaits.tick(); // the staged-release poll and the cut-off check, when due
        m_dashboard->rebuildAccountList();
        m_dashboard->updateStatus();
        updateTray();
        // Hidden in the tray nothing shows the rendered pixmaps, and while Qt's pixmap cache
        // holds any it wakes the process every 30 s to age them: an empty cache sleeps.
        if (!m_window->isVisible())
            QPixmapCache::clear();
    });
}

Application::~Application() = default;

void Application::wirePieces()
{
    const auto urls = [this](const QUrl &url) { return openUrl(url); };
    // CI secrets (issue 15): sign-ins, the details pane's CI lines, rotation into CI.
    m_ci = new CiDesktop(
        {m_network, m_secrets, m_clock, m_options.dataDir, urls,
         [this] { return m_migration ? m_migration->usageTracker()->uses() : QList<TokenUse>{}; },
         /* gitHubClientId: the build's */ {}},
        this);
    m_dashboard = std::make_unique<DashboardPresenter>(DashboardPresenter::Parts{
        m_window.get(), m_tokens, m_accountModel, m_accounts.get(), m_tokenList->lists(),
        m_tokenList->keychain(), m_clock, m_tokenList});

    TokenActions::Services actions;
    actions.sync = m_sync;
    actions.secrets = m_secrets;
    actions.clipboard = m_clipboard;
    actions.window = m_window.get();
    actions.openUrl = urls;
    // Revoking offers to remove the lines the last usage scan found, backed up like the
    // migration's RemoveLine rows.
    actions.placesOf = [this](const Token &token) {
        return placesOf(token, m_migration->usageTracker()->uses());
    };
    actions.backupDir
        = QFileInfo(m_accounts->path()).absolutePath() + QStringLiteral("/migration/backups");
    actions.now = [this] { return m_clock->now(); };
    m_actions = new TokenActions(actions, this);

    const LauncherServices launch{
        m_accounts.get(), m_secrets, m_clipboard, m_sync, m_window.get(), m_clock, urls, m_ci,
    };
    DialogLauncher::Services dialogs{launch,
                                     m_sessions,
                                     m_sessionNotice,
                                     m_options.registry,
                                     [this] { return currentAccount(); },
                                     [this] { return m_settings; }};
    m_dialogs = new DialogLauncher(dialogs, this);
    connect(m_dialogs, &DialogLauncher::signedIn, this, &Application::accountSignedIn);
    connect(m_dialogs, &DialogLauncher::tokenCreated, this,
            [this](const QString &accountId, const Token &token) {
                m_tokenList->markStored(accountId, token.key);
                m_sync->refresh(accountId);
            });
    connect(m_dialogs, &DialogLauncher::referenceWritten, this, [this](const QString &accountId) {
        if (accountId == currentAccountId())
            rescanUsage();
    });
    connect(m_dialogs, &DialogLauncher::settingsChosen, this, [this](const AppSettings &chosen) {
        applySettings(chosen);
        updateTray();
    });
    connect(m_dialogs, &DialogLauncher::trustCleanupRequested, this,
            &Application::openTrustCleanup);

    m_lockdown = new LockdownLauncher(launch, this);

    m_migration = new MigrationLauncher(
        {launch, m_network, [this](const QString &id) { return m_tokenList->tokens(id); },
         [this] { return m_settings.ciGracePeriod; }},
        this);
    // A run ended: token keys changed, and CI stores hold new values (refreshAll reads both).
    connect(m_migration, &MigrationLauncher::finished, this, [this](bool) { refreshAll(); });
    TokenUsageTracker *usage = m_migration->usageTracker();
    CiSecretLines *ciLines = m_ci->secretLines();
    m_window->setUsageLookup([usage, ciLines](const Token &token) {
        TokenUsageView view = usage->usageOf(token);
        view.ciSecrets = ciLines->linesFor(token);
        view.ciNeedsConnection = ciLines->needsConnection(token);
        return view;
    });
    connect(usage, &TokenUsageTracker::scanStarted, m_window.get(), &MainWindow::refreshDetails);
    connect(usage, &TokenUsageTracker::updated, ciLines, &CiSecretLines::refresh);
    connect(usage, &TokenUsageTracker::updated, m_window.get(), &MainWindow::refreshDetails);
    connect(ciLines, &CiSecretLines::changed, m_window.get(), &MainWindow::refreshDetails);
    // January 2027: direct-publish tokens used in CI get a weekly notice from mid-December on.
    m_cutoffNotices = new CutoffNoticePresenter(
        *m_tray, *m_clock, QDir(m_dataDir).filePath(QStringLiteral("publish-cutoff-notices.json")),
        this);
    connect(usage, &TokenUsageTracker::updated, this, &Application::checkPublishCutoff);
    connect(m_tray, &TrayController::deliveryPossible, this, &Application::checkPublishCutoff);
    // A TokenDesk left running across 15 December still starts the notices that day: every six
    // hours on the minute tick (a timer of its own would wake the process in the tray).
    checkPublishCutoffEverySixHours();
    connect(m_tray, &TrayController::publishMigrationRequested, this,
            [this](const QString &tokenKey) {
                showToken(tokenKey);
                openMigration();
            });
}

void Application::checkPublishCutoffEverySixHours()
{
    m_minuteWaits.start(std::chrono::hours(6), this, [this] {
        checkPublishCutoff();
        checkPublishCutoffEverySixHours();
    });
}

void Application::checkPublishCutoff()
{
    const TokenUsageTracker *usage = m_migration->usageTracker();
    if (usage->hasResult())
        m_cutoffNotices->check(m_tokenList->allTokens(), usage->uses(), QDir::homePath());
}

void Application::wireStaging()
{
    m_stageSource = std::make_unique<SessionStageSource>(*m_sessions, *m_accounts);
    m_inbox = new StageInbox(*m_stageSource, *m_clock, m_minuteWaits,
                             QDir(m_dataDir).filePath(QStringLiteral("staged-notices.json")), this);
    m_inbox->setInterval(m_options.stagePollInterval);
    m_stage = new StagePresenter({m_inbox, m_sync, m_window->stagedTab(), m_window.get(), m_clock,
                                  [this](const QUrl &url) { return openUrl(url); },
                                  [] { return loadProjectFolders(); }},
                                 this);
    auto *notices = new StagedNotices(
        *m_tray,
        [this](const QString &id) -> std::optional<StagedRelease> {
            for (const StagedRelease &release : m_inbox->releases())
                if (release.id == id)
                    return release;
            return std::nullopt;
        },
        this);
    connect(m_inbox, &StageInbox::arrived, notices, &StagedNotices::announce);
    connect(m_stage, &StagePresenter::waitingChanged, this, [this](int count) {
        m_tray->setStagedCount(count);
        m_window->setStagedCount(count);
    });
    connect(m_tray, &TrayController::stagedReleasesRequested, this,
            &Application::showStagedReleases);
}

// Flows 1 and 2: the accounts and their token lists, presented; the tray and the usage scan
// follow what they change.
void Application::wireTokenListsAndAccounts()
{
    m_lists = new TokenListPresenter({m_tokenList, m_accounts.get(), m_scheduler, m_dashboard.get(),
                                      m_window.get(), m_options.probeKeychain},
                                     this);
    connect(m_lists, &TokenListPresenter::currentListChanged, this, &Application::rescanUsage);
    connect(m_lists, &TokenListPresenter::traySummaryStale, this, &Application::updateTray);
    connect(m_lists, &TokenListPresenter::listShown, this, &Application::accountSynced);
    connect(m_lists, &TokenListPresenter::tokenRemoved, this, &Application::tokenRevoked);
    connect(m_actions, &TokenActions::revoked, m_lists, &TokenListPresenter::revoked);

    m_accountFlow = new AccountFlowPresenter({m_accounts.get(), m_tokenList, m_lists,
                                              m_dashboard.get(), m_window.get(), m_inbox, m_ci,
                                              m_clock, m_options.registry, m_options.probeKeychain},
                                             this);
    connect(m_accountFlow, &AccountFlowPresenter::traySummaryStale, this, &Application::updateTray);
    connect(m_accountActions, &AccountActions::signedOut, m_accountFlow,
            &AccountFlowPresenter::signedOut);
    connect(m_accountActions, &AccountActions::removed, m_accountFlow,
            &AccountFlowPresenter::removed);
    // The accounts column counts down from the new date at once.
    connect(m_accountActions, &AccountActions::tokenExpiryEntered, m_accountFlow,
            &AccountFlowPresenter::tokenExpiryEntered);
    connect(m_window.get(), &MainWindow::accountSelected, m_accountFlow,
            &AccountFlowPresenter::select);
}

// The Publishing tab: every package's publish path and January 2027 verdict, surveyed again
// when an account's tokens or the usage scan change (both feed the verdict).
void Application::wirePublishing()
{
    m_publishing = new PublishingPresenter(
        {*m_stageSource, *m_clock, [this](const QString &id) { return m_tokenList->tokens(id); },
         [this] { return m_migration->usageTracker()->uses(); },
         [this](const QList<PackagePublishPath> &paths) { m_window->setPublishPaths(paths); }},
        this);
    connect(this, &Application::accountSynced, m_publishing, &PublishingPresenter::refresh);
    connect(m_migration->usageTracker(), &TokenUsageTracker::updated, m_publishing,
            &PublishingPresenter::refresh);
}

// With a tray, closing the window keeps TokenDesk watching expiry in the background; without
// one, closing the window must quit, or the process would linger invisibly.
void Application::trayKnown(bool available)
{
    QApplication::setQuitOnLastWindowClosed(!available);
    m_window->setTrayAvailable(available);
    updateTray();
}

void Application::showStagedReleases(const QString &stageId)
{
    showWindow();
    m_window->showStagedReleases(stageId);
}

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
    // The Publishing tab's way out. TODO(lead): the trust wizard does not take a package or a
    // stage-only default from outside yet, and the migration dialog plans every token rather
    // than the one package's; both open at their start until the core's way-out plan lands.
    connect(window->publishingTab(), &PublishingTab::wayOutRequested, this,
            [this](const PackagePublishPath &, WayOut wayOut) {
                if (wayOut == WayOut::TrustedPublishing)
                    openTrustWizard();
                else if (wayOut == WayOut::StageOnlyToken)
                    openMigration();
            });
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

void Application::start()
{
    m_practice->forgetLeftovers(); // a practice registry dies with the TokenDesk that started it
    m_accountFlow->loadCached();
    startupMark("cached lists in the table");
    m_minuteTimer->start();
    if (m_options.startHidden)
        m_tray->startDesktopServices(); // hidden needs a tray to come back from
    if (m_options.startHidden && m_tray->isAvailable()) {
        startBackgroundWork(); // nothing to paint first
        QPixmapCache::clear(); // what building the window rendered (see the minute timer)
        return;
    }
    showWindow();
    startupMark("window shown");
    // The table first: the keychain, the notices and the registries wait for its first paint.
    QWidget *table = m_window->tokenTable()->viewport();
    auto *firstPaint = new AfterFirstPaint(
        table->isVisible() ? table : m_window.get(), [this] { startBackgroundWork(); }, this);
    Q_UNUSED(firstPaint);
}

void Application::startBackgroundWork()
{
    // D-Bus for notifications, the tray (or the look for a missing one); then the notices held
    // back.
    m_tray->startDesktopServices();
    if (!m_tray->isAvailable())
        trayKnown(false); // with one, availabilityChanged(true) said so already
    m_scheduler->replan();
    m_accountFlow->firstPaintDone(); // the keychain: which listed tokens it holds
    // The cached lists are on screen already; now ask the registries for fresh ones.
    m_tokenList->refreshSignedIn();
    m_inbox->start();
    m_watch->setAccounts(m_accounts->accounts());
    for (const Account &account : m_accounts->accounts())
        chooseWatchReadToken(account.id);
    m_watch->start();
    m_releases->announceOpenAlarms(); // alarms still open from the last run: red tray, notices
}

// Private packages are watched with a stored read-capable token of their account, by the rule
// tokendesk-cli watch follows; chosen again whenever the account's list or keychain changes.
void Application::chooseWatchReadToken(const QString &accountId)
{
    const std::optional<Account> account = m_accounts->find(accountId);
    if (!account)
        return;
    m_watch->setReadTokenKey(
        account->registry, accountId,
        readTokenKeyFor(*account, m_tokenList->tokens(accountId), *m_secrets, m_clock->now()));
}

void Application::presentNotice(const ExpiryNotice &notice)
{
    if (!m_tray->desktopServicesStarted()) {
        m_scheduler->undelivered(notice); // startBackgroundWork() replans once they can go out
        return;
    }
    // Remembered only once it reached the user; otherwise it goes out again when a
    // notification server or a tray appears.
    QPointer<NotificationScheduler> scheduler(m_scheduler);
    presentExpiryNotice(*m_tray, notice, [scheduler, notice](bool shown) {
        if (!scheduler)
            return;
        if (shown)
            scheduler->delivered(notice);
        else
            scheduler->undelivered(notice);
    });
}

void Application::accountSignedIn(const Account &account)
{
    m_accountFlow->signedIn(account);
}

void Application::refreshAll()
{
    m_accountFlow->refreshAll();
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

void Application::updateTray()
{
    presentTraySummary(*m_tray, m_tokenList->allTokens(), m_clock->now(), m_settings.thresholds);
}

} // namespace td
