// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QDateTime>
#include <QSet>
#include <QString>

namespace td {

// The names of the keys a keychain service holds, kept in a local file so that "is this token's
// secret stored?" never needs a keychain read. Names only, never a secret; the file is 0600 and
// written whole or not at all. It is a cache: a missing or unreadable file means "not built",
// and the owner rebuilds it from the keychain's own listing. The app and the CLI share it: a file
// rewritten by another process is read again before it is used or changed.
class StoredKeyIndex
{
public:
    explicit StoredKeyIndex(QString path);

    // <AppDataLocation>/keychain-index/<service>.json, shared by the app and the CLI.
    static QString defaultPath(const QString &service);

    QString path() const { return m_path; }
    bool isBuilt() const;
    bool contains(const QString &key) const;
    QSet<QString> keys() const;

    // Until the index is built, changes are kept in memory only: a file listing just the keys
    // written since would claim the others are gone.
    Result<void> add(const QString &key);
    Result<void> remove(const QString &key);
    Result<void> replaceAll(const QSet<QString> &keys);

private:
    void load() const;
    Result<void> save();

    QString m_path;
    mutable bool m_loaded = false;
    mutable bool m_built = false;
    mutable QSet<QString> m_keys;
    mutable std::pair<QDateTime, qint64> m_stamp; // the file as last read or written
};

} // namespace td
