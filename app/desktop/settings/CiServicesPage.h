// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cisecrets/CiSecretClient.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace td {

// Settings → CI services: one row per connected account (service, host, who it is, Remove), and
// "Connect GitHub…", "Connect GitLab…", "Connect CircleCI…". Remove asks first. A view: what the
// user asks for goes out as signals (CiServicesPresenter acts on them).
class CiServicesPage : public QWidget
{
    Q_OBJECT
public:
    explicit CiServicesPage(QWidget *parent = nullptr);

    void setAccounts(const QList<CiAccount> &accounts);
    void showProblem(const QString &text); // empty hides it

    QTableWidget *accountsTable() const { return m_table; }
    QString problemText() const;
    // Asks whether to remove the account in `row` (the row's Remove button does this).
    void askToRemove(int row);

Q_SIGNALS:
    void connectRequested(td::CiProvider provider);
    void removeConfirmed(const td::CiAccount &account);

private:
    QTableWidget *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_problem = nullptr;
    QList<CiAccount> m_accounts;
};

} // namespace td
