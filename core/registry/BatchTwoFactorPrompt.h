// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/TwoFactorPrompt.h"

#include <QDateTime>

namespace td {

class Clock;

// One 2FA approval for a batch of registry writes (design §5 flows 5 and 6), shared by the
// migration runner and the trusted-publishing batch.
//
// - Codes: npmjs accepts a TOTP code more than once inside its 30-second window (npm itself
//   reuses --otp), so the first code the user types is handed to every later challenge for up to
//   two windows, or until the registry refuses it (forgetCode()); then the user is asked again.
// - Browser approvals: the doneUrl's token is single-use, but npmjs's approval page offers "skip
//   two-factor authentication for the next 5 minutes". The first page of a batch is shown with
//   Purpose::ApproveBatch so the GUI and CLI tell the user to tick that box; later writes then pass
//   without a challenge. Were the box left unticked, each later challenge shows the page again.
class BatchTwoFactorPrompt final : public TwoFactorPrompt
{
public:
    // `inner` may be null (no way to ask): challenges then end in EOTP.
    BatchTwoFactorPrompt(TwoFactorPrompt *inner, const Clock &clock);

    void askForCode(const QString &reason, CodeAnswer answer) override;
    void showApprovalPage(const QUrl &url, Purpose purpose, std::function<void()> cancel) override;
    void approvalFinished() override;

    // The registry refused the cached code (EOTP): ask the user next time.
    void forgetCode();
    bool hasCode() const { return !m_code.isEmpty(); }
    int timesAsked() const { return m_asked; } // how often the user was really asked

    static constexpr int kWindowSeconds = 30;

private:
    bool codeStillValid() const;

    TwoFactorPrompt *m_inner; // not owned
    const Clock &m_clock;
    SecretBuffer m_code;
    QDateTime m_enteredAt;
    int m_asked = 0;
    int m_approvalPages = 0; // Approve pages shown so far
};

} // namespace td
