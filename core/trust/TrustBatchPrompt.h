// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/TwoFactorPrompt.h"
#include "util/SecretBuffer.h"

#include <optional>

namespace td {

// (Named apart from migration/BatchTwoFactorPrompt, which does the same for token batches.)
// Wraps the user's prompt for a batch of registry writes so the user approves ONCE: the first
// code asked for is kept (in a SecretBuffer, in memory only) and handed to every later challenge
// of the batch. A TOTP code is accepted again inside its window, as npm itself reuses --otp.
// forget() drops the code when the registry refused it, so the next challenge asks again.
class TrustBatchPrompt final : public TwoFactorPrompt
{
public:
    explicit TrustBatchPrompt(TwoFactorPrompt *inner) : m_inner(inner) { }

    void askForCode(const QString &reason, CodeAnswer answer) override;
    void showApprovalPage(const QUrl &url, Purpose purpose, std::function<void()> cancel) override;
    void approvalFinished() override;

    void forget() { m_code.reset(); }
    bool hasCode() const { return m_code.has_value(); }
    int timesAsked() const { return m_asked; } // how often the user was really asked

private:
    TwoFactorPrompt *m_inner; // not owned
    std::optional<SecretBuffer> m_code;
    int m_asked = 0;
};

} // namespace td
