// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/presenters/AccountFlowPresenter.h"

#include "core/account/AccountStore.h"
#include "core/stage/StageInbox.h"
#include "core/tokenlist/TokenListService.h"
#include "core/util/Clock.h"
#include "core/util/Logging.h"
#include "desktop/ci/CiDesktop.h"
#include "desktop/mainwindow/MainWindow.h"
#include "desktop/presenters/DashboardPresenter.h"
#include "desktop/presenters/TokenListPresenter.h"

namespace td {

AccountFlowPresenter::AccountFlowPresenter(Parts parts, QObject *parent)
    : QObject(parent), m_parts(std::move(parts))
{ }

QString AccountFlowPresenter::currentAccountId() const
{
    return m_parts.dashboard->currentAccountId();
}

void AccountFlowPresenter::loadCached()
{
    m_waitingForFirstPaint = true;
    if (const auto loaded = m_parts.accounts->load(); !loaded)
        m_parts.window->showNotice(loaded.error().oneLine(), NoticeKind::Error);
    for (const Error &problem : m_parts.tokenList->loadCached())
        m_parts.window->showNotice(problem.oneLine(), NoticeKind::Error);
    m_parts.dashboard->rebuildAccountList();
    if (const auto preferred = m_parts.accounts->preferredFor(m_parts.registry))
        select(preferred->id);
    else if (!m_parts.accounts->accounts().isEmpty())
        select(m_parts.accounts->accounts().constFirst().id);
    else
        m_parts.window->showFirstRunBanner(firstRunText());
    m_parts.dashboard->updateStatus();
}

void AccountFlowPresenter::firstPaintDone()
{
    m_waitingForFirstPaint = false;
    // The expiry bookkeeping shows nothing in the window, so it waits for the first paint
    // (issue 18): every account, listed or not, since one without a token list may still have
    // its own token's expiry (entered by the user, or from GitHub's header). Its notices go out
    // at once now: the desktop services have started.
    for (const Account &account : m_parts.accounts->accounts())
        m_parts.lists->watchExpiries(account.id);
    Q_EMIT traySummaryStale();
    if (m_parts.probeKeychain && !currentAccountId().isEmpty())
        m_parts.tokenList->followKeychain(currentAccountId());
}

QString AccountFlowPresenter::firstRunText()
{
    return tr("Sign in to your npm account to see its tokens, or try TokenDesk first on a "
              "practice registry with demo tokens.");
}

void AccountFlowPresenter::select(const QString &accountId)
{
    // Before the first paint, firstPaintDone() probes the account selected by then.
    if (m_parts.dashboard->select(accountId) && m_parts.probeKeychain && !m_waitingForFirstPaint)
        m_parts.tokenList->followKeychain(accountId);
}

void AccountFlowPresenter::signedIn(const Account &account)
{
    if (const auto loaded = m_parts.accounts->load(); !loaded)
        qCWarning(lcApp) << "accounts not reloaded:" << loaded.error().oneLine();
    m_parts.window->hideSignInBanner();
    m_parts.window->showNotice({});
    m_parts.dashboard->rebuildAccountList();
    m_parts.dashboard->forgetSelection();
    select(account.id);
    m_parts.tokenList->refresh(account.id);
    m_parts.inbox->pollNow(); // staged versions of the account just signed in
}

void AccountFlowPresenter::refreshAll()
{
    if (const auto loaded = m_parts.accounts->load(); !loaded)
        m_parts.window->showNotice(loaded.error().oneLine(), NoticeKind::Error);
    m_parts.dashboard->rebuildAccountList();
    m_parts.ci->reload(); // CI sign-ins too: `tokendesk-cli ci login` may have added one
    if (currentAccountId().isEmpty() && !m_parts.accounts->accounts().isEmpty())
        select(m_parts.accounts->accounts().constFirst().id);
    bool any = false;
    for (const Account &account : m_parts.accounts->accounts()) {
        if (account.hasSession(m_parts.clock->now())) {
            any = true;
            m_parts.tokenList->refresh(account.id);
        }
    }
    m_parts.inbox->pollNow();
    if (!any && !m_parts.accounts->accounts().isEmpty())
        m_parts.dashboard->askToSignIn(currentAccountId(), tr("Your session has ended."));
}

void AccountFlowPresenter::signedOut(const QString &accountId)
{
    m_parts.dashboard->rebuildAccountList();
    m_parts.dashboard->updateStatus();
    if (accountId == currentAccountId())
        m_parts.dashboard->askToSignIn(accountId, tr("You signed out."));
}

void AccountFlowPresenter::removed(const QString &accountId)
{
    m_parts.lists->forgetAccount(accountId);
    const bool wasCurrent = accountId == currentAccountId();
    m_parts.dashboard->rebuildAccountList();
    if (wasCurrent) {
        m_parts.dashboard->forgetSelection();
        m_parts.window->hideSignInBanner();
        if (!m_parts.accounts->accounts().isEmpty())
            select(m_parts.accounts->accounts().constFirst().id);
        else
            m_parts.window->showFirstRunBanner(firstRunText());
    }
    m_parts.dashboard->updateStatus();
    Q_EMIT traySummaryStale();
}

void AccountFlowPresenter::tokenExpiryEntered(const QString &accountId)
{
    m_parts.lists->watchExpiries(accountId); // warned about like any token from now on
    m_parts.dashboard->rebuildAccountList();
    m_parts.dashboard->showRegistryKind();
}

} // namespace td
