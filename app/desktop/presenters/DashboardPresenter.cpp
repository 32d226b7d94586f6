// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/presenters/DashboardPresenter.h"

#include "core/account/AccountListModel.h"
#include "core/account/AccountStore.h"
#include "core/account/RegistryExpiryText.h"
#include "core/tokenlist/AccountTokens.h"
#include "core/tokenlist/KeychainProbe.h"
#include "core/tokenlist/SyncStatusText.h"
#include "core/tokenlist/TokenListModel.h"
#include "core/tokenlist/TokenListService.h"
#include "core/util/Clock.h"
#include "desktop/mainwindow/MainWindow.h"

#include <QCoreApplication>

namespace td {

namespace {
bool sameAccounts(const QList<Account> &a, const QList<Account> &b)
{
    return std::equal(
        a.begin(), a.end(), b.begin(), b.end(), [](const Account &x, const Account &y) {
            return x.id == y.id && x.sessionExpires == y.sessionExpires
                && x.capabilities.webLogin == y.capabilities.webLogin
                && x.capabilities.reportsExpiry == y.capabilities.reportsExpiry
                && x.registryKind() == y.registryKind() && x.credentialExpiry == y.credentialExpiry;
        });
}
} // namespace

std::optional<Account> DashboardPresenter::currentAccount() const
{
    if (m_current.isEmpty())
        return std::nullopt;
    return m_parts.accounts->find(m_current);
}

bool DashboardPresenter::select(const QString &accountId)
{
    if (accountId == m_current)
        return false;
    m_current = accountId;
    m_parts.window->selectAccount(accountId);
    showRegistryKind();
    fillTable();
    updateStatus();
    // A banner already up is about the account on screen: switching to a signed-in account
    // hides it, switching to another signed-out one names that one.
    const auto account = currentAccount();
    if (account && m_parts.window->isSignInBannerVisible()) {
        if (account->hasSession(m_parts.clock->now()))
            m_parts.window->hideSignInBanner();
        else
            askToSignIn(m_current,
                        QCoreApplication::translate("td::Application", "Your session has ended."));
    }
    return true;
}

void DashboardPresenter::rebuildAccountList()
{
    // The model keeps rows (and the selection) when the accounts are the same; it only
    // re-reads the clock for the session texts.
    if (!sameAccounts(m_parts.accountModel->accounts(), m_parts.accounts->accounts()))
        m_parts.accountModel->setAccounts(m_parts.accounts->accounts());
    m_parts.accountModel->refreshSessionStates();
    if (!m_current.isEmpty()) {
        m_parts.window->selectAccount(m_current);
        showRegistryKind(); // a sync may have taught what the registry is
    }
}

void DashboardPresenter::showRegistryKind()
{
    const auto account = currentAccount();
    const RegistryKind kind = account ? account->registryKind() : RegistryKind::Npmjs;
    m_parts.tokens->setNoExpiryText(tokenWithoutExpiryText(kind));
    m_parts.window->setRegistryKind(kind);
}

void DashboardPresenter::fillTable()
{
    if (m_parts.service)
        m_parts.service->showAccount(m_current);
    else
        TokenListService::fillModel(*m_parts.tokens, *m_parts.lists, *m_parts.keychain, m_current);
}

void DashboardPresenter::updateKeychainColumn()
{
    if (m_parts.service)
        m_parts.service->showKeychainColumn();
    else
        TokenListService::fillKeychainColumn(*m_parts.tokens, *m_parts.lists, *m_parts.keychain,
                                             m_current);
}

void DashboardPresenter::updateStatus()
{
    m_parts.window->setSyncStatus(m_parts.service
                                      ? m_parts.service->statusText(m_current)
                                      : syncStatusText(m_parts.lists->syncedAt(m_current),
                                                       currentAccount(), m_parts.clock->now()));
}

void DashboardPresenter::askToSignIn(const QString &accountId, const QString &message)
{
    if (!m_current.isEmpty() && accountId != m_current) {
        rebuildAccountList(); // the accounts column shows that account's ended session
        updateStatus();
        return;
    }
    const auto account = m_parts.accounts->find(accountId);
    const QString who
        = account ? account->user + QLatin1Char('@') + account->registry.host() : accountId;
    m_parts.window->showSignInBanner(
        QCoreApplication::translate("td::Application",
                                    "%1 Sign in as %2 to refresh the list and manage tokens; "
                                    "the cached list keeps counting down meanwhile.")
            .arg(message, who));
    rebuildAccountList();
    updateStatus();
}

} // namespace td
