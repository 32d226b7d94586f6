// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A CiSecretClient that answers from a table, for the desktop's CI presenters (the clients
// themselves are tested against the sandbox in tests/cisecrets).
#include "core/cisecrets/CiSecretClient.h"

#include <QHash>

#include <memory>

namespace td::test {

struct FakeCiService
{
    QString expectedCredential = QStringLiteral("good-token"); // whoami answers only this one
    QString login = QStringLiteral("alice");
    QHash<QString, CiSecretState> states; // target id -> state
    int whoamiCalls = 0;
    int describeCalls = 0;
    QStringList credentialsSeen; // what reached the client (a test's own fake values)
};

class FakeCiClient final : public CiSecretClient
{
public:
    FakeCiClient(std::shared_ptr<FakeCiService> service, CiProvider provider,
                 std::shared_ptr<const SecretBuffer> credential)
        : m_service(std::move(service)), m_provider(provider), m_credential(std::move(credential))
    { }
    CiProvider provider() const override { return m_provider; }
    void whoami(std::function<void(Result<QString>)> done) override
    {
        ++m_service->whoamiCalls;
        m_service->credentialsSeen.append(m_credential->revealString());
        if (m_credential->revealString() != m_service->expectedCredential)
            // Worded as the real clients do: the advice names the CLI's login command.
            return done(makeError(ErrorCode::E401,
                                  QStringLiteral("GitHub does not accept this credential."),
                                  QStringLiteral("Sign in again: tokendesk-cli ci login github")));
        done(m_service->login);
    }
    void describe(const CiSecretTarget &target,
                  std::function<void(Result<CiSecretState>)> done) override
    {
        ++m_service->describeCalls;
        done(m_service->states.value(target.id()));
    }
    void push(const CiSecretTarget &, std::shared_ptr<const SecretBuffer>,
              std::function<void(Result<CiSecretState>)> done) override
    {
        done(makeError(ErrorCode::Unsupported, QStringLiteral("not in this fake")));
    }
    void verify(const CiSecretTarget &, std::shared_ptr<const SecretBuffer>, const QDateTime &,
                std::function<void(Result<bool>)> done) override
    {
        done(false);
    }

private:
    std::shared_ptr<FakeCiService> m_service;
    CiProvider m_provider;
    std::shared_ptr<const SecretBuffer> m_credential;
};

} // namespace td::test
