// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root's construction and start-up: every service and the window built, the
// background work after the first paint, and what both use. The wiring of each area is in
// ApplicationWiring.cpp (the presenters and flows) and ApplicationWindowWiring.cpp (the window,
// the tray and the menus); the public entry points are in ApplicationEntryPoints.cpp.
#include "Application.h"

#include "core/account/AccountListModel.h"
#include "core/account/AccountStore.h"
#include "core/account/SessionManager.h"
#include "core/expiry/NotificationScheduler.h"
#include "core/expiry/SessionExpiryNotice.h"
#include "core/expiry/WakeTimer.h"
#include "core/registry/DelayTimer.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/stage/SessionStageSource.h"
#include "core/stage/StageInbox.h"
#include "core/tokenlist/ReadTokenChoice.h"
#include "core/tokenlist/TokenCache.h"
#include "core/tokenlist/TokenFilterProxy.h"
#include "core/tokenlist/TokenListModel.h"
#include "core/tokenlist/TokenListService.h"
#include "core/util/Clock.h"
#include "core/watch/WatchService.h"
#include "desktop/firstrun/PracticeOffer.h"
#include "desktop/firstrun/PracticeRegistry.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/presenters/AccountFlowPresenter.h"
#include "desktop/presenters/DashboardPresenter.h"
#include "desktop/presenters/DialogLauncher.h"
#include "desktop/presenters/ReleasesPresenter.h"
#include "desktop/presenters/TrayPresenter.h"
#include "desktop/startup/AfterFirstPaint.h"
#include "desktop/startup/FontConfigWarmUp.h"
#include "desktop/startup/StartupMarks.h"
#include "desktop/tray/TrayController.h"
#include "desktop/tray/TrayIcons.h"
#include "desktop/util/MinuteTickDelay.h"
#include "desktop/util/SecretClipboard.h"

#include <QApplication>
#include <QDir>
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
    // The Staged releases, Publishing and Releases tabs get their presenters with their pages.
    connect(m_window.get(), &MainWindow::tabPagesBuilt, this, &Application::wireTabPages);
    if (m_window->hasTabPages())
        wireTabPages();
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
    m_window->finishAfterFirstPaint();
    // The icon is an SVG: loading Qt's SVG icon engine took about 1.2 ms before the first paint
    // (issue 18). Set for the whole application, every window and dialog shows it; the window
    // manager updates the title bar and the task switcher when it arrives.
    QApplication::setWindowIcon(appIcon());
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

void Application::updateTray()
{
    presentTraySummary(*m_tray, m_tokenList->allTokens(), m_clock->now(), m_settings.thresholds);
}

} // namespace td
