// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"
#include "util/SecretBuffer.h"

#include <QObject>
#include <QString>

#include <functional>

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

    // Writes and deletes a canary entry. On Linux a locked or missing keychain still answers
    // reads ("not found") and deletes ("ok"); only a write tells the truth.
    virtual void probe(QObject *context, DoneCallback done) = 0;

    // Key naming, shared by the app and the CLI so both see the same entries.
    static QString sessionKey(const QString &accountId);
    static QString tokenKey(const QString &accountId, const QString &tokenKey);
};

} // namespace td
