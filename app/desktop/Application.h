// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/account/Account.h"
#include "core/expiry/ExpiryNotice.h"
#include "core/tokens/Token.h"
#include "desktop/settings/AppSettings.h"
#include "desktop/util/MinuteTickDelay.h"
#include "desktop/util/UrlOpener.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace td {

class AccountFlowPresenter;
class AccountListModel;
class CiDesktop;
class CutoffNoticePresenter;
class DashboardPresenter;
class DialogLauncher;
class MigrationLauncher;
class PublishingPresenter;
class LockdownLauncher;
class ReleasesPresenter;
namespace watch {
class WatchService;
}
class RotationController;
class TokenActions;
class AccountActions;
class AccountStore;
class Clock;
class RegistryClient;
class MainWindow;
class NewTokenWizard;
class NotificationScheduler;
class PracticeRegistry;
class RevokeFlow;
class SecretClipboard;
class SecretStore;
class SessionExpiryNotice;
class SessionManager;
class SettingsDialog;
class SignInDialog;
class SessionStageSource;
class StageInbox;
class StagePresenter;
class TokenCache;
class TokenFilterProxy;
class TokenListModel;
class TokenListPresenter;
class TokenListService;
class TokenSync;
class TokenUsageTracker;
class TrayController;
class TrustWizard;

// What the command line (or a test) can change about the composition.
struct ApplicationOptions
{
    QUrl registry = QUrl(QStringLiteral("https://registry.npmjs.org/"));
    bool startHidden = false; // from autostart: stay in the tray (only when a tray exists)
    // Where accounts, the token cache and the notice memory live; empty = AppDataLocation
    // (accounts at AccountStore::defaultPath(), shared with tokendesk-cli).
    QString dataDir;
    const Clock *clock = nullptr;   // not owned; null = the system clock
    SecretStore *secrets = nullptr; // not owned; null = the keychain (service "tokendesk")
    bool probeKeychain = true;      // look up which listed tokens TokenDesk holds secrets for
    UrlOpener openUrl;              // 2FA pages; empty = the desktop's browser
    // How often the staged-releases inbox asks every signed-in account (design §4 flow 7).
    std::chrono::seconds stagePollInterval{300};
    // tokendesk-sandbox for the first run's practice registry; empty = beside this program or
    // on PATH (PracticeRegistry::findProgram()).
    QString practiceProgram;
};

// The composition root: builds every service and presenter once and connects them (flows 1, 2
// and 4 of design.md). Nothing else in the program creates a clock, a network manager or a
// secret store. The presenters in presenters/ hold the flows: AccountFlowPresenter (start-up,
// sign-in, refresh, sign-out, removal), TokenListPresenter (a new list on screen and in the
// notices, a failed refresh, a confirmed revoke), DialogLauncher (sign-in, new token, settings,
// trust wizard), MigrationLauncher (rotate, migrate, clean-up, usage scan), TokenActions (copy,
// revoke), TrayPresenter; the token lists live in core's TokenListService. Its public entry
// points are what menus, the tray, notifications and tests ask for.
class Application : public QObject
{
    Q_OBJECT
public:
    using Options = ApplicationOptions;
    // Rotation is a migration plan with one token; whoever provides the runner installs it here.
    using RotationHandler = std::function<void(const Token &token, QWidget *parent)>;

    explicit Application(Options options = {}, QObject *parent = nullptr);
    ~Application() override;

    void start();
    void showWindow();
    // Opens the window on a token (tray menu, notification click).
    void showToken(const QString &tokenKey);

    // A sign-in finished (dialog, or anything using SessionManager): show it and refresh.
    void accountSignedIn(const Account &account);
    // F5: reloads the account list (the CLI may have signed in) and lists every signed-in
    // account's tokens.
    void refreshAll();
    // The wall clock jumped (resume, a test moving time): re-plan notices and redraw countdowns.
    void clockChanged();

    void openNewTokenWizard();
    RevokeFlow *revokeToken(const QString &tokenKey);
    void copyToken(const QString &tokenKey);
    void rotateToken(const QString &tokenKey);
    void openSettings();
    // The Staged releases tab, on `stageId` when given (a notice's button, the tray's line).
    void showStagedReleases(const QString &stageId = {});
    void openTrustWizard();
    void openSignIn();
    void openMigration(); // scan this machine, plan replacements, run them
    void setRotationHandler(RotationHandler handler) { m_rotation = std::move(handler); }

    MainWindow *mainWindow() const { return m_window.get(); }
    TrayController *tray() const { return m_tray; }
    SessionManager *sessions() const { return m_sessions; }
    AccountStore *accountStore() const { return m_accounts.get(); }
    TokenListModel *tokenModel() const { return m_tokens; }
    TokenListService *tokenList() const { return m_tokenList; }
    AccountActions *accountActions() const { return m_accountActions; }
    SecretClipboard *clipboard() const { return m_clipboard; }
    NotificationScheduler *scheduler() const { return m_scheduler; }
    NewTokenWizard *newTokenWizard() const;
    SettingsDialog *settingsDialog() const;
    TrustWizard *trustWizard() const;
    RotationController *rotationController() const;
    TokenUsageTracker *usageTracker() const;
    SignInDialog *signInDialog() const;
    StageInbox *stageInbox() const { return m_inbox; }
    // Null until the window's tab pages are built (MainWindow::buildTabPages).
    StagePresenter *stagePresenter() const { return m_stage; }
    PublishingPresenter *publishingPresenter() const { return m_publishing; }
    watch::WatchService *watchService() const { return m_watch; }
    ReleasesPresenter *releasesPresenter() const { return m_releases; } // as stagePresenter()
    PracticeRegistry *practiceRegistry() const { return m_practice.get(); }
    QString currentAccountId() const;
    const AppSettings &settings() const { return m_settings; }
    void applySettings(const AppSettings &settings);

Q_SIGNALS:
    void accountSynced(const QString &accountId);
    void tokenRevoked(const QString &tokenKey);

private:
    void checkPublishCutoff(); // the January 2027 notices for direct-publish tokens used in CI
    void checkPublishCutoffEverySixHours();
    // The trust wizard's clean-up: revoke or narrow the write tokens `packages` no longer need.
    void openTrustCleanup(const QString &accountId, const QStringList &packages);
    // Scans this machine (off the GUI thread) for where the current account's tokens are used.
    void rescanUsage();
    void wirePieces();
    void wireStaging();
    void wireTabPages();
    void wirePublishing();
    void connectWindowAndTray();
    void trayKnown(bool available); // the window's tray notice and quitting on close
    // After the first paint (or at once when starting hidden): the keychain probe, the
    // registries and the staged-release poll.
    void startBackgroundWork();
    void chooseWatchReadToken(const QString &accountId);
    void presentNotice(const ExpiryNotice &notice); // tray or desktop notification
    void wireAccountsAndHelp();
    void wireTokenListsAndAccounts();
    void updateTray();
    std::optional<Account> currentAccount() const;
    bool openUrl(const QUrl &url) const; // false: no browser opened it

    Options m_options;
    QString m_dataDir;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
    QNetworkAccessManager *m_network = nullptr;
    SecretStore *m_secrets = nullptr;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<TokenCache> m_cache;
    SessionManager *m_sessions = nullptr;
    TokenListModel *m_tokens = nullptr;
    // Every account's token list (fetch, cache, keychain presence, status); feeds m_tokens.
    TokenListService *m_tokenList = nullptr;
    TokenSync *m_sync = nullptr; // m_tokenList's, for the flows that act through its clients
    TokenFilterProxy *m_proxy = nullptr;
    AccountListModel *m_accountModel = nullptr;
    NotificationScheduler *m_scheduler = nullptr;
    SessionExpiryNotice *m_sessionNotice = nullptr;
    SecretClipboard *m_clipboard = nullptr;
    TrayController *m_tray = nullptr;
    std::unique_ptr<MainWindow> m_window;
    QTimer *m_minuteTimer = nullptr; // "minuteTimer"
    AppSettings m_settings;
    RotationHandler m_rotation;
    PublishingPresenter *m_publishing = nullptr;
    watch::WatchService *m_watch = nullptr; // the publish watch (issue 22)
    ReleasesPresenter *m_releases = nullptr;
    LockdownLauncher *m_lockdown = nullptr;
    std::unique_ptr<DashboardPresenter> m_dashboard;
    TokenActions *m_actions = nullptr;
    AccountActions *m_accountActions = nullptr;
    TokenListPresenter *m_lists = nullptr;
    AccountFlowPresenter *m_accountFlow = nullptr;
    DialogLauncher *m_dialogs = nullptr;
    MigrationLauncher *m_migration = nullptr;
    // What waits minutes or hours (the staged-release poll, the cut-off check) waits on
    // m_minuteTimer's tick: in the tray nothing but that tick and due notices wakes the process.
    MinuteTickDelay m_minuteWaits;
    std::unique_ptr<SessionStageSource> m_stageSource;
    StageInbox *m_inbox = nullptr;
    StagePresenter *m_stage = nullptr;
    CutoffNoticePresenter *m_cutoffNotices = nullptr;
    CiDesktop *m_ci = nullptr;
    // Last: destroyed first, while the account store and keychain it cleans up still exist.
    std::unique_ptr<PracticeRegistry> m_practice;
};

} // namespace td
