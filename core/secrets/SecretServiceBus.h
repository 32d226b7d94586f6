// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/SecretBuffer.h"

#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace td {

struct PreparedRead; // SecretServiceBus.cpp

// Questions QtKeychain cannot answer, asked of the freedesktop Secret Service over D-Bus, and the
// fast read of an unlocked entry. None opens an unlock prompt; only readSecret() transfers a
// secret, and only over an encrypted session. The calls block (each up to `timeoutMs`), so they
// run only on the KeychainThread, all on Qt's one session-bus connection.
class SecretServiceBus
{
public:
    enum class EntryState {
        NoService, // no Secret Service on the bus (KWallet, another OS): ask QtKeychain
        NoAnswer,  // the service is there but did not answer in time
        Absent,    // no such entry, and the default collection is unlocked
        Unlocked,  // the entry exists and can be read
        Locked,    // the entry, or the collection it would be in, is locked
    };

    // Whether QtKeychain keeps its entries in the Secret Service here. In a KDE Plasma session it
    // prefers KWallet (its own backend detection), and a Secret Service on the bus, often a
    // locked gnome-keyring, says nothing about them: then every question answers NoService.
    static bool holdsQtKeychainEntries();

    // QtKeychain stores an entry with the attributes server=<service>, user=<key>. A locked
    // gnome-keyring still lists its items' attributes, so a locked entry is told from a missing
    // one without unlocking anything.
    static EntryState entryState(const QString &service, const QString &key, int timeoutMs);

    struct Lookup
    {
        EntryState state = EntryState::NoService;
        QString unlockedItem; // with Unlocked and one entry: its object path
        // With `prepareRead`: readSecret()'s key pair and encrypted session, asked for while the
        // search was on the bus (closed again if no read follows).
        std::shared_ptr<PreparedRead> prepared;
    };
    // entryState(), and where the entry can be read, from the same questions.
    static Lookup lookup(const QString &service, const QString &key, int timeoutMs,
                         bool prepareRead = false);

    // Opens the encrypted session of the next read before anyone asks for a secret: the service's
    // half of the key exchange (about 3 ms in gnome-keyring) then runs while the program is still
    // starting, and the next lookup() with `prepareRead` on this thread takes the session instead
    // of opening one. Nothing happens without a Secret Service that holds QtKeychain's entries, or
    // when a session is already waiting. An unused session is closed when the keychain thread
    // ends, which waits for the service's answer up to `timeoutMs`. Keychain thread only; it does
    // not block on the service.
    static void openSessionAhead(int timeoutMs);

    // The secret of the unlocked entry lookup() found, as QtKeychain would return it: read over
    // an encrypted session (DhAesSession) on the connection that asked lookup(), so the read
    // needs no second connection and no libsecret. Nothing when there is no such entry, the
    // service does not offer that session, the entry is not one QtKeychain wrote as text or
    // base64, or anything else goes wrong: the caller then asks QtKeychain, which stays the store
    // of record.
    static std::optional<SecretBuffer> readSecret(const Lookup &found, int timeoutMs);

    struct Listing
    {
        enum class Status {
            Listed,    // `keys` is every key stored for the service
            NoService, // no Secret Service on the bus: nothing to list
            Failed,    // the service did not answer in time, or not fully
        };
        Status status = Status::Failed;
        QSet<QString> keys;
    };

    // The keys (names only) stored for `service`, locked or not.
    static Listing storedKeys(const QString &service, int timeoutMs);
};

} // namespace td
