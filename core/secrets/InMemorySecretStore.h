// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secrets/SecretStore.h"

#include <QHash>

#include <map>

namespace td {

// A SecretStore in process memory, for unit tests and for previews. It can be told to fail
// every call, to stand for a locked keychain.
class InMemorySecretStore final : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void setFailure(std::optional<Error> failure) { m_failure = std::move(failure); }
    bool contains(const QString &key) const { return m_secrets.count(key) > 0; }
    int size() const { return int(m_secrets.size()); }

    void write(const QString &key, const SecretBuffer &secret, QObject *context,
               DoneCallback done) override;
    void read(const QString &key, QObject *context, ReadCallback done) override;
    void remove(const QString &key, QObject *context, DoneCallback done) override;
    void probe(QObject *context, DoneCallback done) override;
    std::optional<bool> isStored(const QString &key) const override { return contains(key); }
    int readCount() const { return int(m_readKeys.size()); }   // keychain reads asked for so far
    const QStringList &readKeys() const { return m_readKeys; } // the key of each, in order

private:
    std::map<QString, SecretBuffer> m_secrets;
    std::optional<Error> m_failure;
    QStringList m_readKeys;
};

} // namespace td
