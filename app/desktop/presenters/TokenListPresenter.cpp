// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/presenters/TokenListPresenter.h"

#include "core/account/AccountStore.h"
#include "core/account/CredentialNotices.h"
#include "core/expiry/NotificationScheduler.h"
#include "core/tokenlist/TokenListService.h"
#include "core/tokenlist/TokenSync.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/presenters/DashboardPresenter.h"

namespace td {

TokenListPresenter::TokenListPresenter(Parts parts, QObject *parent)
    : QObject(parent), m_parts(parts), m_sync(parts.tokenList->sync())
{
    connect(m_parts.tokenList, &TokenListService::listChanged, this,
            &TokenListPresenter::listChanged);
    connect(m_sync, &TokenSync::signInNeeded, this,
            [this](const QString &accountId, const QString &message) {
                m_parts.dashboard->askToSignIn(accountId, message);
            });
    connect(m_sync, &TokenSync::syncFailed, this,
            [this](const QString &accountId, const QString &message) {
                const QString text = tr("Refresh failed: %1").arg(message);
                m_syncErrors.insert(accountId, text);
                m_parts.window->showNotice(text, NoticeKind::Error);
            });
}

void TokenListPresenter::watchExpiries(const QString &accountId)
{
    const QList<Token> listed = m_parts.tokenList->tokens(accountId);
    const auto account = m_parts.accounts->find(accountId);
    m_parts.scheduler->setTokens(accountId, account ? tokensToWatch(*account, listed) : listed);
}

void TokenListPresenter::forgetAccount(const QString &accountId)
{
    m_parts.tokenList->forgetAccount(accountId);
    m_parts.scheduler->setTokens(accountId, {});
    m_syncErrors.remove(accountId);
}

void TokenListPresenter::listChanged(const QString &accountId)
{
    watchExpiries(accountId);
    // The error is over: its notice goes (unless something newer replaced it already).
    m_parts.window->clearNotice(m_syncErrors.take(accountId));
    if (accountId == m_parts.dashboard->currentAccountId()) {
        m_parts.window->hideSignInBanner();
        Q_EMIT currentListChanged();
    }
    m_parts.dashboard->rebuildAccountList();
    m_parts.dashboard->updateStatus();
    Q_EMIT traySummaryStale();
    if (m_parts.probeKeychain)
        m_parts.tokenList->followKeychain(accountId);
    Q_EMIT listShown(accountId);
}

void TokenListPresenter::revoked(const Token &token)
{
    // The registry confirmed: only now does the row go.
    m_parts.tokenList->removeToken(token.accountId, token.key);
    m_parts.scheduler->cancel(token.key);
    Q_EMIT traySummaryStale();
    Q_EMIT tokenRemoved(token.key);
    m_sync->refresh(token.accountId);
}

} // namespace td
