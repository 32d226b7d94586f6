// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cisecrets/CiSecretClient.h"
#include "core/cisecrets/GitHubSecretClient.h"

#include "core/cisecrets/CircleCiVariableClient.h"
#include "core/cisecrets/GitLabVariableClient.h"

namespace td {

QUrl ciDefaultApiBase(CiProvider provider)
{
    switch (provider) {
    case CiProvider::GitHub:
        return QUrl(QStringLiteral("https://api.github.com"));
    case CiProvider::GitLab:
        return QUrl(QStringLiteral("https://gitlab.com/api/v4"));
    case CiProvider::CircleCi:
        return QUrl(QStringLiteral("https://circleci.com/api/v2"));
    }
    return {};
}

std::unique_ptr<CiSecretClient> makeCiSecretClient(const CiAccount &account,
                                                   std::shared_ptr<const SecretBuffer> credential,
                                                   const CiClientServices &services)
{
    switch (account.provider) {
    case CiProvider::GitHub:
        return makeGitHubSecretClient(account, std::move(credential), services);
    case CiProvider::GitLab:
        return makeGitLabVariableClient(account, std::move(credential), services);
    case CiProvider::CircleCi:
        return makeCircleCiVariableClient(account, std::move(credential), services);
    }
    return nullptr;
}

} // namespace td
