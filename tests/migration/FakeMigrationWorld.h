// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A registry and a keychain that live in files, so a runner killed in a child process leaves
// state that the test (and a resuming runner) can read back. Test-only: the "keychain" file holds
// secrets in plain base64, which production code never does.
#include "core/migration/MigrationBackend.h"
#include "core/secrets/SecretStore.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace td::test {

class FileFakeBackend final : public MigrationBackend
{
public:
    explicit FileFakeBackend(QString statePath) : m_path(std::move(statePath)) { }

    // Seeds a live classic token (key = hex SHA-512 of the secret).
    void addClassicToken(const QString &secret);
    bool isAlive(const QString &secret) const;
    bool isRevokedKey(const QString &key) const;
    int liveCount() const;

    std::optional<Error> revokeFailure;
    std::optional<Error> whoamiFailure;
    QString whoamiUser = QStringLiteral("jane"); // who a working token answers as
    // The next N creates make the token, then answer this error (the answer was lost).
    int lostCreateAnswers = 0;
    int tokensPerLostCreate = 1; // 2: the POST was sent twice
    Error lostCreateError = makeError(ErrorCode::Network, QStringLiteral("Connection reset"));
    std::optional<Error> orphanLookupFailure; // removeOrphans cannot list the tokens
    // The keys of live tokens named `name`.
    QStringList liveKeysNamed(const QString &name) const;
    std::function<void(const QString &effect)>
        afterEffect; // after state is written, before the callback
    // Called with the key before a revoke takes effect (the CI crash test checks that no CI
    // store still holds that token).
    std::function<void(const QString &key)> beforeRevoke;
    QString sha512OfKey(const QString &key) const;

    void createToken(const ReplacementSpec &spec,
                     std::function<void(Result<CreatedToken>)> done) override;
    void whoami(const SecretBuffer &secret, std::function<void(Result<QString>)> done) override;
    void revokeToken(const QString &key, std::function<void(Result<void>)> done) override;
    void removeOrphans(const QString &name, const QDateTime &since, const QStringList &knownKeys,
                       std::function<void(Result<int>)> done) override;

private:
    QJsonObject load() const;
    void save(const QJsonObject &state) const;
    QString m_path;
};

class FileSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit FileSecretStore(QString path, QObject *parent = nullptr)
        : SecretStore(parent), m_path(std::move(path))
    { }
    std::optional<Error> failure;
    QStringList keys() const;

    void write(const QString &key, const SecretBuffer &secret, QObject *context,
               DoneCallback done) override;
    void read(const QString &key, QObject *context, ReadCallback done) override;
    void remove(const QString &key, QObject *context, DoneCallback done) override;
    void probe(QObject *context, DoneCallback done) override;

private:
    QJsonObject load() const;
    QString m_path;
};

} // namespace td::test
