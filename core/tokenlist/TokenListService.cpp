// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tokenlist/TokenListService.h"

#include "core/account/AccountStore.h"
#include "core/tokenlist/AccountTokens.h"
#include "core/tokenlist/KeychainProbe.h"
#include "core/tokenlist/SyncStatusText.h"
#include "core/tokenlist/TokenListModel.h"
#include "core/tokenlist/TokenSync.h"
#include "core/util/Clock.h"

namespace td {

TokenListService::TokenListService(Parts parts, QObject *parent)
    : QObject(parent),
      m_parts(parts),
      m_lists(std::make_unique<AccountTokens>()),
      m_sync(new TokenSync(parts.accounts, parts.sessions, parts.cache, *parts.clock, this)),
      m_keychain(new KeychainProbe(parts.secrets, this))
{
    connect(m_sync, &TokenSync::synced, this, &TokenListService::onSynced);
    connect(m_keychain, &KeychainProbe::found, this, [this](const QString &accountId) {
        if (accountId == m_shown)
            showKeychainColumn();
        Q_EMIT keychainChanged(accountId);
    });
}

TokenListService::~TokenListService() = default;

QList<Error> TokenListService::loadCached()
{
    return m_lists->loadCached(m_parts.accounts->accounts(), *m_parts.cache);
}

void TokenListService::refresh(const QString &accountId)
{
    m_sync->refresh(accountId);
}

void TokenListService::refreshSignedIn()
{
    const QDateTime now = m_parts.clock->now();
    for (const Account &account : m_parts.accounts->accounts())
        if (account.hasSession(now))
            m_sync->refresh(account.id);
}

void TokenListService::onSynced(const QString &accountId, const QList<Token> &tokens,
                                const QDateTime &at)
{
    m_lists->set(accountId, tokens, at);
    // The table follows by itself: the model updates its rows in place, so the selected row
    // survives without the desktop asking for the list again.
    if (accountId == m_shown)
        showAccount(accountId);
    Q_EMIT listChanged(accountId);
}

void TokenListService::showAccount(const QString &accountId)
{
    m_shown = accountId;
    if (m_parts.model)
        fillModel(*m_parts.model, *m_lists, *m_keychain, accountId);
}

void TokenListService::showKeychainColumn()
{
    if (m_parts.model)
        fillKeychainColumn(*m_parts.model, *m_lists, *m_keychain, m_shown);
}

void TokenListService::fillModel(TokenListModel &model, const AccountTokens &lists,
                                 const KeychainProbe &keychain, const QString &accountId)
{
    // The model shares the list (QList is implicitly shared): still one copy of the tokens.
    model.setTokens(lists.tokens(accountId));
    fillKeychainColumn(model, lists, keychain, accountId);
}

void TokenListService::fillKeychainColumn(TokenListModel &model, const AccountTokens &lists,
                                          const KeychainProbe &keychain, const QString &accountId)
{
    model.setStoredInKeychain(storedInKeychain(lists, keychain, accountId));
}

QSet<QString> TokenListService::storedInKeychain(const AccountTokens &lists,
                                                 const KeychainProbe &keychain,
                                                 const QString &accountId)
{
    // From the store's index of key names: no secret is read, however long the list. A store
    // whose index is not built yet (first start after an upgrade) answers "not stored" for now,
    // builds the index from the keychain's list of names and says so with storedKeysChanged(),
    // which KeychainProbe::found and keychainChanged() pass on.
    return accountId.isEmpty() ? QSet<QString>{}
                               : keychain.storedKeys(accountId, lists.tokens(accountId));
}

void TokenListService::removeToken(const QString &accountId, const QString &tokenKey)
{
    m_lists->remove(accountId, tokenKey);
    if (m_parts.model && accountId == m_shown)
        m_parts.model->removeToken(tokenKey);
}

void TokenListService::forgetAccount(const QString &accountId)
{
    m_lists->forget(accountId);
    if (accountId == m_shown)
        showAccount({});
}

void TokenListService::followKeychain(const QString &accountId)
{
    m_keychain->probe(accountId, m_lists->tokens(accountId));
}

void TokenListService::markStored(const QString &accountId, const QString &tokenKey)
{
    m_keychain->markStored(accountId, tokenKey);
}

QList<Token> TokenListService::tokens(const QString &accountId) const
{
    return m_lists->tokens(accountId);
}

QList<Token> TokenListService::allTokens() const
{
    return m_lists->all();
}

const Token *TokenListService::find(const QString &tokenKey) const
{
    return m_lists->find(tokenKey);
}

QSet<QString> TokenListService::storedInKeychain(const QString &accountId) const
{
    return storedInKeychain(*m_lists, *m_keychain, accountId);
}

QString TokenListService::statusText(const QString &accountId) const
{
    const auto account = accountId.isEmpty() ? std::nullopt : m_parts.accounts->find(accountId);
    return syncStatusText(m_lists->syncedAt(accountId), account, m_parts.clock->now());
}

} // namespace td
