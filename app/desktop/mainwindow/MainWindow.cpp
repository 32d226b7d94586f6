// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/mainwindow/MainWindow.h"

#include "core/account/TokenExpiryEntry.h"
#include "core/tokenlist/TokenFilterProxy.h"
#include "core/tokenlist/TokenListModel.h"
#include "desktop/details/TokenDetailsPane.h"
#include "desktop/mainwindow/CountdownTicker.h"
#include "desktop/mainwindow/ExpiryBarDelegate.h"
#include "desktop/mainwindow/KindBadgeDelegate.h"
#include "desktop/mainwindow/TokenTableColumns.h"
#include "desktop/mainwindow/WindowLayout.h"
#include "desktop/timeline/TimelineView.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>

namespace td {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("TokenDesk"));
    resize(1100, 680);
    // The menus come last: the first menu bar needs the image plugins and the session bus, which
    // a second thread prepares meanwhile (WindowWarmUp).
    setCentralWidget(createCentralArea());
    createActions();
    createAccountAndHelpMenus();
    // Permanent widgets: menu hover tips (QStatusTipEvent) use the temporary message area and
    // never replace the sync status or the clipboard countdown.
    m_clipboardCountdown = new QLabel(statusBar());
    m_clipboardCountdown->setObjectName(QStringLiteral("clipboardCountdown"));
    m_clipboardCountdown->hide();
    statusBar()->addPermanentWidget(m_clipboardCountdown);
    m_syncStatus = new QLabel(tr("Not signed in · add an account to see its tokens"), statusBar());
    m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
    // No stretch: the left part of the bar stays free for the hover tips.
    statusBar()->addPermanentWidget(m_syncStatus);
    applyBannerColours();
    QSettings settings;
    restoreWindowGeometry(*this, settings);
}

QString MainWindow::selectedAccountId() const
{
    const QModelIndex current = m_accountList->currentIndex();
    return current.isValid() ? current.data(Qt::UserRole).toString() : QString();
}

void MainWindow::setAccountActionsEnabled(bool enabled)
{
    m_signOut->setEnabled(enabled);
    m_removeAccount->setEnabled(enabled);
    m_setTokenExpiry->setEnabled(enabled);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_notice)
        applyBannerColours();
}

// Banner colours come from the palette, so a dark theme gets dark banners with readable text.
void MainWindow::applyBannerColours()
{
    m_trayNotice->setStyleSheet(bannerStyleSheet(palette(), NoticeKind::Warning));
    m_signInBanner->setStyleSheet(bannerStyleSheet(palette(), NoticeKind::Info));
    m_notice->setStyleSheet(bannerStyleSheet(palette(), m_noticeKind));
}

// A line edit's clear button shows only once something is typed, which nobody has done before
// the first paint; finding its icon in the icon theme was a sixth of the main thread's work
// before that paint.
void MainWindow::finishAfterFirstPaint()
{
    m_filter->setClearButtonEnabled(true);
    buildTabPages();
}

MainWindow::~MainWindow()
{
    saveLayout();
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    saveWindowLayout(*this, *m_tokenTable->horizontalHeader(), settings);
}

void MainWindow::hideEvent(QHideEvent *event)
{
    // Closing to the tray hides the window; a later quit may never get here again.
    saveLayout();
    QMainWindow::hideEvent(event);
}

void MainWindow::setRegistryKind(RegistryKind kind)
{
    // An enabled action keeps its own tooltip (its text); a disabled one says why.
    auto offer = [](QAction *action, const QString &whyNot) {
        action->setEnabled(whyNot.isEmpty());
        action->setToolTip(whyNot.isEmpty() ? action->text().remove(QLatin1Char('&')) : whyNot);
    };
    offer(m_newToken, missingCapabilityReason(kind, RegistryAction::CreateToken));
    offer(m_trust, missingCapabilityReason(kind, RegistryAction::Trust));
    offerStagedTab(missingCapabilityReason(kind, RegistryAction::Stage));
    m_details->setRegistryKind(kind);
    m_setTokenExpiry->setVisible(userEntersTokenExpiry(kind));
}

void MainWindow::setTokenModels(TokenListModel *tokens, TokenFilterProxy *proxy)
{
    m_tokens = tokens;
    m_proxy = proxy;
    m_tokenTable->setModel(proxy);
    m_tokenTable->setItemDelegateForColumn(TokenListModel::ExpiresColumn,
                                           new ExpiryBarDelegate(m_tokenTable));
    m_tokenTable->setItemDelegateForColumn(TokenListModel::KindColumn,
                                           new KindBadgeDelegate(m_tokenTable));
    m_tokenTable->sortByColumn(TokenListModel::ExpiresColumn, Qt::AscendingOrder);
    m_fitter = setUpTokenColumns(m_tokenTable);
    if (m_timeline)
        m_timeline->setModel(tokens); // otherwise when it is built

    connect(m_filter, &QLineEdit::textChanged, proxy, &TokenFilterProxy::setSearchText);
    connect(m_showInactive, &QCheckBox::toggled, proxy, &TokenFilterProxy::setShowInactive);
    connect(m_tokenTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedToken);
    connect(proxy, &QAbstractItemModel::modelReset, this, &MainWindow::showSelectedToken);
    // A tick crossing an urgency threshold recolours the whole row, not only the expiry cell.
    connect(proxy, &QAbstractItemModel::dataChanged, m_tokenTable->viewport(),
            [this](const QModelIndex &first, const QModelIndex &last, const QList<int> &roles) {
                if (roles.isEmpty() || roles.contains(TokenListModel::UrgencyRole))
                    m_tokenTable->viewport()->update();
                // A sync updated the selected token in place: the details follow it.
                const int current = m_tokenTable->currentIndex().row();
                if (roles.isEmpty() && current >= first.row() && current <= last.row())
                    showSelectedToken();
            });
    m_ticker = new CountdownTicker(m_tokenTable, proxy, this);
}

void MainWindow::showTokenUsage(const QString &key)
{
    m_tabs->setCurrentIndex(0);
    selectToken(key);
    m_details->show();
    m_details->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showSelectedToken()
{
    const QModelIndex current = m_tokenTable->currentIndex();
    if (!current.isValid() || !m_tokens) {
        m_details->clear();
        return;
    }
    const QModelIndex source = m_proxy->mapToSource(current);
    const Token &token = m_tokens->tokenAt(source.row());
    const bool inKeychain = m_tokens->index(source.row(), TokenListModel::InKeychainColumn)
                                .data(TokenListModel::RawValueRole)
                                .toBool();
    m_details->showToken(token, inKeychain, m_usage ? m_usage(token) : TokenUsageView{});
    Q_EMIT tokenSelected(token.key);
}

void MainWindow::setUsageLookup(std::function<TokenUsageView(const Token &)> lookup)
{
    m_usage = std::move(lookup);
    showSelectedToken();
}

void MainWindow::selectToken(const QString &key)
{
    if (!m_tokens)
        return;
    const int row = m_tokens->rowOfKey(key);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_tokens->index(row, 0));
    if (!index.isValid())
        return; // filtered out: the filter stays as the user set it
    m_tokenTable->setCurrentIndex(index);
    m_tokenTable->scrollTo(index);
}

void MainWindow::setSyncStatus(const QString &text)
{
    m_syncStatus->setText(text);
}

QString MainWindow::syncStatus() const
{
    return m_syncStatus->text();
}

void MainWindow::setClipboardCountdown(int seconds)
{
    if (seconds <= 0) {
        m_clipboardCountdown->clear();
        m_clipboardCountdown->hide();
        return;
    }
    m_clipboardCountdown->setText(tr("Clipboard cleared in %n s", nullptr, seconds));
    m_clipboardCountdown->show();
}

QString MainWindow::clipboardCountdownText() const
{
    return m_clipboardCountdown->isHidden() ? QString() : m_clipboardCountdown->text();
}

void MainWindow::setAccountModel(QAbstractItemModel *accounts)
{
    m_accountList->setModel(accounts);
    // Sign out and Remove act on the selection: without one (no account left) they are off.
    const auto updateActions
        = [this] { setAccountActionsEnabled(m_accountList->currentIndex().isValid()); };
    connect(accounts, &QAbstractItemModel::modelReset, this, updateActions);
    connect(accounts, &QAbstractItemModel::rowsRemoved, this, updateActions);
    connect(m_accountList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                setAccountActionsEnabled(current.isValid());
                if (current.isValid())
                    Q_EMIT accountSelected(current.data(Qt::UserRole).toString());
            });
}

void MainWindow::selectAccount(const QString &accountId)
{
    QAbstractItemModel *model = m_accountList->model();
    if (!model)
        return;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(Qt::UserRole).toString() == accountId) {
            if (m_accountList->currentIndex() != index)
                m_accountList->setCurrentIndex(index);
            return;
        }
    }
}

void MainWindow::showSignInBanner(const QString &text)
{
    m_signInText->setText(text);
    m_signInButton->setText(tr("Sign &in…"));
    m_practiceButton->hide();
    m_signInBanner->show();
}

void MainWindow::showFirstRunBanner(const QString &text)
{
    m_signInText->setText(text);
    m_signInButton->setText(tr("Sign in to &npm…"));
    m_practiceButton->show();
    m_signInBanner->show();
}

void MainWindow::setPracticeStarting(bool starting)
{
    m_practiceButton->setEnabled(!starting);
    m_practiceButton->setText(starting ? tr("Starting the practice registry…")
                                       : tr("Try it with the &practice registry"));
}

void MainWindow::hideSignInBanner()
{
    m_signInBanner->hide();
}

bool MainWindow::isSignInBannerVisible() const
{
    return !m_signInBanner->isHidden();
}

void MainWindow::showNotice(const QString &text, NoticeKind kind)
{
    m_noticeKind = kind;
    m_notice->setStyleSheet(bannerStyleSheet(palette(), kind));
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void MainWindow::clearNotice(const QString &text)
{
    if (!text.isEmpty() && m_notice->text() == text)
        showNotice({});
}

QString MainWindow::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void MainWindow::setTrayAvailable(bool available)
{
    m_trayNotice->setVisible(!available);
}

} // namespace td
