// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root's wiring of the presenters and flows: the pieces every area uses (CI
// secrets, the dashboard, token actions, the dialog, lockdown and migration launchers, the
// January 2027 cut-off notices), staging, the token lists and accounts, and publishing.
// Application.cpp builds the services and calls these; the window and the tray are connected in
// ApplicationWindowWiring.cpp.
#include "Application.h"

#include "core/account/AccountStore.h"
#include "core/account/SessionManager.h"
#include "core/migration/TokenUsage.h"
#include "core/registry/DelayTimer.h"
#include "core/stage/SessionStageSource.h"
#include "core/stage/StageInbox.h"
#include "core/tokenlist/TokenListService.h"
#include "core/tokenlist/TokenSync.h"
#include "core/util/Clock.h"
#include "desktop/ci/CiDesktop.h"
#include "desktop/ci/CiSecretLines.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/mainwindow/TokenUsageTracker.h"
#include "desktop/migration/ProjectFolders.h"
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
#include "desktop/publishing/PublishingTab.h"
#include "desktop/stage/StagePresenter.h"
#include "desktop/tray/TrayController.h"
#include "desktop/util/MinuteTickDelay.h"

#include <QDir>
#include <QFileInfo>

namespace td {

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
    connect(m_tray, &TrayController::stagedReleasesRequested, this,
            &Application::showStagedReleases);
}

// The tabs behind Tokens, once MainWindow has built their pages (right after the first paint):
// their presenters, before the staged poll and the publish watch start.
void Application::wireTabPages()
{
    m_stage = new StagePresenter({m_inbox, m_sync, m_window->stagedTab(), m_window.get(), m_clock,
                                  [this](const QUrl &url) { return openUrl(url); },
                                  [] { return loadProjectFolders(); }},
                                 this);
    connect(m_stage, &StagePresenter::waitingChanged, this, [this](int count) {
        m_tray->setStagedCount(count);
        m_window->setStagedCount(count);
    });
    m_releases
        = new ReleasesPresenter(*m_watch, *m_window->releasesView(), *m_tray, *m_clock, this);
    // "Respond" on a release opens the lockdown for its package.
    connect(m_releases, &ReleasesPresenter::respondRequested, m_lockdown,
            &LockdownLauncher::respond);
    // The Publishing tab's way out. TODO(lead): the trust wizard does not take a package or a
    // stage-only default from outside yet, and the migration dialog plans every token rather
    // than the one package's; both open at their start until the core's way-out plan lands.
    connect(m_window->publishingTab(), &PublishingTab::wayOutRequested, this,
            [this](const PackagePublishPath &, WayOut wayOut) {
                if (wayOut == WayOut::TrustedPublishing)
                    openTrustWizard();
                else if (wayOut == WayOut::StageOnlyToken)
                    openMigration();
            });
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

} // namespace td
