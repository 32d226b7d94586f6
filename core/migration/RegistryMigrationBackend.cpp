// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/RegistryMigrationBackend.h"

#include "core/creation/LostTokenSearch.h"
#include "core/registry/RegistryClient.h"
#include "core/util/Logging.h"

#include <memory>

namespace td {

namespace {
// A cached code may be refused at a window edge: forget it and let the user type a fresh one.
template<class T, class Call>
void retryOnceOnStaleCode(BatchTwoFactorPrompt &batch, Call call,
                          std::function<void(Result<T>)> done)
{
    const bool usedCache = batch.hasCode();
    call([&batch, call, done, usedCache](Result<T> result) {
        if (!result && result.error().code == ErrorCode::EOTP && usedCache) {
            batch.forgetCode();
            return call(done);
        }
        done(std::move(result));
    });
}
} // namespace

TokenCreateRequest tokenRequestFromSpec(const ReplacementSpec &spec)
{
    TokenCreateRequest request;
    request.grants() = spec.grants();
    request.name = spec.name;
    request.description = spec.description;
    request.expiresDays = spec.expiresDays;
    return request;
}

RegistryMigrationBackend::RegistryMigrationBackend(RegistryClient &session,
                                                   QNetworkAccessManager *nam, const Clock &clock,
                                                   TwoFactorPrompt &prompt, SecretBuffer password,
                                                   QObject *parent)
    : QObject(parent),
      m_session(session),
      m_nam(nam),
      m_clock(clock),
      m_batch(&prompt, clock),
      m_password(std::move(password))
{ }

RegistryMigrationBackend::~RegistryMigrationBackend() = default;

void RegistryMigrationBackend::createToken(const ReplacementSpec &spec,
                                           std::function<void(Result<CreatedToken>)> done)
{
    const TokenCreateRequest request = tokenRequestFromSpec(spec);
    auto call = [this, request](std::function<void(Result<CreatedToken>)> answer) {
        m_session.createToken(request, m_password, this, std::move(answer), &m_batch);
    };
    retryOnceOnStaleCode<CreatedToken>(m_batch, call, std::move(done));
}

void RegistryMigrationBackend::whoami(const SecretBuffer &secret,
                                      std::function<void(Result<QString>)> done)
{
    auto *client = new RegistryClient(m_nam, m_session.baseUrl(), m_clock, this);
    client->setTransportOptions(m_session.transportOptions());
    client->setAuthToken(SecretBuffer(secret.view()), RegistryClient::Credential::AccessToken);
    client->whoami(this, [client, done](Result<QString> user) {
        client->deleteLater();
        done(std::move(user));
    });
}

void RegistryMigrationBackend::revokeToken(const QString &key,
                                           std::function<void(Result<void>)> done)
{
    auto call = [this, key](std::function<void(Result<void>)> answer) {
        m_session.revokeToken(key, this, std::move(answer), &m_batch);
    };
    retryOnceOnStaleCode<void>(m_batch, call, std::move(done));
}

void RegistryMigrationBackend::removeOrphans(const QString &name, const QDateTime &since,
                                             const QStringList &knownKeys,
                                             std::function<void(Result<int>)> done)
{
    m_session.listTokens(this, [this, name, since, knownKeys, done](Result<TokenPage> page) {
        if (!page)
            return done(page.error());
        // The lost-create look-up (same name, born since the attempt was sent, give or take the
        // registry's clock skew) minus every token the journal already knows.
        QStringList orphans;
        for (const Token &token :
             tokensFromLostCreate(page.value().tokens, CreateAttempt{{}, name, since})) {
            if (!knownKeys.contains(token.key))
                orphans.append(token.key);
        }
        qCInfo(lcMigration) << "orphaned replacement tokens found:" << orphans.size();
        revokeEach(orphans, 0, done);
    });
}

void RegistryMigrationBackend::revokeEach(QStringList keys, int revoked,
                                          std::function<void(Result<int>)> done)
{
    if (keys.isEmpty())
        return done(revoked);
    const QString key = keys.takeFirst();
    revokeToken(key, [this, keys, revoked, done](Result<void> result) {
        if (!result && result.error().code != ErrorCode::E404)
            return done(result.error());
        revokeEach(keys, revoked + 1, done);
    });
}

} // namespace td
