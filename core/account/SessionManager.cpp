// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/account/SessionManager.h"

#include "core/account/AccountStore.h"
#include "core/registry/TwoFactorPrompt.h"
#include "core/registry/UrlPolicy.h"
#include "core/secrets/SecretStore.h"
#include "core/util/Clock.h"
#include "core/util/Logging.h"

#include <QPointer>

namespace td {

struct SessionManager::SignInState
{
    SignInRequest request;
    Callback<Account> done;
    RegistryClient *client = nullptr;
    SecretBuffer token;
    std::optional<bool> webLogin;
    QPointer<QObject> context;
    bool hadContext = false;

    void finish(Result<Account> result)
    {
        if (client)
            client->deleteLater();
        client = nullptr;
        token.clear();
        if (!hadContext || context)
            done(std::move(result));
    }
};

SessionManager::SessionManager(QNetworkAccessManager *nam, SecretStore *secrets,
                               AccountStore *accounts, const Clock &clock, QObject *parent)
    : QObject(parent), m_nam(nam), m_secrets(secrets), m_accounts(accounts), m_clock(clock)
{ }

RegistryClient *SessionManager::makeClient(const QUrl &registry, QObject *parent)
{
    auto *client = new RegistryClient(m_nam, registry, m_clock, parent);
    client->setDelayTimer(m_delay);
    client->setTransportOptions(m_options);
    client->setWebAuthTimeLimit(m_webAuthLimit);
    return client;
}

void SessionManager::signIn(const SignInRequest &request, TwoFactorPrompt *prompt, QObject *context,
                            Callback<Account> done)
{
    auto state = std::make_shared<SignInState>();
    state->request = request;
    state->done = std::move(done);
    state->context = context;
    state->hadContext = context != nullptr;
    if (const auto allowed = checkRegistryUrl(request.registry); !allowed)
        return state->finish(allowed.error());

    QPointer<SessionManager> self(this);
    m_secrets->probe(this, [self, state, prompt](Result<void> probe) {
        if (!self)
            return;
        if (!probe) {
            Error error = probe.error();
            error.message = tr("TokenDesk keeps sessions only in the system keychain, and it "
                               "cannot be used: %1")
                                .arg(error.message);
            if (error.hint.isEmpty())
                error.hint = tr("Unlock or set up the keychain, then sign in again. Nothing was "
                                "saved.");
            return state->finish(error);
        }
        state->client = self->makeClient(state->request.registry, self);
        state->client->setTwoFactorPrompt(prompt);
        const SignInRequest &r = state->request;
        const bool canLegacy = !r.username.isEmpty() && r.password;
        const auto legacy = [self, state] {
            if (!self)
                return;
            const SignInRequest &req = state->request;
            if (req.username.isEmpty() || !req.password)
                return state->finish(makeError(ErrorCode::InvalidInput,
                                               tr("Signing in with a password needs a user name "
                                                  "and a password.")));
            state->client->setAuthType(RegistryClient::AuthType::Legacy);
            state->client->couchLogin(req.username, *req.password, self,
                                      [self, state](Result<SecretBuffer> token) {
                                          if (self)
                                              self->afterToken(state, std::move(token));
                                      });
        };
        if (r.method == SignInMethod::Legacy || r.legacyOtpUpFront)
            return legacy();
        state->client->webLogin(self, [self, state, legacy, canLegacy](Result<SecretBuffer> token) {
            if (!self)
                return;
            if (!token && token.error().code == ErrorCode::Unsupported
                && token.error().httpStatus) {
                state->webLogin = false;
                if (state->request.method == SignInMethod::Auto && canLegacy)
                    return legacy();
                Error error = token.error();
                error.hint = tr("Sign in with your user name and password instead (for "
                                "tokendesk-cli: login --auth-type legacy).");
                return state->finish(error);
            }
            if (token)
                state->webLogin = true;
            self->afterToken(state, std::move(token));
        });
    });
}

void SessionManager::afterToken(std::shared_ptr<SignInState> state, Result<SecretBuffer> token)
{
    if (!token)
        return state->finish(token.error());
    state->token = std::move(token).value();
    state->client->setAuthToken(SecretBuffer(state->token.view()),
                                RegistryClient::Credential::Session);
    QPointer<SessionManager> self(this);
    state->client->whoami(this, [self, state](Result<QString> user) {
        if (!self)
            return;
        if (!user)
            return state->finish(user.error());
        self->storeSession(state, user.value());
    });
}

void SessionManager::storeSession(std::shared_ptr<SignInState> state, QString user)
{
    const QUrl registry = normalisedBaseUrl(state->request.registry);
    const QString id = Account::makeId(registry, user);
    QPointer<SessionManager> self(this);
    m_secrets->write(
        SecretStore::sessionKey(id), state->token, this,
        [self, state, id, user, registry](Result<void> written) {
            if (!self)
                return;
            if (!written) {
                // The registry issued a session we cannot keep: end it rather than leave it live.
                state->client->logout(nullptr, [](Result<void>) {});
                Error error = written.error();
                error.message
                    = tr("The session could not be stored in the keychain: %1").arg(error.message);
                return state->finish(error);
            }
            if (const auto loaded = self->m_accounts->load(); !loaded)
                return state->finish(loaded.error());
            Account account = self->m_accounts->find(id).value_or(Account{});
            account.id = id;
            account.registry = registry;
            account.user = user;
            const QDateTime now = self->m_clock.now();
            account.lastSignIn = now;
            account.sessionExpires = now.addSecs(kSessionLifetime.count());
            // Registries without a token list: GitHub said when the token ends while signing
            // in; a CodeArtifact token lives 12 hours from now, when TokenDesk stored it.
            if (const auto reported = state->client->reportedTokenExpiry())
                account.credentialExpiry = {*reported, CredentialExpiryBasis::ResponseHeader};
            else if (account.registryKind() == RegistryKind::CodeArtifact)
                account.credentialExpiry = codeArtifactExpiry(now, {});
            if (state->webLogin)
                account.capabilities.webLogin = state->webLogin;
            self->m_accounts->upsert(account);
            if (const auto saved = self->m_accounts->save(); !saved)
                return state->finish(saved.error());
            qCInfo(lcAccount).noquote() << "signed in as" << id;
            // The 2FA mode is shown with the account; a failure here does not undo the sign-in.
            state->client->profile(
                self, [self, state, account](Result<RegistryProfile> profile) mutable {
                    if (self && profile && profile.value().twoFactor != TwoFactorMode::Unknown) {
                        account.twoFactor = profile.value().twoFactor;
                        if (self->m_accounts->load())
                            self->m_accounts->upsert(account);
                        (void)self->m_accounts->save();
                    }
                    state->finish(account);
                });
        });
}

void SessionManager::signOut(const QString &accountId, QObject *context, Callback<void> done)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    auto finish = [guard, hadContext, done](Result<void> result) {
        if (!hadContext || guard)
            done(std::move(result));
    };
    if (const auto loaded = m_accounts->load(); !loaded)
        return finish(loaded.error());
    const auto account = m_accounts->find(accountId);
    if (!account)
        return finish(
            makeError(ErrorCode::NotFound, tr("There is no account “%1”.").arg(accountId)));
    QPointer<SessionManager> self(this);
    m_secrets->read(SecretStore::sessionKey(accountId), this,
                    [self, account, finish](Result<SecretBuffer> session) {
                        if (!self)
                            return;
                        const auto forget = [self, account, finish] {
                            if (!self)
                                return;
                            self->m_secrets->remove(SecretStore::sessionKey(account->id), self,
                                                    [self, account, finish](Result<void> removed) {
                                                        if (!self)
                                                            return;
                                                        if (!removed)
                                                            return finish(removed.error());
                                                        self->sessionEnded(account->id);
                                                        finish({});
                                                    });
                        };
                        if (!session) {
                            // A locked, absent or silent keychain may still hold the session:
                            // keep the account as it is and say what to do.
                            if (session.error().code != ErrorCode::NotFound)
                                return finish(session.error());
                            return forget(); // nothing to end on the registry
                        }
                        RegistryClient *client = self->makeClient(account->registry, self);
                        client->setAuthToken(std::move(session).value(),
                                             RegistryClient::Credential::Session);
                        client->logout(self, [client, forget](Result<void> loggedOut) {
                            client->deleteLater();
                            // An ended session or an unreachable registry must not keep the secret
                            // around.
                            if (!loggedOut)
                                qCInfo(lcAccount).noquote()
                                    << "registry logout failed:" << loggedOut.error().codeName();
                            forget();
                        });
                    });
}

void SessionManager::authorize(RegistryClient &client, const QString &accountId, QObject *context,
                               Callback<void> done)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    auto finish = [guard, hadContext, done](Result<void> result) {
        if (!hadContext || guard)
            done(std::move(result));
    };
    if (const auto loaded = m_accounts->load(); !loaded)
        return finish(loaded.error());
    const auto account = m_accounts->find(accountId);
    const auto signInAgain = [&](const QString &message) {
        return makeError(ErrorCode::ENEEDAUTH, message, tr("Sign in again to continue."));
    };
    if (!account)
        return finish(signInAgain(tr("You are not signed in as %1.").arg(accountId)));
    if (!account->hasSession(m_clock.now()))
        return finish(
            signInAgain(account->sessionExpires.isValid()
                            ? tr("Your session with %1 has ended.").arg(account->registry.host())
                            : tr("You are signed out of %1.").arg(account->registry.host())));
    QPointer<RegistryClient> target(&client);
    QPointer<SessionManager> self(this);
    m_secrets->read(
        SecretStore::sessionKey(accountId), this,
        [self, target, finish, accountId,
         host = account->registry.host()](Result<SecretBuffer> session) {
            if (!self || !target)
                return;
            if (!session) {
                if (session.error().code != ErrorCode::NotFound)
                    return finish(session.error()); // locked or unavailable keychain: say so
                return finish(
                    makeError(ErrorCode::ENEEDAUTH,
                              tr("Your session with %1 is not in the keychain.").arg(host),
                              tr("Sign in again to continue.")));
            }
            target->setAuthToken(std::move(session).value(), RegistryClient::Credential::Session);
            finish({});
        });
}

void SessionManager::sessionEnded(const QString &accountId)
{
    if (!m_accounts->load())
        return;
    auto account = m_accounts->find(accountId);
    if (!account || !account->sessionExpires.isValid())
        return;
    account->sessionExpires = QDateTime();
    m_accounts->upsert(*account);
    (void)m_accounts->save();
}

void SessionManager::learnFromTokenList(const QString &accountId, const TokenPage &page)
{
    if (!m_accounts->load())
        return;
    auto account = m_accounts->find(accountId);
    if (!account)
        return;
    const std::optional<bool> reportsExpiry = page.tokens.isEmpty()
        ? account->capabilities.reportsExpiry
        : std::optional<bool>(page.anyTokenReportsExpiry);
    if (account->capabilities.reportsExpiry == reportsExpiry
        && account->capabilities.tokenApi == std::optional<bool>(true))
        return;
    account->capabilities.reportsExpiry = reportsExpiry;
    account->capabilities.tokenApi = true;
    m_accounts->upsert(*account);
    (void)m_accounts->save();
}

void SessionManager::learnFromAnswers(const QString &accountId, const RegistryClient &client)
{
    const auto reported = client.reportedTokenExpiry();
    if (!reported || !m_accounts->load())
        return;
    auto account = m_accounts->find(accountId);
    const CredentialExpiry learned{*reported, CredentialExpiryBasis::ResponseHeader};
    if (!account || account->credentialExpiry == learned)
        return;
    account->credentialExpiry = learned;
    m_accounts->upsert(*account);
    (void)m_accounts->save();
}

void SessionManager::learnNoTokenApi(const QString &accountId)
{
    if (!m_accounts->load())
        return;
    auto account = m_accounts->find(accountId);
    if (!account || account->capabilities.tokenApi == std::optional<bool>(false))
        return;
    account->capabilities.tokenApi = false;
    m_accounts->upsert(*account);
    (void)m_accounts->save();
}

} // namespace td
