// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/InMemorySecretStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace td {

namespace {
// Answers on the next event-loop turn, like a real keychain, so callers cannot come to rely on
// synchronous callbacks.
template<class F>
void later(QObject *self, QObject *context, F f)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QTimer::singleShot(0, self, [guard, hadContext, f = std::move(f)]() mutable {
        if (!hadContext || guard)
            f();
    });
}
} // namespace

void InMemorySecretStore::write(const QString &key, const SecretBuffer &secret, QObject *context,
                                DoneCallback done)
{
    if (m_failure)
        return later(this, context, [done, e = *m_failure] { done(e); });
    m_secrets[key] = SecretBuffer(secret.view());
    Q_EMIT storedKeysChanged();
    later(this, context, [done] { done({}); });
}

void InMemorySecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    m_readKeys.append(key);
    if (m_failure)
        return later(this, context, [done, e = *m_failure] { done(e); });
    auto it = m_secrets.find(key);
    if (it == m_secrets.end()) {
        Error e = makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("td::KeychainSecretStore",
                                        "No secret is stored in the keychain under “%1”.")
                .arg(key));
        return later(this, context, [done, e] { done(e); });
    }
    auto copy = std::make_shared<SecretBuffer>(it->second.view());
    later(this, context, [done, copy] { done(std::move(*copy)); });
}

void InMemorySecretStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    if (m_failure)
        return later(this, context, [done, e = *m_failure] { done(e); });
    if (m_secrets.erase(key) > 0)
        Q_EMIT storedKeysChanged();
    later(this, context, [done] { done({}); });
}

void InMemorySecretStore::probe(QObject *context, DoneCallback done)
{
    if (m_failure)
        return later(this, context, [done, e = *m_failure] { done(e); });
    later(this, context, [done] { done({}); });
}

} // namespace td
