// SPDX-License-Identifier: GPL-3.0-or-later
#include "cisecrets/CiSecretClient.h"
#include "cisecrets/GitHubSecretClient.h"

// GitLab's and CircleCI's clients come from their own files (helper cigitlab, issue 15). Until
// those are in the tree, both providers have no client here; once they are, the includes below
// pick them up and the fallbacks disappear.
#if __has_include("cisecrets/GitLabVariableClient.h")
#include "cisecrets/GitLabVariableClient.h"
#define TD_HAVE_GITLAB_CLIENT 1
#endif
#if __has_include("cisecrets/CircleCiVariableClient.h")
#include "cisecrets/CircleCiVariableClient.h"
#define TD_HAVE_CIRCLECI_CLIENT 1
#endif

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
#ifdef TD_HAVE_GITLAB_CLIENT
        return makeGitLabVariableClient(account, std::move(credential), services);
#else
        return nullptr;
#endif
    case CiProvider::CircleCi:
#ifdef TD_HAVE_CIRCLECI_CLIENT
        return makeCircleCiVariableClient(account, std::move(credential), services);
#else
        return nullptr;
#endif
    }
    return nullptr;
}

} // namespace td
