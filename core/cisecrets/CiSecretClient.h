// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cisecrets/CiSecretTarget.h"
#include "core/registry/HttpExchange.h"
#include "core/util/Result.h"
#include "core/util/SecretBuffer.h"

#include <QDateTime>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace td {

class Clock;
class DelayTimer;

// A signed-in CI service: which API, as whom. Nothing secret; the credential itself lives in the
// keychain (CiCredentialStore) and reaches a client as a SecretBuffer.
struct CiAccount
{
    CiProvider provider = CiProvider::GitHub;
    QString host;       // the git host its repositories live on: "github.com", "gitlab.example.org"
    QUrl apiBase;       // "https://api.github.com", "https://gitlab.com/api/v4",
                        // "https://circleci.com/api/v2", or the sandbox's emulation
    QString login;      // who the credential belongs to, as the service names them
    QStringList scopes; // what the service says the credential may do, when it says
};

QUrl ciDefaultApiBase(CiProvider provider);

// What a store says about one secret, without its value.
struct CiSecretState
{
    bool exists = false;
    QDateTime updatedAt; // GitHub and CircleCI contexts; invalid where the service has none
    QString lastFour;    // CircleCI's masked value ("xxxx1234" -> "1234"); empty elsewhere
    // GitLab only: the stored value, read back (GitLab returns it). Never printed.
    std::shared_ptr<const SecretBuffer> value;
};

// One CI service's secret API, over the injected network manager and HttpTransport (so the
// redirect, timeout, size and 429 rules of the registry client hold here too; the credential is
// sent only to the API base's origin). Every callback is called exactly once on the caller's
// thread, possibly synchronously.
//
// Errors: a missing permission is ErrorCode::E403 whose message names the service's own words
// for what to grant (GitHub's X-Accepted-GitHub-Permissions header, e.g. "secrets=write";
// GitLab "Maintainer role on group/proj (scope api)"; CircleCI "a personal API token"); a bad
// credential E401 ("sign in to GitHub again: tokendesk-cli ci login github"); no such repository,
// environment, context or group E404 naming it.
class CiSecretClient
{
public:
    virtual ~CiSecretClient() = default;
    virtual CiProvider provider() const = 0;

    // Who the credential belongs to (GitHub GET /user, GitLab GET /user, CircleCI GET /me).
    virtual void whoami(std::function<void(Result<QString>)> done) = 0;

    // The secret's metadata; a 404 for the secret itself is {exists = false}, not an error.
    virtual void describe(const CiSecretTarget &target,
                          std::function<void(Result<CiSecretState>)> done)
        = 0;

    // Creates or replaces the value. GitHub: fetch the store's public key, seal the value with
    // crypto_box_seal, PUT with its key_id (organization secrets keep their visibility and
    // selected repositories). GitLab: PUT keeping masked/protected/raw/environment_scope, POST
    // when the variable does not exist. CircleCI: POST project envvar / PUT context variable.
    // The value goes only into the request body (a SecretBuffer), never a URL, header or log.
    // Answers the state right after the write (as describe() would).
    virtual void push(const CiSecretTarget &target, std::shared_ptr<const SecretBuffer> value,
                      std::function<void(Result<CiSecretState>)> done)
        = 0;

    // Whether the store now holds `value`: GitHub — updated_at is at or after `pushedAt` (the
    // value cannot be read back); GitLab — the value read back equals it; CircleCI — the masked
    // last four equal the value's. Answers false (not an error) when it does not.
    virtual void verify(const CiSecretTarget &target, std::shared_ptr<const SecretBuffer> value,
                        const QDateTime &pushedAt, std::function<void(Result<bool>)> done)
        = 0;
};

struct CiClientServices
{
    QNetworkAccessManager *nam = nullptr;
    DelayTimer *delay = nullptr;
    const Clock *clock = nullptr;
    TransportOptions options;
};

// The client for `account`'s provider. `credential` is shared, never copied into a QString.
std::unique_ptr<CiSecretClient> makeCiSecretClient(const CiAccount &account,
                                                   std::shared_ptr<const SecretBuffer> credential,
                                                   const CiClientServices &services);

} // namespace td
