// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/creation/TokenCreationService.h"

#include "core/creation/LostTokenRecovery.h"
#include "core/creation/TokenDraft.h"
#include "core/creation/TokenRequestFromDraft.h"
#include "core/registry/TwoFactorPrompt.h"
#include "core/secrets/SecretStore.h"
#include "core/util/Clock.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>

namespace td {

QString TokenCreation::storageWarning() const
{
    if (!storeError)
        return {};
    return QCoreApplication::translate(
               "td::TokenCreation",
               "The token was created, but it could not be stored in your keychain (%1). "
               "Copy it now or try storing it again: it will not be shown again after you "
               "close this window.")
        .arg(storeError->message);
}

void TokenCreationService::PromptRelay::askForCode(const QString &reason, CodeAnswer answer)
{
    if (!inner)
        return answer(makeError(ErrorCode::EOTP,
                                TokenCreationService::tr("The registry asks for a one-time "
                                                         "password, but the window that asked "
                                                         "for this token is closed."),
                                TokenCreationService::tr("Create the token again.")));
    inner->askForCode(reason, std::move(answer));
}

void TokenCreationService::PromptRelay::showApprovalPage(const QUrl &url, Purpose purpose,
                                                         std::function<void()> cancel)
{
    if (!inner)
        return cancel();
    inner->showApprovalPage(url, purpose, std::move(cancel));
}

void TokenCreationService::PromptRelay::approvalFinished()
{
    if (inner)
        inner->approvalFinished();
}

TokenCreationService::TokenCreationService(RegistryClient *registry, SecretStore *store,
                                           QString accountId, QObject *parent)
    : QObject(parent), m_registry(registry), m_store(store), m_accountId(std::move(accountId))
{ }

void TokenCreationService::create(const TokenDraft &draft, SecretBuffer password,
                                  TwoFactorPrompt *prompt, RegistryClient::AuthType authType,
                                  QObject *context, Done done)
{
    if (m_busy)
        return done(makeError(ErrorCode::InvalidInput, tr("A token is already being created.")));
    if (!draft.isValid())
        return done(makeError(ErrorCode::InvalidInput, draft.issues().constFirst().message));
    if (password.isEmpty())
        return done(makeError(ErrorCode::InvalidInput,
                              tr("Enter your npm password: npm asks for it to create a token.")));

    m_busy = true;
    m_prompt.inner = prompt;
    m_registry->setAuthType(authType);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    auto deliver = [guard, hadContext, done](Result<TokenCreation> result) {
        if (!hadContext || guard)
            done(std::move(result));
    };
    const TokenCreateRequest request = tokenRequestFromDraft(draft);
    // Before the request: a token the registry makes is stamped no earlier than this (give or take
    // the clock skew LostTokenSearch allows for).
    const CreateAttempt attempt{m_accountId, request.name, m_registry->clock().now()};
    m_registry->createToken(
        request, password, this,
        [this, attempt, deliver](Result<CreatedToken> answer) {
            if (!answer)
                return createFailed(attempt, answer.error(), deliver);
            m_prompt.inner = nullptr;
            m_busy = false;
            // Stored even when the asker is gone: the keychain is then the
            // only copy.
            storeCreated(std::move(answer).value(), deliver);
        },
        &m_prompt);
}

void TokenCreationService::createFailed(const CreateAttempt &attempt, const Error &error, Done done)
{
    if (!createMayHaveSucceeded(error)) {
        // The registry refused or was never reached: nothing exists there, nothing was written.
        m_prompt.inner = nullptr;
        m_busy = false;
        qCInfo(lcTokens) << "token create refused:" << error.codeName();
        return done(error);
    }
    // The registry may have made the token, but its secret never arrived: find it and revoke it,
    // never send the create again by ourselves. The same prompt answers: the revoke may ask for
    // 2FA.
    Q_EMIT lostAnswerRecoveryStarted(attempt.name);
    recoverLostCreate(
        *m_registry, attempt, error, this,
        [this, done](LostCreateOutcome lost) {
            m_prompt.inner = nullptr;
            m_busy = false;
            done(lost.error);
        },
        &m_prompt);
}

void TokenCreationService::storeCreated(CreatedToken created, Done done)
{
    auto creation = std::make_shared<TokenCreation>();
    creation->token = std::move(created.token);
    creation->token.accountId = m_accountId;
    creation->secret = std::move(created.secret);
    creation->keychainKey = SecretStore::tokenKey(m_accountId, creation->token.key);
    Q_EMIT tokenCreated(creation->token);
    m_store->write(creation->keychainKey, creation->secret, this,
                   [creation, done](Result<void> stored) {
                       if (!stored) {
                           qCWarning(lcTokens) << "new token not stored in the keychain:"
                                               << stored.error().codeName();
                           creation->storeError = stored.error();
                       }
                       done(std::move(*creation));
                   });
}

void TokenCreationService::retryStore(TokenCreation &creation, QObject *context, StoreDone done)
{
    if (creation.secret.isEmpty())
        return done(makeError(ErrorCode::InvalidInput, tr("There is no token to store.")));
    TokenCreation *target = &creation;
    QPointer<QObject> guard(context);
    m_store->write(creation.keychainKey, creation.secret, context,
                   [target, guard, done](Result<void> stored) {
                       if (!guard)
                           return;
                       if (stored)
                           target->storeError.reset();
                       else
                           target->storeError = stored.error();
                       done(std::move(stored));
                   });
}

} // namespace td
