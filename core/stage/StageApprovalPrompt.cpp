// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stage/StageApprovalPrompt.h"

namespace td {

StageApprovalPrompt::StageApprovalPrompt(TwoFactorPrompt *inner, const Clock &clock)
    : m_inner(inner), m_codes(inner, clock)
{ }

void StageApprovalPrompt::askForCode(const QString &reason, CodeAnswer answer)
{
    const int before = m_codes.timesAsked();
    m_codes.askForCode(reason, std::move(answer));
    m_codesAsked += m_codes.timesAsked() - before;
}

void StageApprovalPrompt::showApprovalPage(const QUrl &url, Purpose purpose,
                                           std::function<void()> cancel)
{
    if (!m_inner)
        return cancel();
    ++m_pages;
    m_inner->showApprovalPage(url, purpose == Purpose::SignIn ? purpose : Purpose::Approve,
                              std::move(cancel));
}

void StageApprovalPrompt::approvalFinished()
{
    if (m_inner)
        m_inner->approvalFinished();
}

} // namespace td
