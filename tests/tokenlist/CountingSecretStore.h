// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secrets/InMemorySecretStore.h"

#include <QSet>
#include <QStringList>

namespace td::test {

// A SecretStore in memory that records which keys were read (listing tokens must read none) and
// whose index of key names can start "not built yet", like the keychain's on the first start
// after an upgrade: isStored() says nullopt until buildIndex().
class CountingSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit CountingSecretStore(bool indexBuilt = true) : m_indexBuilt(indexBuilt) { }

    void write(const QString &key, const SecretBuffer &secret, QObject *context,
               DoneCallback done) override
    {
        m_names.insert(key);
        m_memory.write(key, secret, context, std::move(done));
        Q_EMIT storedKeysChanged();
    }
    void read(const QString &key, QObject *context, ReadCallback done) override
    {
        m_readKeys.append(key);
        m_memory.read(key, context, std::move(done));
    }
    void remove(const QString &key, QObject *context, DoneCallback done) override
    {
        m_names.remove(key);
        m_memory.remove(key, context, std::move(done));
        Q_EMIT storedKeysChanged();
    }
    void probe(QObject *context, DoneCallback done) override
    {
        m_memory.probe(context, std::move(done));
    }
    std::optional<bool> isStored(const QString &key) const override
    {
        if (!m_indexBuilt)
            return std::nullopt;
        return m_names.contains(key);
    }

    void buildIndex()
    {
        m_indexBuilt = true;
        Q_EMIT storedKeysChanged();
    }
    QStringList readKeys() const { return m_readKeys; }

private:
    InMemorySecretStore m_memory;
    QSet<QString> m_names;
    QStringList m_readKeys;
    bool m_indexBuilt;
};

} // namespace td::test
