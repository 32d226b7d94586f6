// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QListView;
class QTableView;
class QTabWidget;

namespace td {

// Assembles the main screen: accounts, token table, details, timeline, status bar.
// It only lays out and forwards; every decision lives in core services handed in by Application.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Without a tray TokenDesk cannot warn in the background; the window says so plainly.
    void setTrayAvailable(bool available);

    QTableView *tokenTable() const { return m_tokenTable; }
    QListView *accountList() const { return m_accountList; }

Q_SIGNALS:
    void refreshRequested();
    void newTokenRequested();
    void quitRequested();

private:
    void createActions();
    QWidget *createCentralArea();

    QLabel *m_trayNotice = nullptr;
    QListView *m_accountList = nullptr;
    QTableView *m_tokenTable = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_details = nullptr;
};

} // namespace td
