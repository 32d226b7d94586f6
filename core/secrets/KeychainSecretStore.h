// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secrets/SecretStore.h"
#include "core/secrets/StoredKeyIndex.h"

#include <QElapsedTimer>
#include <QHash>

#include <chrono>
#include <memory>

namespace td {

// SecretStore over QtKeychain (Secret Service on Linux, Keychain on macOS, Credential Manager on
// Windows). There is deliberately no plain-text fallback: if the keychain cannot be used, every
// call fails with KeychainUnavailable, KeychainLocked or KeychainTimeout and says what to do.
//
// Every job runs on the KeychainThread; the caller's thread only waits for a queued answer, up to
// a deadline. A locked entry is reported as locked (QtKeychain says "not found"), without an
// unlock prompt. Which keys are stored is kept in a StoredKeyIndex, updated on every write and
// remove, so isStored() never reads a secret.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("tokendesk"),
                                 QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    // QtKeychain jobs have no timeout and can wait forever (an unlock prompt nobody answers, a
    // Secret Service that never replies); we stop waiting after this long and report
    // KeychainTimeout. The job itself is left to finish on the keychain thread.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    QString service() const { return m_service; }
    // Where the index of stored key names lives (default: StoredKeyIndex::defaultPath).
    void setIndexPath(const QString &path);

    // For a program that reads a secret soon after it starts (the CLI): opens the keychain's
    // encrypted session now, on the keychain thread, so that read does not wait for the key
    // exchange (SecretServiceBus::openSessionAhead). Returns at once.
    static void openSessionAhead();

    void write(const QString &key, const SecretBuffer &secret, QObject *context,
               DoneCallback done) override;
    void read(const QString &key, QObject *context, ReadCallback done) override;
    void remove(const QString &key, QObject *context, DoneCallback done) override;
    void probe(QObject *context, DoneCallback done) override;
    std::optional<bool> isStored(const QString &key) const override;

    int readCount() const { return m_reads; } // keychain reads started so far

private:
    struct Outcome;
    using Work = std::function<void(class KeychainCall *call, std::shared_ptr<Outcome> outcome)>;
    void dispatch(QObject *context, Work work,
                  std::function<void(std::shared_ptr<Outcome>, bool timedOut)> deliver);
    void noteStored(const QString &key, bool stored);
    void rebuildIndex() const;

    QString m_service;
    std::chrono::milliseconds m_timeout{20000};
    std::unique_ptr<StoredKeyIndex> m_index;
    mutable bool m_rebuilding = false;
    mutable QHash<QString, bool> m_changedWhileRebuilding; // key -> stored, during a rebuild
    mutable QElapsedTimer m_lastFailedRebuild;
    int m_reads = 0;
};

} // namespace td
