// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/migration/MigrationBackend.h"
#include "core/registry/BatchTwoFactorPrompt.h"

#include <QObject>

class QNetworkAccessManager;

namespace td {

class Clock;
class RegistryClient;

// MigrationBackend over the real registry client.
//  - createToken: POST /-/npm/v1/tokens with the spec's grants and the account password (npm
//    asks for it on every creation), signed in with the account's session;
//  - whoami: GET /-/whoami with the given secret as the bearer, through a separate client so
//    the session client's credential is never swapped;
//  - revokeToken: DELETE /-/npm/v1/tokens/token/<key> with the session;
//  - removeOrphans: token list, then revoke what tokensFromLostCreate finds for that name and
//    send time (LostTokenSearch) that the journal does not know.
// Every OTP challenge of the batch goes through one BatchTwoFactorPrompt, so one code covers
// the batch while it is valid; a refused cached code is forgotten and the call retried once.
class RegistryMigrationBackend final : public QObject, public MigrationBackend
{
    Q_OBJECT
public:
    // `session` must already hold the account's session; this backend's writes are answered by
    // the batch prompt (wrapping `prompt`), the session's own prompt is left alone.
    RegistryMigrationBackend(RegistryClient &session, QNetworkAccessManager *nam,
                             const Clock &clock, TwoFactorPrompt &prompt, SecretBuffer password,
                             QObject *parent = nullptr);
    ~RegistryMigrationBackend() override;

    void createToken(const ReplacementSpec &spec,
                     std::function<void(Result<CreatedToken>)> done) override;
    void whoami(const SecretBuffer &secret, std::function<void(Result<QString>)> done) override;
    void revokeToken(const QString &key, std::function<void(Result<void>)> done) override;
    void removeOrphans(const QString &name, const QDateTime &since, const QStringList &knownKeys,
                       std::function<void(Result<int>)> done) override;

    const BatchTwoFactorPrompt &batchPrompt() const { return m_batch; }

private:
    void revokeEach(QStringList keys, int revoked, std::function<void(Result<int>)> done);

    RegistryClient &m_session;
    QNetworkAccessManager *m_nam;
    const Clock &m_clock;
    BatchTwoFactorPrompt m_batch;
    SecretBuffer m_password;
};

// npm's creation fields for a plan row's replacement.
TokenCreateRequest tokenRequestFromSpec(const ReplacementSpec &spec);

} // namespace td
