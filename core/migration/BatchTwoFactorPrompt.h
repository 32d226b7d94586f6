// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/TwoFactorPrompt.h"

#include <QDateTime>

namespace td {

class Clock;

// One 2FA approval for a batch of registry writes (design §5 flow 5). npmjs accepts a TOTP code
// more than once inside its 30-second window (npm itself reuses --otp), so the first code the user
// types is handed to every later challenge for up to two windows, or until the registry refuses
// it (forgetCode()); then the user is asked again. Browser approvals are single-use on npmjs (the
// doneUrl's token is an npm-otp for one request), so they are passed through unchanged.
class BatchTwoFactorPrompt final : public TwoFactorPrompt
{
public:
    BatchTwoFactorPrompt(TwoFactorPrompt &inner, const Clock &clock);

    void askForCode(const QString &reason, CodeAnswer answer) override;
    void showApprovalPage(const QUrl &url, Purpose purpose, std::function<void()> cancel) override;
    void approvalFinished() override;

    // The registry refused the cached code (EOTP): ask the user next time.
    void forgetCode();
    bool hasCode() const { return !m_code.isEmpty(); }
    int timesAsked() const { return m_asked; }

    static constexpr int kWindowSeconds = 30;

private:
    bool codeStillValid() const;

    TwoFactorPrompt &m_inner;
    const Clock &m_clock;
    SecretBuffer m_code;
    QDateTime m_enteredAt;
    int m_asked = 0;
};

} // namespace td
