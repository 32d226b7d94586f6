// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretStore.h"

#include <chrono>

namespace td {

// SecretStore over QtKeychain (Secret Service on Linux, Keychain on macOS, Credential Manager on
// Windows). There is deliberately no plain-text fallback: if the keychain cannot be used, every
// call fails with KeychainUnavailable or KeychainLocked and says what to do.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("tokendesk"),
                                 QObject *parent = nullptr);

    // QtKeychain jobs have no timeout and can wait forever on an unlock prompt; we stop waiting
    // after this long and report KeychainTimeout (the job itself is left to finish on its own).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    QString service() const { return m_service; }

    void write(const QString &key, const SecretBuffer &secret, QObject *context,
               DoneCallback done) override;
    void read(const QString &key, QObject *context, ReadCallback done) override;
    void remove(const QString &key, QObject *context, DoneCallback done) override;
    void probe(QObject *context, DoneCallback done) override;

private:
    QString m_service;
    std::chrono::milliseconds m_timeout{20000};
};

} // namespace td
