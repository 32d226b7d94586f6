// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/util/UrlOpener.h"

namespace td {

class AccountStore;
class CiDesktop;
class Clock;
class MainWindow;
class SecretClipboard;
class SecretStore;
class TokenSync;

// What every launcher of the desktop's windows opens them with: the accounts and their signed-in
// clients, the keychain and the clipboard for secrets, the main window as parent, the clock, a
// browser, and CI secrets. Application fills it once; each launcher's Services adds its own.
struct LauncherServices
{
    AccountStore *accounts = nullptr;
    SecretStore *secrets = nullptr;
    SecretClipboard *clipboard = nullptr;
    TokenSync *sync = nullptr; // the account's signed-in client (withClient)
    MainWindow *window = nullptr;
    const Clock *clock = nullptr;
    UrlOpener openUrl;
    CiDesktop *ci = nullptr; // null: no CI services (the settings page lists none, rotations
                             // leave CI to the user)
};

} // namespace td
