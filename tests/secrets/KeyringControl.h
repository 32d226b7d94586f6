// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The harness's real gnome-keyring (tests/run-headless.sh), locked and unlocked the way a desktop
// does it, through the Secret Service API on the session bus. Shared by the keychain, session and
// CLI tests of a locked keyring.
#include <QString>

namespace td::test {

// org.freedesktop.Secret.Service.Lock on the login collection.
bool lockLoginKeyring(QString *error = nullptr);
// gnome-keyring's UnlockWithMasterPassword with the harness password: no prompt needed.
bool unlockLoginKeyring(QString *error = nullptr);
bool loginKeyringLocked();

} // namespace td::test
