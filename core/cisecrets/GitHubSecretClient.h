// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cisecrets/CiSecretClient.h"

#include <memory>

namespace td {

class CiHttp;

// GitHub Actions secrets (ci-secrets.md): repository, environment and organization stores over
// the REST API at account.apiBase ("https://api.github.com", GitHub Enterprise's
// "https://host/api/v3", or the sandbox's "<S>/-/ci/github/api").
//
// push() fetches the store's public key, seals the value with crypto_box_seal (sealForGitHub) and
// PUTs {encrypted_value, key_id}; an organization secret keeps its visibility and selected
// repositories (a new one is "private"). verify() compares updated_at with the push time, allowing
// 2 s of clock skew, because GitHub never hands a value back.
class GitHubSecretClient final : public CiSecretClient
{
public:
    GitHubSecretClient(const CiAccount &account, std::shared_ptr<const SecretBuffer> credential,
                       const CiClientServices &services);
    ~GitHubSecretClient() override;

    CiProvider provider() const override { return CiProvider::GitHub; }
    void whoami(std::function<void(Result<QString>)> done) override;
    void describe(const CiSecretTarget &target,
                  std::function<void(Result<CiSecretState>)> done) override;
    void push(const CiSecretTarget &target, std::shared_ptr<const SecretBuffer> value,
              std::function<void(Result<CiSecretState>)> done) override;
    void verify(const CiSecretTarget &target, std::shared_ptr<const SecretBuffer> value,
                const QDateTime &pushedAt, std::function<void(Result<bool>)> done) override;

private:
    struct Visibility
    {
        QString visibility = QStringLiteral("private");
        QList<qint64> selectedRepositoryIds;
    };
    void readVisibility(const CiSecretTarget &target, std::function<void(Result<Visibility>)> done);
    void put(const CiSecretTarget &target, std::shared_ptr<const SecretBuffer> value,
             const Visibility &visibility, std::function<void(Result<CiSecretState>)> done);

    std::unique_ptr<CiHttp> m_http;
};

std::unique_ptr<CiSecretClient>
makeGitHubSecretClient(const CiAccount &account, std::shared_ptr<const SecretBuffer> credential,
                       const CiClientServices &services);

} // namespace td
