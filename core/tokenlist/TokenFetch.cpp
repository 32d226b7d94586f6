// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tokenlist/TokenFetch.h"

#include "core/account/SessionManager.h"
#include "core/registry/RegistryClient.h"

#include <QPointer>

namespace td {

void fetchTokenList(RegistryClient &client, SessionManager &sessions, const QString &accountId,
                    QObject *context, std::function<void(Result<TokenPage>)> done)
{
    QPointer<SessionManager> learner(&sessions);
    client.listTokens(context,
                      [learner, accountId, done = std::move(done)](Result<TokenPage> page) {
                          if (!page)
                              return done(std::move(page));
                          TokenPage listed = std::move(page).value();
                          if (learner)
                              learner->learnFromTokenList(accountId, listed);
                          for (Token &token : listed.tokens)
                              token.accountId = accountId;
                          done(std::move(listed));
                      });
}

} // namespace td
