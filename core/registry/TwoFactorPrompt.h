// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"
#include "core/util/SecretBuffer.h"

#include <QString>
#include <QUrl>

#include <functional>

namespace td {

// How the GUI and the CLI take part in a second factor (and in browser sign-in). Core never shows
// anything itself: it asks through this interface and waits for the answer.
class TwoFactorPrompt
{
public:
    enum class Purpose {
        SignIn,  // the registry's login page (web login)
        Approve, // a 2FA approval page for one operation (authUrl)
        // The first approval page of a batch of writes: the user should tick the page's "skip
        // two-factor authentication for the next 5 minutes" box so one approval covers them all.
        ApproveBatch,
    };
    using CodeAnswer = std::function<void(Result<SecretBuffer>)>;

    virtual ~TwoFactorPrompt() = default;

    // Ask for the current one-time password. Call `answer` exactly once, later or at once, with
    // the code or with an ErrorCode::Cancelled error.
    virtual void askForCode(const QString &reason, CodeAnswer answer) = 0;

    // Show the page where the user approves: open it in the browser (GUI) or print it (CLI).
    // TokenDesk polls the registry meanwhile; calling `cancel` stops the wait.
    virtual void showApprovalPage(const QUrl &url, Purpose purpose, std::function<void()> cancel)
        = 0;

    // The wait for an approval is over (approved, cancelled, failed or timed out).
    virtual void approvalFinished() { }
};

} // namespace td
