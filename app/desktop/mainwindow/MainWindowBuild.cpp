// SPDX-License-Identifier: GPL-3.0-or-later
// How MainWindow is built: its menus, toolbar, banners, tabs and the token table. What it does
// once built is in MainWindow.cpp.
#include "desktop/mainwindow/MainWindow.h"

#include "core/account/TokenExpiryEntry.h"
#include "desktop/details/TokenDetailsPane.h"
#include "desktop/mainwindow/ExpiryBarDelegate.h"
#include "desktop/mainwindow/KindBadgeDelegate.h"
#include "desktop/mainwindow/TokenContextMenu.h"
#include "desktop/mainwindow/TokenRowDelegate.h"
#include "desktop/mainwindow/TokenTableColumns.h"
#include "desktop/mainwindow/WindowLayout.h"
#include "desktop/publishing/PublishingModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace td {

void MainWindow::createAccountAndHelpMenus()
{
    QMenu *account = menuBar()->addMenu(tr("&Account"));
    m_signOut = account->addAction(tr("Sign &out"), this,
                                   [this] { Q_EMIT signOutRequested(selectedAccountId()); });
    m_signOut->setObjectName(QStringLiteral("actionSignOut"));
    m_signOut->setStatusTip(tr("End the selected account's session; its tokens stay on npm."));
    m_removeAccount = account->addAction(tr("&Remove account…"), this, [this] {
        Q_EMIT removeAccountRequested(selectedAccountId());
    });
    m_removeAccount->setObjectName(QStringLiteral("actionRemoveAccount"));
    m_removeAccount->setStatusTip(tr("Sign out and forget the selected account on this computer."));
    // Only where the registry kind says nobody but the user knows the token's end
    // (setRegistryKind shows it).
    m_setTokenExpiry = account->addAction(tr("Set token &expiry…"), this, [this] {
        Q_EMIT setTokenExpiryRequested(selectedAccountId());
    });
    m_setTokenExpiry->setObjectName(QStringLiteral("actionSetTokenExpiry"));
    m_setTokenExpiry->setStatusTip(
        tr("Enter when the selected account's token ends; this registry does not say."));
    m_setTokenExpiry->setVisible(false);
    m_accountList->addAction(m_setTokenExpiry);
    setAccountActionsEnabled(false);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *docs
        = help->addAction(tr("&Documentation"), this, &MainWindow::documentationRequested);
    docs->setObjectName(QStringLiteral("actionDocumentation"));
    docs->setShortcut(QKeySequence::HelpContents);
    docs->setStatusTip(tr("Open TokenDesk's documentation in your browser."));
    QAction *about = help->addAction(tr("&About TokenDesk"), this, &MainWindow::aboutRequested);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);

    m_newToken = file->addAction(tr("&New token…"), this, &MainWindow::newTokenRequested);
    m_newToken->setShortcut(QKeySequence::New);
    m_newToken->setObjectName(QStringLiteral("actionNewToken"));
    toolbar->addAction(m_newToken);

    QAction *refresh = file->addAction(tr("&Refresh"), this, &MainWindow::refreshRequested);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setObjectName(QStringLiteral("actionRefresh"));
    toolbar->addAction(refresh);

    QAction *find = file->addAction(tr("&Find…"));
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(QStringLiteral("actionFind"));
    connect(find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    m_trust = file->addAction(tr("&Trusted publishing…"), this,
                              &MainWindow::trustedPublishingRequested);
    m_trust->setObjectName(QStringLiteral("actionTrustedPublishing"));
    toolbar->addAction(m_trust);

    QAction *migrate
        = file->addAction(tr("&Migrate tokens…"), this, &MainWindow::migrationRequested);
    migrate->setObjectName(QStringLiteral("actionMigrate"));
    QAction *rescan = file->addAction(tr("R&escan this computer for tokens"), this,
                                      &MainWindow::rescanRequested);
    rescan->setObjectName(QStringLiteral("actionRescan"));

    QAction *signIn = file->addAction(tr("&Sign in…"), this, &MainWindow::signInRequested);
    signIn->setObjectName(QStringLiteral("actionSignIn"));
    QAction *settings = file->addAction(tr("Se&ttings…"), this, &MainWindow::settingsRequested);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setObjectName(QStringLiteral("actionSettings"));

    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::quitRequested);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));
}

QWidget *MainWindow::createCentralArea()
{
    auto *root = new QWidget(this);
    auto *layout = new QVBoxLayout(root);
    layout->setContentsMargins(0, 0, 0, 0);

    m_trayNotice = new QLabel(tr("No system tray was found: TokenDesk cannot warn you about "
                                 "expiring tokens while this window is closed, and closing it "
                                 "quits."),
                              root);
    m_trayNotice->setObjectName(QStringLiteral("trayNotice"));
    m_trayNotice->setWordWrap(true);
    m_trayNotice->setMargin(8);
    m_trayNotice->hide();
    layout->addWidget(m_trayNotice);

    m_signInBanner = new QWidget(root);
    m_signInBanner->setObjectName(QStringLiteral("signInBanner"));
    m_signInBanner->setAttribute(Qt::WA_StyledBackground);
    auto *bannerLayout = new QHBoxLayout(m_signInBanner);
    m_signInText = new QLabel(m_signInBanner);
    m_signInText->setObjectName(QStringLiteral("signInText"));
    m_signInText->setWordWrap(true);
    m_signInButton = new QPushButton(tr("Sign &in…"), m_signInBanner);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    connect(m_signInButton, &QPushButton::clicked, this, &MainWindow::signInRequested);
    m_practiceButton = new QPushButton(m_signInBanner);
    m_practiceButton->setObjectName(QStringLiteral("practiceRegistryButton"));
    m_practiceButton->setToolTip(
        tr("Starts a registry on this computer with demo accounts and tokens. Nothing you do "
           "there reaches npm."));
    connect(m_practiceButton, &QPushButton::clicked, this, &MainWindow::practiceRegistryRequested);
    setPracticeStarting(false);
    m_practiceButton->hide();
    bannerLayout->addWidget(m_signInText, 1);
    bannerLayout->addWidget(m_signInButton);
    bannerLayout->addWidget(m_practiceButton);
    m_signInBanner->hide();
    layout->addWidget(m_signInBanner);

    m_notice = new QLabel(root);
    m_notice->setObjectName(QStringLiteral("noticeText"));
    m_notice->setWordWrap(true);
    m_notice->setMargin(8);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->hide();
    layout->addWidget(m_notice);

    auto *splitter = new QSplitter(Qt::Horizontal, root);
    m_accountList = new QListView(splitter);
    m_accountList->setObjectName(QStringLiteral("accountList"));
    m_accountList->setAccessibleName(tr("Accounts"));
    m_accountList->setContextMenuPolicy(Qt::ActionsContextMenu); // its action: the Account menu's

    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->addTab(createTokenTab(), tr("&Tokens"));
    addPagePlaceholders(); // the pages come after the first paint (MainWindowPages.cpp)
    m_publishingModel = new PublishingModel(this);

    m_details = new TokenDetailsPane(splitter);
    // The staged releases tab has its own diff pane: the token details only take room there.
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateDetailsVisibility);

    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({210, 600, 290}); // the accounts column must show "user · host"
    layout->addWidget(splitter, 1);
    return root;
}

QWidget *MainWindow::createTokenTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *filterRow = new QHBoxLayout;
    m_filter = new QLineEdit(tab);
    m_filter->setObjectName(QStringLiteral("tokenFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, package, scope or kind"));
    m_filter->setAccessibleName(tr("Filter tokens"));
    // Its clear button comes after the first paint (finishAfterFirstPaint).
    m_showInactive = new QCheckBox(tr("Show &revoked and expired"), tab);
    m_showInactive->setObjectName(QStringLiteral("showInactive"));
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_showInactive);
    layout->addLayout(filterRow);

    m_tokenTable = new QTableView(tab);
    m_tokenTable->setObjectName(QStringLiteral("tokenTable"));
    m_tokenTable->setAccessibleName(tr("Tokens"));
    m_tokenTable->setSortingEnabled(true);
    m_tokenTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tokenTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tokenTable->setAlternatingRowColors(true);
    m_tokenTable->verticalHeader()->hide();
    // Tab moves on to the next widget in one press; the arrow keys move between rows.
    m_tokenTable->setTabKeyNavigation(false);
    m_tokenTable->setTextElideMode(Qt::ElideRight);
    m_tokenTable->setWordWrap(false); // one line per token: long text elides, its tooltip shows it
    m_tokenTable->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_tokenTable->setItemDelegate(new TokenRowDelegate(m_tokenTable));
    m_tokenMenu = new TokenContextMenu(m_tokenTable);
    layout->addWidget(m_tokenTable, 1);
    return tab;
}

} // namespace td
