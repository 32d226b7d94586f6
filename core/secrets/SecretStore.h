// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"
#include "core/util/SecretBuffer.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace td {

// Where secrets live at rest. Asynchronous, because a keychain may need the user (unlock prompt).
// Callbacks run on the caller's thread and only while `context` is alive.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using DoneCallback = std::function<void(Result<void>)>;
    using ReadCallback = std::function<void(Result<SecretBuffer>)>;

    using QObject::QObject;

    virtual void write(const QString &key, const SecretBuffer &secret, QObject *context,
                       DoneCallback done)
        = 0;
    virtual void read(const QString &key, QObject *context, ReadCallback done) = 0;
    virtual void remove(const QString &key, QObject *context, DoneCallback done) = 0;

    // Writes and deletes a canary entry: only a write shows that secrets can be kept.
    virtual void probe(QObject *context, DoneCallback done) = 0;

    // Whether a secret is stored under `key`, answered without reading the keychain (from an
    // index of key names). nullopt while the store cannot tell yet; storedKeysChanged() follows
    // when it can.
    virtual std::optional<bool> isStored(const QString &key) const;

Q_SIGNALS:
    // isStored() may answer differently now (a key was written or removed, an index was built).
    void storedKeysChanged();

public:
    // Key naming, shared by the app and the CLI so both see the same entries.
    static QString sessionKey(const QString &accountId);
    static QString tokenKey(const QString &accountId, const QString &tokenKey);
};

} // namespace td
