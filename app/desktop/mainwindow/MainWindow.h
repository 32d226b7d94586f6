// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/publishing/PublishPath.h"
#include "desktop/details/TokenDetailsPane.h"
#include "desktop/util/ThemeColors.h"

#include <QMainWindow>

#include <chrono>
#include <functional>
#include <optional>

class QAbstractItemModel;
class QCheckBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QListView;
class QTableView;
class QTabWidget;

namespace td {

class CountdownTicker;
class DiagnosePage;
class PublishingModel;
class PublishingTab;
class ReleasesView;
class StagedReleasesTab;
class TimelineView;
class TokenColumnFitter;
class TokenContextMenu;
class TokenDetailsPane;
class TokenFilterProxy;
class TokenListModel;

// Assembles the main screen: accounts, token table, details, timeline, status bar.
// It only lays out and forwards; every decision lives in core services handed in by Application.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override; // saves the window's layout

    // What the first paint cannot show, added once it is on screen (issue 18).
    void finishAfterFirstPaint();

    // Without a tray TokenDesk cannot warn in the background; the window says so plainly.
    void setTrayAvailable(bool available);

    // The composition root owns the models; the window shows them.
    void setTokenModels(TokenListModel *tokens, TokenFilterProxy *proxy);
    void setSyncStatus(const QString &text);
    QString syncStatus() const;
    // Accounts on the left; each row carries its account id in Qt::UserRole.
    void setAccountModel(QAbstractItemModel *accounts);
    void selectAccount(const QString &accountId);
    // A bar above the table: "Your session has ended · Sign in…" (never a raw 401).
    void showSignInBanner(const QString &text);
    // The same bar on first run, when there is no account: "Sign in to npm…" beside "Try it with
    // the practice registry" (tokendesk-sandbox with demo data on this computer).
    void showFirstRunBanner(const QString &text);
    // While the practice registry starts, its button is disabled and says so.
    void setPracticeStarting(bool starting);
    void hideSignInBanner();
    bool isSignInBannerVisible() const;
    // A plain one-line message above the table (a failed revoke, "not available yet"…);
    // errors look different from successes. An empty text hides it.
    void showNotice(const QString &text, NoticeKind kind = NoticeKind::Info);
    QString noticeText() const;
    NoticeKind noticeKind() const { return m_noticeKind; }
    // Hides the notice only while it still says `text` (a later notice stays).
    void clearNotice(const QString &text);
    // "Clipboard cleared in 27 s" in the status bar; 0 or less hides it.
    void setClipboardCountdown(int seconds);
    QString clipboardCountdownText() const;
    // The accounts column's selection, for Sign out / Remove account.
    QString selectedAccountId() const;
    void setAccountActionsEnabled(bool enabled);
    // Offers only what the selected account's registry can do: New token, Trusted publishing and
    // Staged releases are disabled where the kind lacks them, with a tooltip saying why.
    void setRegistryKind(RegistryKind kind);
    // Selects the token in the table (from the timeline, the tray or a notification).
    void selectToken(const QString &key);
    // Where a token is used on this machine (TokenUsageTracker); unset = "not scanned yet".
    void setUsageLookup(std::function<TokenUsageView(const Token &)> lookup);
    // Shows the selected token again (its usage or keychain state changed).
    void refreshDetails() { showSelectedToken(); }

    QTableView *tokenTable() const { return m_tokenTable; }
    // The table's context menu (Copy id, Rotate, Revoke, Show where used): Application connects
    // its signals to the same actions as the details pane's buttons.
    TokenContextMenu *tokenMenu() const { return m_tokenMenu; }
    TokenColumnFitter *columnFitter() const { return m_fitter; }
    // "Show where used": the token selected and the details pane, which lists its uses, focused.
    void showTokenUsage(const QString &key);
    // Geometry, sort order and column layout, in the application's QSettings.
    void saveLayout() const;
    QListView *accountList() const { return m_accountList; }
    TokenDetailsPane *details() const { return m_details; }
    QTabWidget *tabs() const { return m_tabs; }

    // The tabs behind Tokens (Timeline, Diagnose, Staged releases, Publishing, Releases) hold
    // placeholders until the first paint is done (finishAfterFirstPaint); then, or as soon as
    // one of their pages is asked for, the pages are built, take the placeholders' places and
    // tabPagesBuilt() is emitted, once. Issue 18: they were a seventh of the work before the
    // first paint, for tabs nobody sees at start.
    void buildTabPages();
    bool hasTabPages() const { return m_staged != nullptr; }
    // Each builds the tab pages first when they are not built yet.
    TimelineView *timeline();
    DiagnosePage *diagnosePage();
    StagedReleasesTab *stagedTab();
    PublishingTab *publishingTab();
    ReleasesView *releasesView(); // ReleasesPresenter fills it (issue 22)
    // Kept for the timeline until it is built.
    void setTimelineThresholds(const QList<std::chrono::seconds> &notifyBefore);
    // Brings the Staged releases tab forward, on `stageId` when given (a notice's button).
    void showStagedReleases(const QString &stageId = {});
    // The tab's title counts what waits.
    void setStagedCount(int count);
    // The Publishing tab's rows: every package with its publish path and January 2027 verdict
    // (the composition root feeds the survey's result; the tab's title counts what is at risk).
    void setPublishPaths(const QList<PackagePublishPath> &paths);
    PublishingModel *publishingModel() const { return m_publishingModel; }
    void showPublishing(const QString &account = {}, const QString &package = {});

Q_SIGNALS:
    void tokenSelected(const QString &key);
    void refreshRequested();
    void newTokenRequested();
    void quitRequested();
    void signInRequested();
    void practiceRegistryRequested();
    void settingsRequested();
    void trustedPublishingRequested();
    void migrationRequested();
    void rescanRequested(); // "Rescan this computer" for token usage
    void accountSelected(const QString &accountId);
    void signOutRequested(const QString &accountId);
    void removeAccountRequested(const QString &accountId);
    void setTokenExpiryRequested(const QString &accountId);
    void aboutRequested();
    void documentationRequested();
    void tabPagesBuilt();

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createAccountAndHelpMenus();
    void applyBannerColours();
    QWidget *createCentralArea();
    QWidget *createTokenTab();
    void addPagePlaceholders();
    void putPagesInPlace();
    // The page's tab: the placeholder's until the pages are built.
    int tabIndexOf(QWidget *page, int placeholder) const;
    // Enabled where the registry stages; otherwise disabled with the reason as its tooltip.
    void offerStagedTab(const QString &cannotStage);
    void updateDetailsVisibility();
    void showSelectedToken();
    void hideEvent(QHideEvent *event) override;

    QLabel *m_trayNotice = nullptr;
    QWidget *m_signInBanner = nullptr;
    QLabel *m_signInText = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_practiceButton = nullptr;
    QLabel *m_notice = nullptr;
    NoticeKind m_noticeKind = NoticeKind::Info;
    QLabel *m_syncStatus = nullptr;
    QLabel *m_clipboardCountdown = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_removeAccount = nullptr;
    QAction *m_setTokenExpiry = nullptr;
    QAction *m_newToken = nullptr;
    QAction *m_trust = nullptr;
    QListView *m_accountList = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_showInactive = nullptr;
    QTableView *m_tokenTable = nullptr;
    TokenContextMenu *m_tokenMenu = nullptr;
    TokenColumnFitter *m_fitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    TimelineView *m_timeline = nullptr;
    DiagnosePage *m_diagnose = nullptr;
    StagedReleasesTab *m_staged = nullptr;
    PublishingTab *m_publishing = nullptr;
    ReleasesView *m_releases = nullptr;
    PublishingModel *m_publishingModel = nullptr;
    // Timeline, Diagnose, Staged releases, Publishing, Releases, in tab order; empty once the
    // pages are built.
    QList<QWidget *> m_placeholders;
    std::optional<QList<std::chrono::seconds>> m_timelineThresholds;
    TokenDetailsPane *m_details = nullptr;
    TokenListModel *m_tokens = nullptr;
    TokenFilterProxy *m_proxy = nullptr;
    CountdownTicker *m_ticker = nullptr;
    std::function<TokenUsageView(const Token &)> m_usage;
};

} // namespace td
