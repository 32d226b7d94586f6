// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/registry/BatchTwoFactorPrompt.h"

namespace td {

// The second factor for a batch of stage approvals or rejections. A typed code is reused while
// the registry accepts it (BatchTwoFactorPrompt's rule). A browser approval is needed for every
// version: npm's "skip two-factor authentication for the next 5 minutes" does not cover stage
// approvals (staged-publishing-and-2027.md §2), so each page is shown as a plain Approve page,
// never with the batch advice to tick that box.
class StageApprovalPrompt final : public TwoFactorPrompt
{
public:
    StageApprovalPrompt(TwoFactorPrompt *inner, const Clock &clock);

    void askForCode(const QString &reason, CodeAnswer answer) override;
    void showApprovalPage(const QUrl &url, Purpose purpose, std::function<void()> cancel) override;
    void approvalFinished() override;

    void forgetCode() { m_codes.forgetCode(); }
    bool hasCode() const { return m_codes.hasCode(); }
    int codesAsked() const { return m_codesAsked; }
    int pagesShown() const { return m_pages; }

private:
    TwoFactorPrompt *m_inner; // not owned
    BatchTwoFactorPrompt m_codes;
    int m_codesAsked = 0;
    int m_pages = 0;
};

} // namespace td
