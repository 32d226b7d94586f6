// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/presenters/LauncherServices.h"

#include <QObject>

namespace td {

namespace watch {
struct WatchRelease;
} // namespace watch

class GuiTwoFactorPrompt;

// Opens the Lockdown dialog for an alarm: connect the Releases view's
// respondRequested(td::watch::WatchRelease) to respond(). The dialog works over the watching
// account's signed-in client, with the desktop's 2FA prompt; the report goes to the Documents
// folder, the journal to the app's data folder.
class LockdownLauncher : public QObject
{
    Q_OBJECT
public:
    explicit LockdownLauncher(LauncherServices services, QObject *parent = nullptr);

    void respond(const td::watch::WatchRelease &release);

private:
    LauncherServices m_services;
    GuiTwoFactorPrompt *m_prompt = nullptr;
};

} // namespace td
