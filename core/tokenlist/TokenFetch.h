// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/RegistryTypes.h"
#include "core/util/Result.h"

#include <QString>

#include <functional>

class QObject;

namespace td {

class RegistryClient;
class SessionManager;

// The one fetch of an account's token list, shared by the app (TokenSync, inside
// TokenListService) and the CLI (`tokendesk-cli token list`): every page through
// RegistryClient::listTokens, what the answer teaches about the registry kept
// (SessionManager::learnFromTokenList), and every token stamped with the account that listed it.
void fetchTokenList(RegistryClient &client, SessionManager &sessions, const QString &accountId,
                    QObject *context, std::function<void(Result<TokenPage>)> done);

} // namespace td
