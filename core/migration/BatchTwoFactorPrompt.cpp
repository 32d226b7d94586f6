// SPDX-License-Identifier: GPL-3.0-or-later
#include "migration/BatchTwoFactorPrompt.h"

#include "util/Clock.h"

namespace td {

BatchTwoFactorPrompt::BatchTwoFactorPrompt(TwoFactorPrompt &inner, const Clock &clock)
    : m_inner(inner), m_clock(clock)
{ }

bool BatchTwoFactorPrompt::codeStillValid() const
{
    if (m_code.isEmpty() || !m_enteredAt.isValid())
        return false;
    // Registries accept a code in the 30-second step it belongs to and usually the next one
    // (clock skew). Past that it is surely stale; before that, a refusal makes the backend call
    // forgetCode() and retry with a fresh one.
    return m_enteredAt.secsTo(m_clock.now()) < 2 * kWindowSeconds;
}

void BatchTwoFactorPrompt::askForCode(const QString &reason, CodeAnswer answer)
{
    if (codeStillValid())
        return answer(SecretBuffer(m_code.view()));
    forgetCode();
    ++m_asked;
    m_inner.askForCode(reason, [this, answer](Result<SecretBuffer> code) {
        if (code) {
            m_code = SecretBuffer(code.value().view());
            m_enteredAt = m_clock.now();
        }
        answer(std::move(code));
    });
}

void BatchTwoFactorPrompt::showApprovalPage(const QUrl &url, Purpose purpose,
                                            std::function<void()> cancel)
{
    ++m_asked;
    m_inner.showApprovalPage(url, purpose, std::move(cancel));
}

void BatchTwoFactorPrompt::approvalFinished()
{
    m_inner.approvalFinished();
}

void BatchTwoFactorPrompt::forgetCode()
{
    m_code = SecretBuffer();
    m_enteredAt = QDateTime();
}

} // namespace td
