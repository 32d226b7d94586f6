// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/settings/CiServicesPage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace td {

CiServicesPage::CiServicesPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ciServicesPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("When you rotate a token, TokenDesk puts the new one into the CI "
                                "secrets that hold it, checks it arrived, and only then revokes "
                                "the old one. Connected services:"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("ciAccountsTable"));
    m_table->setHorizontalHeaderLabels({tr("Service"), tr("Host"), tr("Signed in as"), QString()});
    m_table->setAccessibleName(tr("Connected CI services"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Room for the three services without scrolling (a Remove button makes a row taller).
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
                              + 3 * (fontMetrics().height() + 16) + 4);
    layout->addWidget(m_table, 1);
    m_empty = new QLabel(tr("No CI service connected: rotations ask you to update CI secrets "
                            "yourself."),
                         this);
    m_empty->setObjectName(QStringLiteral("ciNoAccounts"));
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("ciServicesProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *connects = new QHBoxLayout;
    const std::pair<CiProvider, QString> providers[] = {
        {CiProvider::GitHub, tr("Connect Git&Hub…")},
        {CiProvider::GitLab, tr("Connect Git&Lab…")},
        {CiProvider::CircleCi, tr("Connect Ci&rcleCI…")},
    };
    for (const auto &[provider, text] : providers) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(QStringLiteral("connect_%1").arg(ciProviderId(provider)));
        const CiProvider chosen = provider;
        connect(button, &QPushButton::clicked, this,
                [this, chosen] { Q_EMIT connectRequested(chosen); });
        connects->addWidget(button);
    }
    connects->addStretch();
    layout->addLayout(connects);
    setAccounts({});
}

void CiServicesPage::setAccounts(const QList<CiAccount> &accounts)
{
    m_accounts = accounts;
    m_table->setRowCount(int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        const CiAccount &account = accounts.at(i);
        m_table->setItem(i, 0, new QTableWidgetItem(ciProviderLabel(account.provider)));
        m_table->setItem(i, 1, new QTableWidgetItem(account.host));
        m_table->setItem(i, 2, new QTableWidgetItem(account.login));
        auto *remove = new QPushButton(tr("Remove…"), m_table);
        remove->setObjectName(QStringLiteral("remove_%1").arg(i));
        remove->setAccessibleName(tr("Remove the %1 sign-in of %2")
                                      .arg(ciProviderLabel(account.provider), account.login));
        connect(remove, &QPushButton::clicked, this, [this, i] { askToRemove(i); });
        m_table->setCellWidget(i, 3, remove);
    }
    // The table keeps its room when empty: the dialog does not have to grow under the user.
    m_empty->setVisible(accounts.isEmpty());
}

void CiServicesPage::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QString CiServicesPage::problemText() const
{
    return m_problem->isVisibleTo(this) ? m_problem->text() : QString();
}

void CiServicesPage::askToRemove(int row)
{
    if (row < 0 || row >= m_accounts.size())
        return;
    const CiAccount account = m_accounts.at(row);
    auto *box
        = new QMessageBox(QMessageBox::Question, tr("Remove CI sign-in"),
                          tr("Remove the %1 sign-in of %2 on %3? TokenDesk deletes it from "
                             "your keychain; rotations then ask you to update these CI "
                             "secrets yourself.")
                              .arg(ciProviderLabel(account.provider), account.login, account.host),
                          QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("ciRemoveConfirm"));
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("ciRemoveYes"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, account](QAbstractButton *b) {
        if (b == remove)
            Q_EMIT removeConfirmed(account);
    });
    box->open();
}

} // namespace td
