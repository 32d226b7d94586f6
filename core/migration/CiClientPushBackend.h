// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cisecrets/CiCredentialStore.h"
#include "core/cisecrets/CiSecretClient.h"
#include "core/cisecrets/CiSecretLedger.h"
#include "core/migration/CiPushBackend.h"

#include <QObject>

#include <map>

namespace td {

// CiPushBackend over the signed-in CI accounts: for each target, the account of its provider and
// host (CiCredentialStore), its credential from the keychain (loaded once) and a client made by
// `factory` (makeCiSecretClient in the programs, a fake in tests). A verified write is recorded
// in the ledger, so a later rotation knows which token the secret holds.
class CiClientPushBackend final : public QObject, public CiPushBackend
{
    Q_OBJECT
public:
    using ClientFactory = std::function<std::unique_ptr<CiSecretClient>(
        const CiAccount &, std::shared_ptr<const SecretBuffer>, const CiClientServices &)>;

    CiClientPushBackend(CiCredentialStore &accounts, CiClientServices services,
                        ClientFactory factory, CiSecretLedger *ledger, const Clock &clock,
                        QObject *parent = nullptr);
    ~CiClientPushBackend() override;

    bool canPush(const CiSecretTarget &target) const override;
    void push(const CiSecretTarget &target, const CiPushValue &value,
              std::function<void(Result<QDateTime>)> done) override;
    void verify(const CiSecretTarget &target, const CiPushValue &value, const QDateTime &pushedAt,
                std::function<void(Result<bool>)> done) override;
    // For discovery (CiDescribe): the target's metadata, through the same account and client.
    void describe(const CiSecretTarget &target, std::function<void(Result<CiSecretState>)> done);

private:
    void withClient(const CiSecretTarget &target,
                    std::function<void(Result<CiSecretClient *>)> next);

    CiCredentialStore &m_accounts;
    CiClientServices m_services;
    ClientFactory m_factory;
    CiSecretLedger *m_ledger;
    const Clock &m_clock;
    std::map<QString, std::unique_ptr<CiSecretClient>> m_clients; // by keychain key
};

} // namespace td
