// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/MainWindow.h"

#include "tray/TrayIcons.h"

#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace td {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("TokenDesk"));
    setWindowIcon(appIcon());
    resize(1100, 680);
    createActions();
    setCentralWidget(createCentralArea());
    statusBar()->showMessage(tr("Not signed in · add an account to see its tokens"));
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);

    QAction *newToken = file->addAction(tr("&New token…"), this, &MainWindow::newTokenRequested);
    newToken->setShortcut(QKeySequence::New);
    newToken->setObjectName(QStringLiteral("actionNewToken"));
    toolbar->addAction(newToken);

    QAction *refresh = file->addAction(tr("&Refresh"), this, &MainWindow::refreshRequested);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setObjectName(QStringLiteral("actionRefresh"));
    toolbar->addAction(refresh);

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

    m_trayNotice
        = new QLabel(tr("No system tray was found: TokenDesk cannot warn you about expiring "
                        "tokens while this window is closed, and closing it quits."),
                     root);
    m_trayNotice->setObjectName(QStringLiteral("trayNotice"));
    m_trayNotice->setWordWrap(true);
    m_trayNotice->setMargin(8);
    m_trayNotice->setStyleSheet(QStringLiteral("background:#fff4ce;color:#3b2f00;"));
    m_trayNotice->hide();
    layout->addWidget(m_trayNotice);

    auto *splitter = new QSplitter(Qt::Horizontal, root);
    m_accountList = new QListView(splitter);
    m_accountList->setObjectName(QStringLiteral("accountList"));
    m_accountList->setAccessibleName(tr("Accounts"));

    m_tabs = new QTabWidget(splitter);
    m_tokenTable = new QTableView(m_tabs);
    m_tokenTable->setObjectName(QStringLiteral("tokenTable"));
    m_tokenTable->setAccessibleName(tr("Tokens"));
    m_tokenTable->setSortingEnabled(true);
    m_tokenTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tokenTable->horizontalHeader()->setStretchLastSection(true);
    m_tabs->addTab(m_tokenTable, tr("&Tokens"));
    auto *timeline
        = new QLabel(tr("The timeline shows each token's remaining life once an account is "
                        "synced."),
                     m_tabs);
    timeline->setObjectName(QStringLiteral("timelinePlaceholder"));
    timeline->setAlignment(Qt::AlignCenter);
    m_tabs->addTab(timeline, tr("T&imeline"));

    m_details = new QLabel(
        tr("Select a token to see its permissions, scopes and where it is used."), splitter);
    m_details->setObjectName(QStringLiteral("detailsPane"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMargin(12);

    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 2);
    layout->addWidget(splitter, 1);
    return root;
}

void MainWindow::setTrayAvailable(bool available)
{
    m_trayNotice->setVisible(!available);
}

} // namespace td
